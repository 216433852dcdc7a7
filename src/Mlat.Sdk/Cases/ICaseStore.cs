using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Cases;

/// <summary>What <see cref="ICaseStore.AppendAsync"/> did.</summary>
public enum CaseAppendOutcome
{
    /// <summary>The message was new in its conversation's log: it is stored.</summary>
    Added = 1,

    /// <summary>The same message was already stored under its <c>messageId</c>: nothing changed.</summary>
    Duplicate,

    /// <summary>Another message is stored under its <c>messageId</c>: nothing changed (as the exchange answers <c>MLAT-EXCH-CONFLICT</c>).</summary>
    Conflict,
}

/// <summary>The message log of one conversation as a store gives it back.</summary>
public sealed record CaseLog
{
    /// <summary>The conversation.</summary>
    public required Guid ConversationId { get; init; }

    /// <summary>The stored messages that read back, in canonical order (opening message, <c>createdAt</c>, <c>messageId</c>).</summary>
    public required IReadOnlyList<MlatMessage> Messages { get; init; }

    /// <summary>
    /// Why a stored entry did not read back (for a store that validates what it reads: the validator's findings, with
    /// pointers into that entry); empty when every entry read back.
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>True when every stored entry read back.</summary>
    public bool IsSuccess => !Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>The case: the fold of the log (<see cref="CaseState.ApplyAll"/>).</summary>
    /// <returns>The state.</returns>
    public CaseState Fold() => CaseState.Start(ConversationId).ApplyAll(Messages);
}

/// <summary>
/// Where a node keeps the message log of each conversation, from which the case is rebuilt by folding
/// (<see cref="CaseLog.Fold"/>; docs/cases.md). Like the exchange's <c>IInboxStore</c>, a message is stored exactly once
/// under its id: appending it again is a duplicate, other content under the same id a conflict, and neither changes the
/// log. Give it verified, validated messages (what <c>MessageReceiver</c> accepted, or what the node sent).
/// Implementations must be safe for concurrent use.
/// </summary>
public interface ICaseStore
{
    /// <summary>Appends a message to the log of its conversation (<c>header.conversationId</c>); atomic per message.</summary>
    /// <param name="message">A verified, validated message.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Added, Duplicate or Conflict.</returns>
    ValueTask<CaseAppendOutcome> AppendAsync(MlatMessage message, CancellationToken cancellationToken = default);

    /// <summary>Reads the log of a conversation; an unknown conversation has an empty log.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The log.</returns>
    ValueTask<CaseLog> LoadAsync(Guid conversationId, CancellationToken cancellationToken = default);

    /// <summary>The conversations that have a log, ordered by id.</summary>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The conversation ids.</returns>
    ValueTask<IReadOnlyList<Guid>> ListConversationsAsync(int limit, CancellationToken cancellationToken = default);
}
