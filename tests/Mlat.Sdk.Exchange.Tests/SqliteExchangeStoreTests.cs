using Mlat.Sdk.Sqlite;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>The store contract (<see cref="ExchangeStoreContract{TStore}"/>) on the SQLite store: a location is a database file.</summary>
public sealed class SqliteExchangeStoreTests : ExchangeStoreContract<SqliteExchangeStore>
{
    protected override string NewLocation() => Path.Combine(Directory.CreateTempSubdirectory("mlat-store-").FullName, "node.db");

    protected override Task<SqliteExchangeStore> OpenAsync(string location) => SqliteExchangeStore.OpenAsync(location);

    [Fact]
    public Task The_inbox_stores_a_pair_once_answers_the_same_digest_as_duplicate_and_another_as_conflict() => Check_Inbox_stores_a_pair_once_duplicate_and_conflict();

    [Fact]
    public Task Attachments_append_at_the_held_offset_only_and_complete_when_the_digest_matches() => Check_Attachments_append_at_the_held_offset_only_and_complete_when_the_digest_matches();

    [Fact]
    public Task Concurrent_inserts_of_one_pair_from_two_store_instances_store_it_exactly_once() => Check_Concurrent_inserts_of_one_pair_from_two_instances_store_it_once();

    [Fact]
    public Task The_stores_survive_reopening_the_file() => Check_Stores_survive_reopening();

    [Fact]
    public Task The_outbox_queues_once_keeps_an_entry_pending_until_its_receipt_is_stored() => Check_Outbox_queues_once_and_keeps_an_entry_pending_until_its_receipt();

    [Theory]
    [MemberData(nameof(StoreContractData.CaseNames), MemberType = typeof(StoreContractData))]
    public Task The_case_folded_from_the_log_is_the_case_folded_from_the_messages_after_a_reopen(string name) => Check_Case_folded_from_the_log_is_the_case_folded_from_the_messages_after_a_reopen(name);

    [Fact]
    public Task A_message_is_stored_once_and_other_content_under_its_id_is_a_conflict() => Check_Case_message_is_stored_once_and_other_content_under_its_id_is_a_conflict();

    [Fact]
    public Task Conversations_are_listed_in_id_order_and_concurrent_appends_keep_each_message_once() => Check_Conversations_are_listed_in_id_order_and_concurrent_appends_keep_each_message_once();
}
