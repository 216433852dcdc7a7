using Microsoft.Data.Sqlite;
using Mlat.Sdk.Exchange;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>A test double: the real inbox, or — while <see cref="Down"/> — the error a database outage gives.</summary>
internal sealed class SwitchableInbox
{
    public volatile bool Down;

    public IInboxStore Wrap(IInboxStore inner) => new Store(this, inner);

    private sealed class Store(SwitchableInbox owner, IInboxStore inner) : IInboxStore
    {
        public ValueTask<InboxAddResult> TryAddAsync(InboxEntry entry, CancellationToken cancellationToken = default)
            => owner.Down ? throw new SqliteException("database is locked", 5) : inner.TryAddAsync(entry, cancellationToken);

        public ValueTask<InboxEntry?> GetAsync(string sender, Guid messageId, CancellationToken cancellationToken = default)
            => inner.GetAsync(sender, messageId, cancellationToken);

        public ValueTask<IReadOnlyList<InboxEntry>> ListInboxAsync(int limit, CancellationToken cancellationToken = default)
            => inner.ListInboxAsync(limit, cancellationToken);
    }
}
