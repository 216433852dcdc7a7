using Mlat.Sdk.Cases;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// What every exchange store promises (IInboxStore, IOutboxStore, ICaseStore, IAttachmentStore), written once and run against each store:
/// SqliteExchangeStoreTests and PostgreSqlExchangeStoreTests declare one test per check. A "location" is where a store
/// keeps its data (a file, a schema); opening it again — as another instance would — sees the same data.
/// </summary>
public abstract class ExchangeStoreContract<TStore>
    where TStore : IInboxStore, IOutboxStore, ICaseStore, IAttachmentStore
{
    protected abstract string NewLocation();

    protected abstract Task<TStore> OpenAsync(string location);

    internal static InboxEntry Entry(Guid id, string digest, byte marker = 1) => new()
    {
        Sender = "DE:StA-Muenchen-I",
        MessageId = id,
        MessageType = MessageType.AssistanceRequest,
        Digest = digest,
        Envelope = new byte[] { marker, 2, 3 },
        Receipt = new byte[] { marker, 9 },
        ReceivedAt = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),
    };

    internal static OutboxEntry Outbox(Guid id) => new()
    {
        Recipient = "FR:TJ-Paris-Parquet",
        MessageId = id,
        MediaType = "application/jose",
        Payload = new byte[] { 7 },
        SignedEnvelope = new byte[] { 8 },
        EnqueuedAt = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),
    };

    protected async Task Check_Attachments_append_at_the_held_offset_only_and_complete_when_the_digest_matches()
    {
        var location = NewLocation();
        var store = await OpenAsync(location);
        var bytes = new byte[3000];
        new Random(5).NextBytes(bytes);
        var sha = System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.SHA256.HashData(bytes));

        Assert.Null(await store.GetAttachmentAsync(sha));
        Assert.Equal(0, (await store.AppendAttachmentAsync(sha, 3000, 1000, bytes.AsMemory(1000, 1000))).Received); // nothing begun: only offset 0
        Assert.Null(await store.GetAttachmentAsync(sha));
        Assert.Equal(1000, (await store.AppendAttachmentAsync(sha, 3000, 0, bytes.AsMemory(0, 1000))).Received);
        Assert.Equal(1000, (await store.AppendAttachmentAsync(sha, 3000, 0, bytes.AsMemory(0, 1000))).Received); // a stale offset changes nothing
        Assert.Equal(1000, (await store.AppendAttachmentAsync(sha, 4000, 1000, bytes.AsMemory(1000, 1000))).Received); // another length changes nothing
        Assert.Equal(1000, (await store.AppendAttachmentAsync(sha, 3000, 1000, new byte[2001])).Received); // past the length changes nothing

        // Two writers at the same offset at once (another instance): exactly one append lands.
        var racing = await OpenAsync(location);
        var both = await Task.WhenAll(
            store.AppendAttachmentAsync(sha, 3000, 1000, bytes.AsMemory(1000, 1000)).AsTask(),
            racing.AppendAttachmentAsync(sha, 3000, 1000, bytes.AsMemory(1000, 1000)).AsTask());
        Assert.All(both, b => Assert.Equal(2000, b.Received));
        Assert.Equal(2000, (await racing.GetAttachmentAsync(sha))!.Received);

        Assert.Equal(3000, (await racing.AppendAttachmentAsync(sha, 3000, 2000, bytes.AsMemory(2000))).Received);
        Assert.False((await store.GetAttachmentAsync(sha))!.IsComplete);
        Assert.True(await store.CompleteCheckedAsync(sha));
        Assert.Equal(new AttachmentUpload { Sha256 = sha, Length = 3000, Received = 3000, IsComplete = true }, await store.GetAttachmentAsync(sha));
        Assert.Equal(3000, (await store.AppendAttachmentAsync(sha, 3000, 3000, ReadOnlyMemory<byte>.Empty)).Received); // complete: no more appends
        await using (var read = (await OpenAsync(location)).OpenAttachment(sha))
        using (var copy = new MemoryStream())
        {
            await read.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }

        // Bytes that do not match their digest are removed whole.
        var liar = System.Buffers.Text.Base64Url.EncodeToString(new byte[32]);
        await store.AppendAttachmentAsync(liar, 3, 0, new byte[] { 1, 2, 3 });
        Assert.False(await store.CompleteCheckedAsync(liar));
        Assert.Null(await store.GetAttachmentAsync(liar));
        Assert.Throws<KeyNotFoundException>(() => store.OpenAttachment(liar));

        // AddAsync streams a whole file in and is idempotent; an empty attachment is a valid one.
        var empty = await store.AddAsync(new MemoryStream([]));
        Assert.True((await store.GetAttachmentAsync(empty))!.IsComplete);
        Assert.Equal(sha, await store.AddAsync(new MemoryStream(bytes), chunkBytes: 700));
    }

    protected async Task Check_Inbox_stores_a_pair_once_duplicate_and_conflict()
    {
        var store = await OpenAsync(NewLocation());
        var id = Guid.NewGuid();

        var added = await store.TryAddAsync(Entry(id, "d1", 1));
        var duplicate = await store.TryAddAsync(Entry(id, "d1", 2));
        var conflict = await store.TryAddAsync(Entry(id, "d2", 3));

        Assert.Equal(InboxAddOutcome.Added, added.Outcome);
        Assert.Equal(InboxAddOutcome.Duplicate, duplicate.Outcome);
        Assert.Equal(new byte[] { 1, 9 }, duplicate.Receipt.ToArray()); // the stored receipt, not the new one
        Assert.Equal(InboxAddOutcome.Conflict, conflict.Outcome);
        Assert.Equal(new byte[] { 1, 9 }, conflict.Receipt.ToArray());
        var stored = Assert.Single(await store.ListInboxAsync(10));
        Assert.Equal(new byte[] { 1, 2, 3 }, stored.Envelope.ToArray());
        Assert.Equal(Entry(id, "d1").ReceivedAt, stored.ReceivedAt);
        Assert.Equal(MessageType.AssistanceRequest, stored.MessageType);
        Assert.Null(await store.GetAsync("DE:StA-Muenchen-I", Guid.NewGuid()));
    }

    protected async Task Check_Concurrent_inserts_of_one_pair_from_two_instances_store_it_once()
    {
        var location = NewLocation();
        var a = await OpenAsync(location);
        var b = await OpenAsync(location);
        var id = Guid.NewGuid();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () => (await (i % 2 == 0 ? a : b).TryAddAsync(Entry(id, "d1"))).Outcome)));

        Assert.Equal(1, outcomes.Count(o => o == InboxAddOutcome.Added));
        Assert.Equal(39, outcomes.Count(o => o == InboxAddOutcome.Duplicate));
        Assert.Single(await a.ListInboxAsync(100));
    }

    protected async Task Check_Stores_survive_reopening()
    {
        var location = NewLocation();
        var id = Guid.NewGuid();
        var first = await OpenAsync(location);
        await first.TryAddAsync(Entry(id, "d1"));
        await first.EnqueueAsync(Outbox(id));

        var reopened = await OpenAsync(location);

        Assert.NotNull(await reopened.GetAsync("DE:StA-Muenchen-I", id));
        Assert.Equal(InboxAddOutcome.Duplicate, (await reopened.TryAddAsync(Entry(id, "d1"))).Outcome);
        Assert.Equal(id, Assert.Single(await reopened.PendingAsync(10)).MessageId);
    }

    protected async Task Check_Outbox_queues_once_and_keeps_an_entry_pending_until_its_receipt()
    {
        var store = await OpenAsync(NewLocation());
        var one = Guid.NewGuid();
        var two = Guid.NewGuid();

        Assert.True(await store.EnqueueAsync(Outbox(one)));
        Assert.False(await store.EnqueueAsync(Outbox(one)));
        Assert.True(await store.EnqueueAsync(Outbox(two)));
        await store.MarkDeliveredAsync("FR:TJ-Paris-Parquet", one, new byte[] { 5 }, new DateTimeOffset(2026, 11, 28, 11, 0, 0, TimeSpan.Zero));
        await store.MarkDeliveredAsync("FR:TJ-Paris-Parquet", one, new byte[] { 6 }, new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal([two], (await store.PendingAsync(10)).Select(e => e.MessageId));
        var all = await store.ListOutboxAsync(10);
        Assert.Equal([one, two], all.Select(e => e.MessageId));
        Assert.Equal(new byte[] { 5 }, all[0].Receipt.ToArray()); // the first verified receipt stays
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 11, 0, 0, TimeSpan.Zero), all[0].DeliveredAt);
        Assert.True(all[1].Receipt.IsEmpty);
        Assert.Null(all[1].DeliveredAt);
        Assert.Equal(new byte[] { 7 }, all[1].Payload.ToArray());
        Assert.Equal(new byte[] { 8 }, all[1].SignedEnvelope.ToArray());
        Assert.Equal("application/jose", all[1].MediaType);
        Assert.Equal(Outbox(two).EnqueuedAt, all[1].EnqueuedAt);
    }

    private static List<MlatMessage> LoadCase(string name) => [.. Directory.EnumerateFiles(Path.Combine(TestPaths.Samples, "cases", name), "??-*.json")
        .Order(StringComparer.Ordinal).Select(f => MlatValidator.Default.Validate(File.ReadAllBytes(f)).MessageOrThrow())];

    protected async Task Check_Case_folded_from_the_log_is_the_case_folded_from_the_messages_after_a_reopen(string name)
    {
        var location = NewLocation();
        var messages = LoadCase(name);
        var conversation = messages[0].Header.ConversationId;
        var store = await OpenAsync(location);
        foreach (var m in Enumerable.Reverse(messages).Concat(messages))
        {
            await store.AppendAsync(m);
        }

        var log = await (await OpenAsync(location)).LoadAsync(conversation);

        var ours = messages.Where(m => m.Header.ConversationId == conversation).ToList();
        Assert.True(log.IsSuccess);
        Assert.Equal(ours.Count, log.Messages.Count);
        var expected = CaseState.Start(conversation).ApplyAll(ours).ToSnapshot();
        Assert.Equal(expected, log.Fold().ToSnapshot());
    }

    protected async Task Check_Case_message_is_stored_once_and_other_content_under_its_id_is_a_conflict()
    {
        var store = await OpenAsync(NewLocation());
        var messages = LoadCase("eio-withdrawn");
        var request = messages[0];
        var other = messages[1] with { Header = messages[1].Header with { MessageId = request.Header.MessageId } };

        Assert.Equal(CaseAppendOutcome.Added, await store.AppendAsync(request));
        Assert.Equal(CaseAppendOutcome.Duplicate, await store.AppendAsync(request));
        Assert.Equal(CaseAppendOutcome.Conflict, await store.AppendAsync(other));
        Assert.Equal(MessageType.AssistanceRequest, Assert.Single((await store.LoadAsync(request.Header.ConversationId)).Messages).Header.MessageType);
    }

    protected async Task Check_Conversations_are_listed_in_id_order_and_concurrent_appends_keep_each_message_once()
    {
        var store = await OpenAsync(NewLocation());
        var conversations = new[] { "eio-partial-execution-postponement", "epoc-pr-extension", "untoc-more-information" }.Select(LoadCase).ToList();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => conversations.SelectMany(c => c)).Select(m => Task.Run(async () => await store.AppendAsync(m))));

        Assert.Equal(conversations.Sum(c => c.Count), outcomes.Count(o => o == CaseAppendOutcome.Added));
        Assert.DoesNotContain(CaseAppendOutcome.Conflict, outcomes);
        var ids = conversations.Select(c => c[0].Header.ConversationId).Order().ToList();
        Assert.Equal(ids, await store.ListConversationsAsync(10));
        Assert.Equal(ids.Take(2), await store.ListConversationsAsync(2));
        Assert.Empty((await store.LoadAsync(Guid.NewGuid())).Messages);
    }
}

/// <summary>The theory data of the store contract.</summary>
public static class StoreContractData
{
    /// <summary>The conversations of samples/cases.</summary>
    public static TheoryData<string> CaseNames() => [.. Directory.EnumerateDirectories(Path.Combine(TestPaths.Samples, "cases")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];
}
