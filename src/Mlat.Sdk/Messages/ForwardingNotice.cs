using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// Notice that the request was forwarded to another authority of the executing or requested State (EIO art. 7(6);
/// EIO annex B section C; UNTOC art. 18(13)).
/// </summary>
public sealed record ForwardingNotice : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.ForwardingNotice;

    /// <summary>The request forwarded.</summary>
    public required RequestReference Request { get; init; }

    /// <summary>The authority now handling the request (EIO annex B section C).</summary>
    public required Authority ForwardedTo { get; init; }

    /// <summary>When the request was forwarded.</summary>
    public required DateTimeOffset ForwardedAt { get; init; }

    /// <summary>Why the request was forwarded.</summary>
    public required ForwardingReason Reason { get; init; }

    /// <summary>Further explanation, required in practice when <see cref="Reason"/> is <see cref="ForwardingReason.Other"/>.</summary>
    public MultilingualText? Explanation { get; init; }
}

/// <summary>Why a request was forwarded.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ForwardingReason>))]
public enum ForwardingReason
{
    /// <summary>The receiving authority has no competence to recognise or execute the request (EIO art. 7(6)).</summary>
    [JsonStringEnumMemberName("NOT_COMPETENT")]
    NotCompetent = 1,

    /// <summary>A central authority received the request and passes it to the executing authority (UNTOC art. 18(13), UNCAC art. 46(13), EIO art. 7(3)).</summary>
    [JsonStringEnumMemberName("CENTRAL_AUTHORITY_TRANSMISSION")]
    CentralAuthorityTransmission,

    /// <summary>Another reason, given in the explanation.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}
