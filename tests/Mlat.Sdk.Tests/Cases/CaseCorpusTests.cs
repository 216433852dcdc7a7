using System.Text.Json;
using Mlat.Sdk.Cases;

namespace Mlat.Sdk.Tests.Cases;

/// <summary>
/// Every conversation of samples/cases folds to the state, measures, parties, deadlines, allowed messages and findings
/// its expected.json states (written by hand from the legal periods), in file order, reversed, and with every message
/// given twice.
/// </summary>
public sealed class CaseCorpusTests
{
    public static TheoryData<string> Names() => [.. CaseCorpus.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Conversation_folds_to_its_expected_state_in_any_order(string name)
    {
        var messages = CaseCorpus.Load(name);
        var expected = CaseCorpus.Expected(name);
        var at = expected.TryGetProperty("at", out var a) ? a.GetDateTimeOffset() : DateTimeOffset.Parse("2030-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var start = CaseState.Start(messages[0].Message.Header.ConversationId);

        var inOrder = start.ApplyAll(messages.Select(m => m.Message));
        var reversed = start.ApplyAll(messages.Select(m => m.Message).Reverse());
        var twice = start.ApplyAll(messages.Select(m => m.Message).Concat(messages.Select(m => m.Message).Reverse()));
        var json = CaseStateJson.ToJson(inOrder, at);
        Assert.Equal(json, CaseStateJson.ToJson(reversed, at));
        Assert.Equal(json, CaseStateJson.ToJson(twice, at));

        var actual = JsonDocument.Parse(CaseCorpus.Named(json, messages)).RootElement;
        foreach (var member in expected.EnumerateObject())
        {
            switch (member.Name)
            {
                case "description" or "at":
                    break;
                case "checks":
                    foreach (var check in member.Value.EnumerateArray())
                    {
                        var overdue = inOrder.OverdueAt(check.GetProperty("at").GetDateTimeOffset()).Select(d => CaseCorpus.Named(d.Id, messages));
                        Assert.Equal(check.GetProperty("overdue").EnumerateArray().Select(e => e.GetString()), overdue);
                    }

                    break;
                case "transitions":
                    Assert.Equal(member.Value.EnumerateArray().Select(e => e.GetString()), inOrder.Events.Select(e => e.TransitionId));
                    break;
                default:
                    Assert.True(actual.TryGetProperty(member.Name, out var value), $"{name}: no member {member.Name}");
                    JsonSubset.AssertContains(member.Value, value, $"{name}/{member.Name}");
                    break;
            }
        }
    }

    [Fact]
    public void The_corpus_has_the_conversations_the_issue_asks_for_and_a_sample_of_every_flow_code()
    {
        var names = CaseCorpus.Names.ToList();
        Assert.Superset(new HashSet<string> { "eio-partial-execution-postponement", "eio-refused-in-part", "eio-withdrawn", "epoc-enforcing-review", "epoc-pr-extension", "untoc-more-information" }, names.ToHashSet());
        var sampled = names.SelectMany(n =>
        {
            var start = CaseCorpus.Load(n);
            return CaseState.Start(start[0].Message.Header.ConversationId).ApplyAll(start.Select(m => m.Message)).Findings.Select(f => f.Finding.Code);
        }).ToHashSet(StringComparer.Ordinal);
        var declared = typeof(FindingCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
            .Where(c => c.StartsWith("MLAT-FLOW-", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(12, declared.Count);
        Assert.Empty(declared.Except(sampled).Order(StringComparer.Ordinal));
    }
}

/// <summary>Expected JSON is a subset of the actual: every expected member is present and equal; arrays have the same length and match item by item.</summary>
internal static class JsonSubset
{
    public static void AssertContains(JsonElement expected, JsonElement actual, string path)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.True(actual.ValueKind == JsonValueKind.Object, $"{path}: expected an object, got {actual.ValueKind}");
                foreach (var p in expected.EnumerateObject())
                {
                    Assert.True(actual.TryGetProperty(p.Name, out var v), $"{path}: missing {p.Name} in {actual}");
                    AssertContains(p.Value, v, path + "/" + p.Name);
                }

                break;
            case JsonValueKind.Array:
                Assert.True(actual.ValueKind == JsonValueKind.Array, $"{path}: expected an array, got {actual.ValueKind}");
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), $"{path}: expected {expected.GetArrayLength()} items, got {actual}");
                var i = 0;
                foreach (var (e, a) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    AssertContains(e, a, $"{path}/{i++}");
                }

                break;
            default:
                Assert.True(expected.GetRawText() == actual.GetRawText(), $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                break;
        }
    }
}
