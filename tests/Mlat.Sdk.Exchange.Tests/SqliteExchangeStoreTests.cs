using Mlat.Sdk.Exchange;
using Mlat.Sdk.Sqlite;

namespace Mlat.Sdk.Exchange.Tests;

public sealed class SqliteExchangeStoreTests
{
    private static string NewPath() => Path.Combine(Directory.CreateTempSubdirectory("mlat-store-").FullName, "node.db");

    private static InboxEntry Entry(Guid id, string digest, byte marker = 1) => new()
    {
        Sender = "DE:StA-Muenchen-I",
        MessageId = id,
        MessageType = Mlat.Sdk.Messages.MessageType.AssistanceRequest,
        Digest = digest,
        Envelope = new byte[] { marker, 2, 3 },
        Receipt = new byte[] { marker, 9 },
        ReceivedAt = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task The_inbox_stores_a_pair_once_answers_the_same_digest_as_duplicate_and_another_as_conflict()
    {
        var store = await SqliteExchangeStore.OpenAsync(NewPath());
        var id = Guid.NewGuid();

        var added = await store.TryAddAsync(Entry(id, "d1", 1));
        var duplicate = await store.TryAddAsync(Entry(id, "d1", 2));
        var conflict = await store.TryAddAsync(Entry(id, "d2", 3));

        Assert.Equal(InboxAddOutcome.Added, added.Outcome);
        Assert.Equal(InboxAddOutcome.Duplicate, duplicate.Outcome);
        Assert.Equal(new byte[] { 1, 9 }, duplicate.Receipt.ToArray()); // the stored receipt, not the new one
        Assert.Equal(InboxAddOutcome.Conflict, conflict.Outcome);
        var stored = Assert.Single(await store.ListInboxAsync(10));
        Assert.Equal(new byte[] { 1, 2, 3 }, stored.Envelope.ToArray());
        Assert.Equal(Entry(id, "d1").ReceivedAt, stored.ReceivedAt);
    }

    [Fact]
    public async Task Concurrent_inserts_of_one_pair_from_two_store_instances_store_it_exactly_once()
    {
        var path = NewPath();
        var a = await SqliteExchangeStore.OpenAsync(path);
        var b = await SqliteExchangeStore.OpenAsync(path);
        var id = Guid.NewGuid();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () => (await (i % 2 == 0 ? a : b).TryAddAsync(Entry(id, "d1"))).Outcome)));

        Assert.Equal(1, outcomes.Count(o => o == InboxAddOutcome.Added));
        Assert.Equal(39, outcomes.Count(o => o == InboxAddOutcome.Duplicate));
        Assert.Single(await a.ListInboxAsync(100));
    }

    [Fact]
    public async Task The_stores_survive_reopening_the_file()
    {
        var path = NewPath();
        var id = Guid.NewGuid();
        var first = await SqliteExchangeStore.OpenAsync(path);
        await first.TryAddAsync(Entry(id, "d1"));
        await first.EnqueueAsync(Outbox(id));

        var reopened = await SqliteExchangeStore.OpenAsync(path);

        Assert.NotNull(await reopened.GetAsync("DE:StA-Muenchen-I", id));
        Assert.Equal(InboxAddOutcome.Duplicate, (await reopened.TryAddAsync(Entry(id, "d1"))).Outcome);
        Assert.Equal(id, Assert.Single(await reopened.PendingAsync(10)).MessageId);
    }

    private static OutboxEntry Outbox(Guid id) => new()
    {
        Recipient = "FR:TJ-Paris-Parquet",
        MessageId = id,
        MediaType = "application/jose",
        Payload = new byte[] { 7 },
        SignedEnvelope = new byte[] { 8 },
        EnqueuedAt = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task The_outbox_queues_once_keeps_an_entry_pending_until_its_receipt_is_stored()
    {
        var store = await SqliteExchangeStore.OpenAsync(NewPath());
        var one = Guid.NewGuid();
        var two = Guid.NewGuid();

        Assert.True(await store.EnqueueAsync(Outbox(one)));
        Assert.False(await store.EnqueueAsync(Outbox(one)));
        Assert.True(await store.EnqueueAsync(Outbox(two)));
        await store.MarkDeliveredAsync("FR:TJ-Paris-Parquet", one, new byte[] { 5 }, new DateTimeOffset(2026, 11, 28, 11, 0, 0, TimeSpan.Zero));

        Assert.Equal([two], (await store.PendingAsync(10)).Select(e => e.MessageId));
        var all = await store.ListOutboxAsync(10);
        Assert.Equal([one, two], all.Select(e => e.MessageId));
        Assert.Equal(new byte[] { 5 }, all[0].Receipt.ToArray());
        Assert.NotNull(all[0].DeliveredAt);
        Assert.True(all[1].Receipt.IsEmpty);
    }
}
