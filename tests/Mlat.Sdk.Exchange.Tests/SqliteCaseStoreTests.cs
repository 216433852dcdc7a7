using Mlat.Sdk.Cases;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Sqlite;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// The SQLite exchange store is also a case store (issue 14, ICaseStore): each message once per conversation, the same
/// message again a duplicate, other content under its id a conflict, and the case folded from its log is the case
/// folded from the messages — for every conversation of samples/cases, across a reopen of the database.
/// </summary>
public sealed class SqliteCaseStoreTests
{
    private static string NewPath() => Path.Combine(Directory.CreateTempSubdirectory("mlat-case-store-").FullName, "node.db");

    public static TheoryData<string> Names() => [.. Directory.EnumerateDirectories(Path.Combine(TestPaths.Samples, "cases")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    private static List<MlatMessage> Load(string name) => [.. Directory.EnumerateFiles(Path.Combine(TestPaths.Samples, "cases", name), "??-*.json")
        .Order(StringComparer.Ordinal).Select(f => MlatValidator.Default.Validate(File.ReadAllBytes(f)).MessageOrThrow())];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_case_folded_from_the_log_is_the_case_folded_from_the_messages_after_a_reopen(string name)
    {
        var path = NewPath();
        var messages = Load(name);
        var conversation = messages[0].Header.ConversationId;
        var store = await SqliteExchangeStore.OpenAsync(path);
        foreach (var m in Enumerable.Reverse(messages).Concat(messages))
        {
            await store.AppendAsync(m);
        }

        var log = await (await SqliteExchangeStore.OpenAsync(path)).LoadAsync(conversation);

        var ours = messages.Where(m => m.Header.ConversationId == conversation).ToList();
        Assert.True(log.IsSuccess);
        Assert.Equal(ours.Count, log.Messages.Count);
        var expected = CaseState.Start(conversation).ApplyAll(ours).ToSnapshot();
        Assert.Equal(expected, log.Fold().ToSnapshot());
    }

    [Fact]
    public async Task A_message_is_stored_once_and_other_content_under_its_id_is_a_conflict()
    {
        var store = await SqliteExchangeStore.OpenAsync(NewPath());
        var messages = Load("eio-withdrawn");
        var request = messages[0];
        var other = messages[1] with { Header = messages[1].Header with { MessageId = request.Header.MessageId } };

        Assert.Equal(CaseAppendOutcome.Added, await store.AppendAsync(request));
        Assert.Equal(CaseAppendOutcome.Duplicate, await store.AppendAsync(request));
        Assert.Equal(CaseAppendOutcome.Conflict, await store.AppendAsync(other));
        Assert.Equal(MessageType.AssistanceRequest, Assert.Single((await store.LoadAsync(request.Header.ConversationId)).Messages).Header.MessageType);
    }

    [Fact]
    public async Task Conversations_are_listed_in_id_order_and_concurrent_appends_keep_each_message_once()
    {
        var store = await SqliteExchangeStore.OpenAsync(NewPath());
        var conversations = new[] { "eio-partial-execution-postponement", "epoc-pr-extension", "untoc-more-information" }.Select(Load).ToList();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => conversations.SelectMany(c => c)).Select(m => Task.Run(async () => await store.AppendAsync(m))));

        Assert.Equal(conversations.Sum(c => c.Count), outcomes.Count(o => o == CaseAppendOutcome.Added));
        Assert.DoesNotContain(CaseAppendOutcome.Conflict, outcomes);
        var ids = conversations.Select(c => c[0].Header.ConversationId).Order().ToList();
        Assert.Equal(ids, await store.ListConversationsAsync(10));
        Assert.Equal(ids.Take(2), await store.ListConversationsAsync(2));
        Assert.Empty((await store.LoadAsync(Guid.NewGuid())).Messages);
    }
}
