namespace Mlat.Sdk.Exchange;

/// <summary>One accepted message as a node's inbox holds it, with the receipt the node returned for it.</summary>
public sealed record InboxEntry
{
    /// <summary>The verified sender's authority id (<c>header.sender.authorityId</c>).</summary>
    public required string Sender { get; init; }

    /// <summary>The message's id: with <see cref="Sender"/>, the key the inbox holds exactly once.</summary>
    public required Guid MessageId { get; init; }

    /// <summary>The message type.</summary>
    public required Messages.MessageType MessageType { get; init; }

    /// <summary>The receipt digest of <see cref="Envelope"/> (<see cref="TechnicalReceipt.DigestOf"/>).</summary>
    public required string Digest { get; init; }

    /// <summary>The signed envelope as received (after decryption).</summary>
    public required ReadOnlyMemory<byte> Envelope { get; init; }

    /// <summary>The signed technical receipt returned for it.</summary>
    public required ReadOnlyMemory<byte> Receipt { get; init; }

    /// <summary>When it was accepted.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
}

/// <summary>What <see cref="IInboxStore.TryAddAsync"/> did.</summary>
public enum InboxAddOutcome
{
    /// <summary>The (sender, messageId) pair was new: the entry is stored.</summary>
    Added = 1,

    /// <summary>The same bytes were already stored under the pair: nothing changed; the stored receipt applies.</summary>
    Duplicate,

    /// <summary>Other bytes are stored under the pair: nothing changed (HTTP 409).</summary>
    Conflict,
}

/// <summary>
/// The outcome of <see cref="IInboxStore.TryAddAsync"/>: success when the entry was added or the same bytes were
/// already there (idempotency); a conflict is <c>MLAT-EXCH-CONFLICT</c> at <c>/header/messageId</c>.
/// </summary>
public sealed class InboxAddResult : IMlatResult
{
    /// <summary>Creates the outcome (a store implementation does).</summary>
    /// <param name="outcome">What happened.</param>
    /// <param name="receipt">The receipt that stands for the pair: the new one when added, the stored one otherwise.</param>
    public InboxAddResult(InboxAddOutcome outcome, ReadOnlyMemory<byte> receipt)
    {
        Outcome = outcome;
        Receipt = receipt;
        Findings = outcome == InboxAddOutcome.Conflict
            ? [Finding.Error(FindingCodes.ExchangeConflict, "/header/messageId", "Other bytes were already accepted under this sender's messageId.")]
            : [];
    }

    /// <summary>What happened.</summary>
    public InboxAddOutcome Outcome { get; }

    /// <summary>The receipt that stands for the pair: the new one when added, the stored one otherwise.</summary>
    public ReadOnlyMemory<byte> Receipt { get; }

    /// <summary>True when the entry was added, or the same bytes were already stored (a repeated submission).</summary>
    public bool IsSuccess => Outcome is InboxAddOutcome.Added or InboxAddOutcome.Duplicate;

    /// <summary><c>MLAT-EXCH-CONFLICT</c> for a conflict; empty otherwise.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Returns the receipt that stands for the pair or throws <see cref="MlatException"/> on a conflict.</summary>
    /// <exception cref="MlatException">Other bytes are stored under the pair.</exception>
    public ReadOnlyMemory<byte> ReceiptOrThrow() => IsSuccess ? Receipt : throw new MlatException(Findings);
}

/// <summary>
/// A node's inbox (specification §15.5): each (sender, messageId) is stored exactly once, atomically with the receipt
/// returned for it, which is also how a node answers a repeated submission (idempotency). Implementations must be
/// safe for concurrent use by several requests (and, for a shared database, several node instances).
/// </summary>
public interface IInboxStore
{
    /// <summary>Stores the entry unless its (sender, messageId) pair is already stored; atomic.</summary>
    /// <param name="entry">The accepted message and its receipt.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Added, or — with the stored receipt — Duplicate (same digest) or Conflict (another digest).</returns>
    ValueTask<InboxAddResult> TryAddAsync(InboxEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Reads one entry.</summary>
    /// <param name="sender">The sender's authority id.</param>
    /// <param name="messageId">The message id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entry, or null.</returns>
    ValueTask<InboxEntry?> GetAsync(string sender, Guid messageId, CancellationToken cancellationToken = default);

    /// <summary>The entries in the order they were accepted.</summary>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entries.</returns>
    ValueTask<IReadOnlyList<InboxEntry>> ListInboxAsync(int limit, CancellationToken cancellationToken = default);
}

/// <summary>One message a node has to deliver, and — once delivered — the peer's verified receipt.</summary>
public sealed record OutboxEntry
{
    /// <summary>The recipient's authority id.</summary>
    public required string Recipient { get; init; }

    /// <summary>The message id: with <see cref="Recipient"/>, the key of the entry.</summary>
    public required Guid MessageId { get; init; }

    /// <summary>The media type of <see cref="Payload"/>.</summary>
    public required string MediaType { get; init; }

    /// <summary>The bytes to post (the signed envelope or its JWE); the same bytes on every attempt.</summary>
    public required ReadOnlyMemory<byte> Payload { get; init; }

    /// <summary>The signed envelope, whose digest the receipt must attest.</summary>
    public required ReadOnlyMemory<byte> SignedEnvelope { get; init; }

    /// <summary>When it was queued.</summary>
    public required DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>The peer's verified receipt; empty while undelivered.</summary>
    public ReadOnlyMemory<byte> Receipt { get; init; }

    /// <summary>When the verified receipt was stored; null while undelivered.</summary>
    public DateTimeOffset? DeliveredAt { get; init; }
}

/// <summary>
/// A node's outbox: entries survive a restart and are delivered at least once — an entry stays pending until a verified
/// receipt is stored for it, and resending the same bytes is safe because the receiving inbox is idempotent.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Queues an entry; queuing the same (recipient, messageId) again changes nothing.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when it was new.</returns>
    ValueTask<bool> EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Entries without a receipt, oldest first.</summary>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entries.</returns>
    ValueTask<IReadOnlyList<OutboxEntry>> PendingAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Stores the verified receipt of an entry, which is then delivered.</summary>
    /// <param name="recipient">The recipient's authority id.</param>
    /// <param name="messageId">The message id.</param>
    /// <param name="receipt">The verified receipt.</param>
    /// <param name="deliveredAt">When it was verified.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task.</returns>
    ValueTask MarkDeliveredAsync(string recipient, Guid messageId, ReadOnlyMemory<byte> receipt, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default);

    /// <summary>All entries, oldest first.</summary>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entries.</returns>
    ValueTask<IReadOnlyList<OutboxEntry>> ListOutboxAsync(int limit, CancellationToken cancellationToken = default);
}
