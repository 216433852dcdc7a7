namespace Mlat.Sdk.Messages;

/// <summary>
/// Asks how far the handling of a request has progressed (UNTOC art. 18(24) and UNCAC art. 46(24): the requested State
/// responds to reasonable requests on the status and progress of its handling; EIO art. 12 and 16).
/// </summary>
public sealed record StatusQuery : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.StatusQuery;

    /// <summary>The request asked about.</summary>
    public required RequestReference Request { get; init; }

    /// <summary>Ids of the measures the query is about; null means the whole request.</summary>
    public IReadOnlyList<string>? MeasureRefs { get; init; }

    /// <summary>What the requesting authority wants to know, for example whether a deadline will be met.</summary>
    public MultilingualText? Question { get; init; }

    /// <summary>Why the information is needed now, for example an imminent trial date (EIO annex A section B).</summary>
    public MultilingualText? Reason { get; init; }

    /// <summary>The date by which an answer is needed.</summary>
    public DateOnly? ReplyWanted { get; init; }
}
