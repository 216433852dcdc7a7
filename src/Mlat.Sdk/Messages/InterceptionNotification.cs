using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// Notification of the interception of telecommunications without technical assistance of the notified Member State
/// (EIO Directive art. 31 and annex C). The notified State may object within 96 hours (art. 31(3)). Since 1.1.
/// </summary>
public sealed record InterceptionNotification : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.InterceptionNotification;

    /// <summary>The intercepting Member State's competent authority (annex C section A).</summary>
    public required Authority NotifyingAuthority { get; init; }

    /// <summary>The authority of the notified Member State, where known (art. 31(1)).</summary>
    public Authority? NotifiedAuthority { get; init; }

    /// <summary>Whether the notification is made before, during or after the interception (annex C section B(I)).</summary>
    public required NotificationTiming Timing { get; init; }

    /// <summary>Start of the (envisaged) interception (annex C section B(II)).</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Envisaged duration as an ISO 8601 duration (annex C section B(II)).</summary>
    public IsoDuration? Duration { get; init; }

    /// <summary>Technical identifiers of the subject (annex C section B(III)).</summary>
    public required IReadOnlyList<TargetIdentifier> Targets { get; init; }

    /// <summary>Persons concerned (annex C section B(III)).</summary>
    public IReadOnlyList<NaturalPerson>? Persons { get; init; }

    /// <summary>Purpose of the interception: description of the facts (annex C section B(IV)).</summary>
    public required MultilingualText FactsSummary { get; init; }

    /// <summary>The offences, their legal classification and statutory provisions (annex C section B(IV)).</summary>
    public IReadOnlyList<Offence>? Offences { get; init; }

    /// <summary>The 96-hour time limit for an objection (art. 31(3)).</summary>
    public Deadline? ObjectionDeadline { get; init; }

    /// <summary>Other relevant information (annex C section B(IV)).</summary>
    public MultilingualText? OtherInformation { get; init; }

    /// <summary>Date of issue (annex C section C).</summary>
    public DateOnly? IssuedOn { get; init; }
}

/// <summary>When an interception notification is made (EIO annex C section B(I); art. 31(1)(a) and (b)).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NotificationTiming>))]
public enum NotificationTiming
{
    /// <summary>Before the interception, when the subject is known to be in the notified State.</summary>
    [JsonStringEnumMemberName("PRIOR_TO")]
    PriorTo = 1,

    /// <summary>During the interception.</summary>
    [JsonStringEnumMemberName("DURING")]
    During,

    /// <summary>After the interception, as soon as the intercepting State learns the subject was there.</summary>
    [JsonStringEnumMemberName("AFTER")]
    After,
}
