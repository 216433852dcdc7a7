using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Cases;

/// <summary>
/// An <see cref="ICaseStore"/> in memory, for tests and single-process tools: the logs live as long as the instance.
/// Messages are compared by their JSON (<see cref="MlatJson.SerializeToUtf8Bytes"/>) to tell a duplicate from a conflict.
/// </summary>
public sealed class InMemoryCaseStore : ICaseStore
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<Guid, Dictionary<Guid, (MlatMessage Message, byte[] Json)>> logs = [];

    /// <inheritdoc />
    public ValueTask<CaseAppendOutcome> AppendAsync(MlatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        var json = MlatJson.SerializeToUtf8Bytes(message);
        lock (gate)
        {
            if (!logs.TryGetValue(message.Header.ConversationId, out var log))
            {
                logs[message.Header.ConversationId] = log = [];
            }

            if (log.TryGetValue(message.Header.MessageId, out var stored))
            {
                return ValueTask.FromResult(stored.Json.AsSpan().SequenceEqual(json) ? CaseAppendOutcome.Duplicate : CaseAppendOutcome.Conflict);
            }

            log[message.Header.MessageId] = (message, json);
            return ValueTask.FromResult(CaseAppendOutcome.Added);
        }
    }

    /// <inheritdoc />
    public ValueTask<CaseLog> LoadAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            IReadOnlyList<MlatMessage> messages = logs.TryGetValue(conversationId, out var log)
                ? [.. log.Values.Select(v => v.Message).Order(CaseState.CanonicalOrder.Instance)]
                : [];
            return ValueTask.FromResult(new CaseLog { ConversationId = conversationId, Messages = messages });
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Guid>> ListConversationsAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return ValueTask.FromResult<IReadOnlyList<Guid>>([.. logs.Keys.Take(limit)]);
        }
    }
}
