using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// The notified Member State's answer to an <see cref="InterceptionNotification"/> within 96 hours (EIO Directive art.
/// 31(3)): the interception may not be carried out or shall be terminated, and intercepted material may not be used or
/// only under conditions. Since 1.1.
/// </summary>
public sealed record InterceptionObjection : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.InterceptionObjection;

    /// <summary>The notification answered.</summary>
    public required RequestReference Notification { get; init; }

    /// <summary>The competent authority of the notified Member State.</summary>
    public required Authority ObjectingAuthority { get; init; }

    /// <summary>What the notified State requires (art. 31(3)(a) and (b)).</summary>
    public required IReadOnlyList<ObjectionConsequence> Consequences { get; init; }

    /// <summary>Why the interception would not be authorised in a similar domestic case (art. 31(3)).</summary>
    public required MultilingualText Reasons { get; init; }

    /// <summary>Conditions under which intercepted material may be used (art. 31(3)(b)).</summary>
    public MultilingualText? Conditions { get; init; }

    /// <summary>When the notification was received; the 96 hours run from this instant.</summary>
    public DateTimeOffset? NotificationReceivedAt { get; init; }

    /// <summary>Date of the objection.</summary>
    public DateOnly? IssuedOn { get; init; }
}

/// <summary>What a notified State requires in answer to an interception notification (EIO art. 31(3)).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ObjectionConsequence>))]
public enum ObjectionConsequence
{
    /// <summary>The interception may not be carried out (art. 31(3)(a)).</summary>
    [JsonStringEnumMemberName("NOT_TO_BE_CARRIED_OUT")]
    NotToBeCarriedOut = 1,

    /// <summary>The interception shall be terminated (art. 31(3)(a)).</summary>
    [JsonStringEnumMemberName("TO_BE_TERMINATED")]
    ToBeTerminated,

    /// <summary>Material already intercepted may not be used (art. 31(3)(b)).</summary>
    [JsonStringEnumMemberName("MATERIAL_NOT_TO_BE_USED")]
    MaterialNotToBeUsed,

    /// <summary>Material may be used only under the conditions stated (art. 31(3)(b)).</summary>
    [JsonStringEnumMemberName("MATERIAL_USED_ONLY_UNDER_CONDITIONS")]
    MaterialUsedOnlyUnderConditions,
}
