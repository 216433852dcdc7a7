using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// The file on a request is closed, by whom and why, so that both case systems close the same file (EIO art. 16(2)–(3);
/// UNTOC art. 18(24); UNCAC art. 46(24)). Since 1.2.
/// </summary>
public sealed record ClosureNotice : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.ClosureNotice;

    /// <summary>The request whose file is closed.</summary>
    public required RequestReference Request { get; init; }

    /// <summary>Date the file was closed.</summary>
    public required DateOnly ClosedOn { get; init; }

    /// <summary>The authority that closed the file.</summary>
    public required Authority ClosedBy { get; init; }

    /// <summary>Why the file is closed.</summary>
    public required ClosureReason Reason { get; init; }

    /// <summary>Ids of the measures the closure covers; absent means the whole request.</summary>
    public IReadOnlyList<string>? MeasureRefs { get; init; }

    /// <summary>Further explanation.</summary>
    public MultilingualText? Explanation { get; init; }

    /// <summary>Whether evidence already obtained is still being transferred after closure (EIO art. 13).</summary>
    public bool? EvidenceStillToFollow { get; init; }
}

/// <summary>Why a file is closed. Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClosureReason>))]
public enum ClosureReason
{
    /// <summary>All measures executed and the evidence transferred (Directive 2014/41/EU art. 13).</summary>
    [JsonStringEnumMemberName("EXECUTED")]
    Executed = 1,

    /// <summary>Executed in part, the rest refused or impossible (EIO art. 11, 16(3)).</summary>
    [JsonStringEnumMemberName("PARTIALLY_EXECUTED")]
    PartiallyExecuted,

    /// <summary>Refused (EIO art. 11; UNTOC art. 18(21)).</summary>
    [JsonStringEnumMemberName("REFUSED")]
    Refused,

    /// <summary>Withdrawn by the issuing side (UNTOC art. 18(24)).</summary>
    [JsonStringEnumMemberName("WITHDRAWN")]
    Withdrawn,

    /// <summary>Execution impossible (EIO art. 10(5), 16(3)(a)).</summary>
    [JsonStringEnumMemberName("IMPOSSIBLE")]
    Impossible,

    /// <summary>Information asked of the issuing side was not given in time (EIO art. 16(2)(a); UNTOC art. 18(16)); OTHER.</summary>
    [JsonStringEnumMemberName("NO_REPLY")]
    NoReply,

    /// <summary>OTHER.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}
