using Mlat.Sdk.PostgreSql;
using Mlat.Sdk.Tests.Exchange;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// The store contract (<see cref="ExchangeStoreContract{TStore}"/>) on a real PostgreSQL server — a location is a schema,
/// and a second store opened on it is a second node instance — and the outbox's claiming between instances.
/// </summary>
public sealed class PostgreSqlExchangeStoreTests : ExchangeStoreContract<PostgreSqlExchangeStore>
{
    protected override string NewLocation() => TestDatabases.NewSchema();

    protected override Task<PostgreSqlExchangeStore> OpenAsync(string location)
        => PostgreSqlExchangeStore.OpenAsync(TestDatabases.Postgres, new PostgreSqlExchangeStoreOptions { Schema = location });

    [RequiresFact(Requirement.PostgreSql)]
    public Task The_inbox_stores_a_pair_once_answers_the_same_digest_as_duplicate_and_another_as_conflict() => Check_Inbox_stores_a_pair_once_duplicate_and_conflict();

    [RequiresFact(Requirement.PostgreSql)]
    public Task Attachments_append_at_the_held_offset_only_and_complete_when_the_digest_matches() => Check_Attachments_append_at_the_held_offset_only_and_complete_when_the_digest_matches();

    [RequiresFact(Requirement.PostgreSql)]
    public Task Concurrent_inserts_of_one_pair_from_two_store_instances_store_it_exactly_once() => Check_Concurrent_inserts_of_one_pair_from_two_instances_store_it_once();

    [RequiresFact(Requirement.PostgreSql)]
    public Task The_stores_survive_reopening_the_schema() => Check_Stores_survive_reopening();

    [RequiresFact(Requirement.PostgreSql)]
    public Task The_outbox_queues_once_keeps_an_entry_pending_until_its_receipt_is_stored() => Check_Outbox_queues_once_and_keeps_an_entry_pending_until_its_receipt();

    [RequiresTheory(Requirement.PostgreSql)]
    [MemberData(nameof(StoreContractData.CaseNames), MemberType = typeof(StoreContractData))]
    public Task The_case_folded_from_the_log_is_the_case_folded_from_the_messages_after_a_reopen(string name) => Check_Case_folded_from_the_log_is_the_case_folded_from_the_messages_after_a_reopen(name);

    [RequiresFact(Requirement.PostgreSql)]
    public Task A_message_is_stored_once_and_other_content_under_its_id_is_a_conflict() => Check_Case_message_is_stored_once_and_other_content_under_its_id_is_a_conflict();

    [RequiresFact(Requirement.PostgreSql)]
    public Task Conversations_are_listed_in_id_order_and_concurrent_appends_keep_each_message_once() => Check_Conversations_are_listed_in_id_order_and_concurrent_appends_keep_each_message_once();

    [RequiresFact(Requirement.PostgreSql)]
    public async Task Instances_opening_one_schema_at_the_same_time_all_open_it()
    {
        var schema = NewLocation();

        var stores = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => OpenAsync(schema))));

        Assert.True(await stores[0].EnqueueAsync(Outbox(Guid.NewGuid())));
        Assert.Single(await stores[7].ListOutboxAsync(10));
    }

    [RequiresFact(Requirement.PostgreSql)]
    public async Task Instances_draining_one_outbox_at_once_each_claim_different_entries_and_deliver_each_once()
    {
        var schema = NewLocation();
        var clock = new ExchangeClock(ExchangeTestKit.Now);
        var instances = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostgreSqlExchangeStore.OpenAsync(TestDatabases.Postgres, new PostgreSqlExchangeStoreOptions { Schema = schema }, clock)));
        var ids = Enumerable.Range(0, 200).Select(_ => Guid.NewGuid()).ToList();
        foreach (var id in ids)
        {
            await instances[0].EnqueueAsync(Outbox(id));
        }

        // Every instance loops "claim a batch, deliver it" until nothing is pending; nobody's lease ends meanwhile.
        var claimedBy = await Task.WhenAll(instances.Select(store => Task.Run(async () =>
        {
            var mine = new List<Guid>();
            while (await store.PendingAsync(7) is { Count: > 0 } batch)
            {
                foreach (var entry in batch)
                {
                    mine.Add(entry.MessageId);
                    await store.MarkDeliveredAsync(entry.Recipient, entry.MessageId, entry.MessageId.ToByteArray(), clock.GetUtcNow());
                }
            }

            return mine;
        })));

        var all = claimedBy.SelectMany(c => c).ToList();
        Assert.Equal(ids.Order(), all.Order()); // each entry claimed exactly once over the four instances
        var outbox = await instances[1].ListOutboxAsync(1000);
        Assert.All(outbox, e => Assert.Equal(e.MessageId.ToByteArray(), e.Receipt.ToArray()));
        Assert.Empty(await instances[2].PendingAsync(1000));
    }

    [RequiresFact(Requirement.PostgreSql)]
    public async Task An_entry_claimed_by_an_instance_that_died_is_pending_again_when_its_lease_ends()
    {
        var schema = NewLocation();
        var clock = new ExchangeClock(ExchangeTestKit.Now);
        var options = new PostgreSqlExchangeStoreOptions { Schema = schema, OutboxLease = TimeSpan.FromMinutes(2) };
        var dead = await PostgreSqlExchangeStore.OpenAsync(TestDatabases.Postgres, options, clock);
        var alive = await PostgreSqlExchangeStore.OpenAsync(TestDatabases.Postgres, options, clock);
        var one = Guid.NewGuid();
        var two = Guid.NewGuid();
        await dead.EnqueueAsync(Outbox(one));
        await dead.EnqueueAsync(Outbox(two));

        Assert.Equal([one, two], (await dead.PendingAsync(10)).Select(e => e.MessageId)); // then the instance dies
        Assert.Empty(await alive.PendingAsync(10));
        clock.Now += TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(1);
        Assert.Empty(await alive.PendingAsync(10));
        await dead.MarkDeliveredAsync(Outbox(one).Recipient, one, new byte[] { 1 }, clock.GetUtcNow()); // it got one receipt stored first
        clock.Now += TimeSpan.FromSeconds(1);

        Assert.Equal([two], (await alive.PendingAsync(10)).Select(e => e.MessageId));
        Assert.Empty(await dead.PendingAsync(10)); // now claimed by the live instance
    }

    [RequiresFact(Requirement.PostgreSql)]
    public async Task A_zero_lease_claims_nothing_and_a_bad_schema_name_is_refused()
    {
        var store = await PostgreSqlExchangeStore.OpenAsync(TestDatabases.Postgres, new PostgreSqlExchangeStoreOptions { Schema = NewLocation(), OutboxLease = TimeSpan.Zero });
        var id = Guid.NewGuid();
        await store.EnqueueAsync(Outbox(id));

        Assert.Equal([id], (await store.PendingAsync(10)).Select(e => e.MessageId));
        Assert.Equal([id], (await store.PendingAsync(10)).Select(e => e.MessageId));
        await Assert.ThrowsAsync<ArgumentException>(() => PostgreSqlExchangeStore.OpenAsync(TestDatabases.Postgres, new PostgreSqlExchangeStoreOptions { Schema = "mlat; DROP TABLE x" }));
        await Assert.ThrowsAsync<ArgumentException>(() => PostgreSqlExchangeStore.OpenAsync(TestDatabases.Postgres, new PostgreSqlExchangeStoreOptions { Schema = "Mlat" }));
    }
}
