using System.Text;
using Mlat.Sdk.Cases;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Tests.Cases;

/// <summary>
/// A case's state written as JSON reads back equal in every observable; a case store keeps each message once and the
/// state folded from its log is the state folded from the messages; both stores (memory, file system) behave alike.
/// </summary>
public sealed class CasePersistenceTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mlat-case-store-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Names() => [.. CaseCorpus.Names];

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Snapshot_json_reads_back_equal_in_every_observable(string name)
    {
        var messages = CaseCorpus.Load(name).Select(m => m.Message).ToList();
        var state = CaseState.Start(messages[0].Header.ConversationId).ApplyAll(messages);

        var json = state.ToSnapshot().ToUtf8Json();
        var read = CaseSnapshot.Read(json);

        Assert.True(read.IsSuccess, string.Join("; ", read.Findings.Select(f => f.Code + " " + f.Pointer)));
        var back = read.SnapshotOrThrow();
        AssertObservablesEqual(state, back);
        Assert.Equal(state.ToSnapshot(), back);
        Assert.Equal(json, back.ToUtf8Json());
    }

    [Fact]
    public void Snapshot_json_spells_codes_as_the_status_output_does()
    {
        var messages = CaseCorpus.Load("eio-partial-execution-postponement").Select(m => m.Message).ToList();
        var json = Encoding.UTF8.GetString(CaseState.Start(messages[0].Header.ConversationId).ApplyAll(messages).ToSnapshot().ToUtf8Json());

        Assert.Contains("\"instrument\":\"EIO\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"MET\"", json, StringComparison.Ordinal);
        Assert.Contains("\"owner\":\"EXECUTING\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{", FindingCodes.JsonMalformed, "")]
    [InlineData("null", FindingCodes.JsonRootNotObject, "")]
    [InlineData("[]", FindingCodes.JsonMalformed, "")]
    public void Snapshot_read_of_bad_bytes_is_a_finding_not_an_exception(string text, string code, string pointer)
    {
        var read = CaseSnapshot.Read(Encoding.UTF8.GetBytes(text));

        Assert.False(read.IsSuccess);
        Assert.Equal((code, pointer), (read.Findings.Single().Code, read.Findings.Single().Pointer));
        Assert.Throws<Mlat.Sdk.MlatException>(() => read.SnapshotOrThrow());
    }

    [Fact]
    public void Snapshot_read_names_the_member_that_is_wrong_and_never_quotes_its_value()
    {
        var messages = CaseCorpus.Load("epoc-pr-extension").Select(m => m.Message).ToList();
        var json = Encoding.UTF8.GetString(CaseState.Start(messages[0].Header.ConversationId).ApplyAll(messages).ToSnapshot().ToUtf8Json());

        var unknownState = CaseSnapshot.Read(Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(json, "\"instrument\":\"EPOC_PRESERVATION\",\"state\":\"[A-Z_]+\"", "\"instrument\":\"EPOC_PRESERVATION\",\"state\":\"SECRET-VALUE\"")));
        var extraMember = CaseSnapshot.Read(Encoding.UTF8.GetBytes(json.Replace("{\"format\":1,", "{\"format\":1,\"x\":2,", StringComparison.Ordinal)));
        var duplicate = CaseSnapshot.Read(Encoding.UTF8.GetBytes(json.Replace("{\"format\":1,", "{\"format\":1,\"format\":1,", StringComparison.Ordinal)));
        var future = CaseSnapshot.Read(Encoding.UTF8.GetBytes(json.Replace("{\"format\":1,", "{\"format\":2,", StringComparison.Ordinal)));
        var badInstant = CaseSnapshot.Read(Encoding.UTF8.GetBytes(ReplaceFirstDueAt(json)));

        Assert.Equal((FindingCodes.JsonMalformed, "/state"), (unknownState.Findings.Single().Code, unknownState.Findings.Single().Pointer));
        Assert.DoesNotContain("SECRET", unknownState.Findings.Single().Message, StringComparison.Ordinal);
        Assert.Equal(FindingCodes.JsonMalformed, extraMember.Findings.Single().Code);
        Assert.Equal(FindingCodes.JsonMalformed, duplicate.Findings.Single().Code);
        Assert.Equal((FindingCodes.VersionUnsupported, "/format"), (future.Findings.Single().Code, future.Findings.Single().Pointer));
        Assert.Equal((FindingCodes.JsonMalformed, "/deadlines/0/dueAt"), (badInstant.Findings.Single().Code, badInstant.Findings.Single().Pointer));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Both_stores_rebuild_the_state_of_every_corpus_conversation_from_their_log(string name)
    {
        var messages = CaseCorpus.Load(name).Select(m => m.Message).ToList();
        var conversation = messages[0].Header.ConversationId;
        var expected = CaseState.Start(conversation).ApplyAll(messages);
        foreach (var store in Stores())
        {
            // Reversed and each message twice: the log keeps each once, the fold does not depend on the order.
            foreach (var m in Enumerable.Reverse(messages).Concat(messages))
            {
                await store.AppendAsync(m);
            }

            var ours = messages.Where(m => m.Header.ConversationId == conversation).ToList();
            var log = await store.LoadAsync(conversation);

            Assert.True(log.IsSuccess);
            Assert.Equal(ours.Select(m => m.Header.MessageId).Order(), log.Messages.Select(m => m.Header.MessageId).Order());
            var rebuilt = log.Fold();
            Assert.Equal(expected.ToSnapshot() with { Findings = [.. expected.Findings.Where(f => f.Finding.Code != FindingCodes.FlowOtherConversation)] },
                rebuilt.ToSnapshot());
        }
    }

    [Fact]
    public async Task Stores_tell_a_duplicate_from_a_conflict_and_keep_the_first_message()
    {
        var messages = CaseCorpus.Load("eio-withdrawn").Select(m => m.Message).ToList();
        var request = messages[0];
        var other = messages[1] with { Header = messages[1].Header with { MessageId = request.Header.MessageId } };
        foreach (var store in Stores())
        {
            Assert.Equal(CaseAppendOutcome.Added, await store.AppendAsync(request));
            Assert.Equal(CaseAppendOutcome.Duplicate, await store.AppendAsync(request));
            Assert.Equal(CaseAppendOutcome.Conflict, await store.AppendAsync(other));

            var log = await store.LoadAsync(request.Header.ConversationId);
            Assert.Equal(MessageType.AssistanceRequest, Assert.Single(log.Messages).Header.MessageType);
        }
    }

    [Fact]
    public async Task Stores_list_their_conversations_in_id_order_and_an_unknown_one_has_an_empty_log()
    {
        var conversations = new[] { "eio-withdrawn", "epoc-pr-extension", "untoc-more-information" }
            .Select(n => CaseCorpus.Load(n).Select(m => m.Message).ToList()).ToList();
        foreach (var store in Stores())
        {
            foreach (var m in conversations.SelectMany(c => c))
            {
                await store.AppendAsync(m);
            }

            var ids = conversations.Select(c => c[0].Header.ConversationId).Order().ToList();
            Assert.Equal(ids, await store.ListConversationsAsync(10));
            Assert.Equal(ids.Take(2), await store.ListConversationsAsync(2));
            var empty = await store.LoadAsync(Guid.NewGuid());
            Assert.Empty(empty.Messages);
            Assert.Equal(RequestState.NotStarted, empty.Fold().State);
        }
    }

    [Fact]
    public async Task Concurrent_appends_of_one_conversation_keep_every_message_exactly_once()
    {
        var messages = CaseCorpus.Load("eio-partial-execution-postponement").Select(m => m.Message).ToList();
        foreach (var store in Stores())
        {
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).SelectMany(_ => messages).Select(m => Task.Run(async () => await store.AppendAsync(m))));

            Assert.Equal(messages.Count, outcomes.Count(o => o == CaseAppendOutcome.Added));
            Assert.DoesNotContain(CaseAppendOutcome.Conflict, outcomes);
            Assert.Equal(messages.Count, (await store.LoadAsync(messages[0].Header.ConversationId)).Messages.Count);
        }
    }

    [Fact]
    public async Task File_store_reports_a_changed_file_as_a_finding_and_leaves_it_out_of_the_case()
    {
        var messages = CaseCorpus.Load("eio-withdrawn").Select(m => m.Message).ToList();
        var store = new FileSystemCaseStore(Path.Combine(folder, "tampered"));
        foreach (var m in messages)
        {
            await store.AppendAsync(m);
        }

        var conversation = messages[0].Header.ConversationId;
        var victim = Path.Combine(folder, "tampered", conversation.ToString("D"), messages[^1].Header.MessageId.ToString("D") + ".json");
        File.WriteAllText(victim, "{\"header\":");
        var moved = Path.Combine(folder, "tampered", conversation.ToString("D"), Guid.NewGuid().ToString("D") + ".json");
        File.Copy(Path.Combine(folder, "tampered", conversation.ToString("D"), messages[1].Header.MessageId.ToString("D") + ".json"), moved);

        var log = await store.LoadAsync(conversation);

        Assert.False(log.IsSuccess);
        Assert.Contains(log.Findings, f => f.Code == FindingCodes.JsonMalformed);
        Assert.Contains(log.Findings, f => f.Code == FindingCodes.FlowOtherConversation && f.Pointer == "/header/messageId");
        Assert.Equal(messages.Count - 1, log.Messages.Count);
    }

    [Fact]
    public async Task File_store_folder_is_read_by_mlat_case_status_as_the_same_case()
    {
        // The store's layout is the corpus layout: one folder per conversation, one message per file.
        var messages = CaseCorpus.Load("untoc-more-information").Select(m => m.Message).ToList();
        var store = new FileSystemCaseStore(folder);
        foreach (var m in messages)
        {
            await store.AppendAsync(m);
        }

        Assert.Equal(messages.Count, Directory.GetFiles(Path.Combine(folder, messages[0].Header.ConversationId.ToString("D")), "*.json").Length);
        var at = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var (exit, stdout, _) = Mlat.Sdk.Tests.Cli.CliRunner.Run("case", "status", folder, "--format", "json", "--at", "2027-01-01T00:00:00Z");
        Assert.Equal(0, exit);
        Assert.Equal(CaseStateJson.ToJson(CaseState.Start(messages[0].Header.ConversationId).ApplyAll(messages), at), stdout.Trim());
    }

    private static void AssertObservablesEqual(CaseState state, CaseSnapshot back)
    {
        Assert.Equal(state.ConversationId, back.ConversationId);
        Assert.Equal(state.Instrument, back.Instrument);
        Assert.Equal(state.State, back.State);
        Assert.Equal(state.Messages.Select(m => m.Header.MessageId), back.MessageIds);
        Assert.Equal(state.Measures, back.Measures);
        Assert.Equal(state.Parties, back.Parties);
        Assert.Equal(state.Deadlines, back.Deadlines);
        Assert.Equal(state.OpenDeadlines, back.OpenDeadlines);
        Assert.Equal(state.Events, back.Events);
        Assert.Equal(state.Findings, back.Findings);
        Assert.Equal(state.AllowedNext, back.AllowedNext);
        foreach (var at in state.Deadlines.SelectMany(d => new[] { d.DueAt.AddSeconds(-1), d.DueAt.AddSeconds(1) }))
        {
            Assert.Equal(state.OverdueAt(at), back.OverdueAt(at));
        }
    }

    private static string ReplaceFirstDueAt(string json)
    {
        var at = json.IndexOf("\"dueAt\":\"", StringComparison.Ordinal) + 9;
        return json[..at] + "tomorrow" + json[json.IndexOf('"', at)..];
    }

    private IEnumerable<ICaseStore> Stores()
    {
        yield return new InMemoryCaseStore();
        yield return new FileSystemCaseStore(Path.Combine(folder, Guid.NewGuid().ToString("N")));
    }
}
