namespace Mlat.Sdk.Envelopes;

/// <summary>
/// Remembers which (sender, messageId) pairs a verifier has accepted, so a captured message cannot be delivered twice
/// (specification §7.9). Implementations must be thread-safe; a shared store (database, cache) lets several verifier instances
/// see each other's messages.
/// </summary>
public interface IReplayStore
{
    /// <summary>Records a pair unless it is already recorded and not yet expired.</summary>
    /// <param name="senderAuthorityId">The sender's authority id.</param>
    /// <param name="messageId">The message id.</param>
    /// <param name="expiresAt">When the entry may be forgotten: after it, the message fails the maximum-age check anyway.</param>
    /// <returns>True when the pair was new (the message is not a replay); false for a replay.</returns>
    bool TryRecord(string senderAuthorityId, string messageId, DateTimeOffset expiresAt);
}

/// <summary>The default <see cref="IReplayStore"/>: process memory, expired entries dropped as time passes. Thread-safe.</summary>
public sealed class InMemoryReplayStore : IReplayStore
{
    private readonly TimeProvider _time;
    private readonly Dictionary<(string Sender, string MessageId), DateTimeOffset> _seen = [];
    private readonly Lock _lock = new();
    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    /// <summary>Creates an empty store.</summary>
    /// <param name="timeProvider">The clock that decides expiry; <see cref="TimeProvider.System"/> when null.</param>
    public InMemoryReplayStore(TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The number of entries currently held (expired ones may linger until the next purge).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _seen.Count;
            }
        }
    }

    /// <inheritdoc />
    public bool TryRecord(string senderAuthorityId, string messageId, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(senderAuthorityId);
        ArgumentNullException.ThrowIfNull(messageId);
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            if (now >= _nextPurge)
            {
                // Amortised: one sweep a minute keeps memory bounded by the traffic of the replay window.
                foreach (var key in _seen.Where(e => e.Value <= now).Select(e => e.Key).ToList())
                {
                    _seen.Remove(key);
                }

                _nextPurge = now.AddMinutes(1);
            }

            var key2 = (senderAuthorityId, messageId);
            if (_seen.TryGetValue(key2, out var expiry) && expiry > now)
            {
                return false;
            }

            _seen[key2] = expiresAt;
            return true;
        }
    }
}
