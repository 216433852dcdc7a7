using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// Withdraws a request in whole or in part (EIO art. 10(4) and 21(3); UNTOC art. 18(24) and UNCAC art. 46(24): the
/// requesting State informs the requested State promptly when the assistance sought is no longer required).
/// </summary>
public sealed record WithdrawalNotice : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.WithdrawalNotice;

    /// <summary>The request withdrawn.</summary>
    public required RequestReference Request { get; init; }

    /// <summary>Whether the whole request or only some measures are withdrawn.</summary>
    public required WithdrawalScope Scope { get; init; }

    /// <summary>Ids of the measures withdrawn when <see cref="Scope"/> is <see cref="WithdrawalScope.Partial"/>.</summary>
    public IReadOnlyList<string>? MeasureRefs { get; init; }

    /// <summary>Why the request is withdrawn.</summary>
    public required WithdrawalReason ReasonCode { get; init; }

    /// <summary>Explanation of the withdrawal in addition to <see cref="ReasonCode"/>.</summary>
    public MultilingualText? Reason { get; init; }

    /// <summary>
    /// Whether evidence already obtained under the withdrawn part should still be transferred (true) or is no longer
    /// required (false) (UNTOC art. 18(24) last sentence; EIO art. 13).
    /// </summary>
    public required bool ObtainedEvidenceStillRequired { get; init; }
}

/// <summary>How much of a request a <see cref="WithdrawalNotice"/> withdraws.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WithdrawalScope>))]
public enum WithdrawalScope
{
    /// <summary>The whole request is withdrawn.</summary>
    [JsonStringEnumMemberName("WHOLE")]
    Whole = 1,

    /// <summary>Only the measures listed in <see cref="WithdrawalNotice.MeasureRefs"/> are withdrawn.</summary>
    [JsonStringEnumMemberName("PARTIAL")]
    Partial,
}

/// <summary>Why a request is withdrawn.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WithdrawalReason>))]
public enum WithdrawalReason
{
    /// <summary>The assistance sought is no longer required (UNTOC art. 18(24); UNCAC art. 46(24)).</summary>
    [JsonStringEnumMemberName("NO_LONGER_REQUIRED")]
    NoLongerRequired = 1,

    /// <summary>The proceedings were discontinued or ended.</summary>
    [JsonStringEnumMemberName("PROCEEDINGS_CLOSED")]
    ProceedingsClosed,

    /// <summary>The issuing authority does not accept recourse to a different measure (EIO art. 10(4)).</summary>
    [JsonStringEnumMemberName("ALTERNATIVE_MEASURE_NOT_ACCEPTED")]
    AlternativeMeasureNotAccepted,

    /// <summary>Costs considered exceptionally high (EIO art. 21(3)(b)).</summary>
    [JsonStringEnumMemberName("COSTS")]
    Costs,

    /// <summary>The evidence was obtained by other means.</summary>
    [JsonStringEnumMemberName("EVIDENCE_OBTAINED_OTHERWISE")]
    EvidenceObtainedOtherwise,

    /// <summary>Another reason, explained in <see cref="WithdrawalNotice.Reason"/>.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}
