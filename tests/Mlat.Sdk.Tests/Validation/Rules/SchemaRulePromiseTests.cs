using System.Text.Json;
using System.Text.RegularExpressions;
using Mlat.Sdk.Validation.Rules;

namespace Mlat.Sdk.Tests.Validation.Rules;

/// <summary>
/// Issue 11 point 3: every sentence of a schema <c>description</c> that promises a business-rule check ("the business
/// rules check …", "… checked by the business rules") names the rule that keeps the promise, and that rule exists.
/// A promise naming no implemented rule fails: implement the rule or remove the sentence.
/// </summary>
public sealed partial class SchemaRulePromiseTests
{
    public static TheoryData<string> Releases() => SchemaIndexTests.Releases();

    [Theory]
    [MemberData(nameof(Releases))]
    public void Every_promise_of_a_business_rule_in_a_schema_description_names_an_implemented_rule(string version)
    {
        var folder = Path.Combine(TestPaths.Schemas, version);
        var promises = Directory.EnumerateFiles(folder, "*.schema.json", SearchOption.AllDirectories)
            .SelectMany(f => Descriptions(JsonDocument.Parse(File.ReadAllText(f)).RootElement).Select(d => (File: Path.GetRelativePath(folder, f), Text: d)))
            .SelectMany(d => Sentences(d.Text).Where(IsPromise).Select(s => (d.File, Sentence: s)))
            .ToList();

        Assert.NotEmpty(promises); // the schemas do promise rule checks; the test must see them
        Assert.All(promises, p => Assert.True(Broken(p.Sentence) is null, $"{p.File}: {Broken(p.Sentence)}: \"{p.Sentence}\""));
    }

    [Theory]
    [InlineData("Expected with POSTPONED; the business rules check it.", true, "names no rule")]
    [InlineData("Number is at most of (checked by the business rules).", true, "names no rule")]
    [InlineData("The business rules compare it with the deadlines of the request (MLAT-R-9999).", true, "names a rule that does not exist")]
    [InlineData("The business rules check it (MLAT-R-0049).", true, null)]
    [InlineData("A bare P is rejected by the SDK's rule layer.", true, "names no rule")]
    [InlineData("The profile selects the business rules listed for it in rules.json.", false, null)]
    public void Promise_detection_and_its_verdict(string sentence, bool promise, string? broken)
    {
        Assert.Equal(promise, IsPromise(sentence));
        Assert.Equal(broken, promise ? Broken(sentence) : null);
    }

    private static string? Broken(string sentence)
    {
        var ids = RuleId().Matches(sentence).Select(m => m.Value).ToList();
        if (ids.Count == 0)
        {
            return "names no rule";
        }

        return ids.All(id => RuleSet.All.Any(r => r.Id == id)) ? null : "names a rule that does not exist";
    }

    private static bool IsPromise(string sentence) => Promise().IsMatch(sentence);

    private static string[] Sentences(string text) => SentenceEnd().Split(text);

    private static IEnumerable<string> Descriptions(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    if (p.Name == "description" && p.Value.ValueKind == JsonValueKind.String)
                    {
                        yield return p.Value.GetString()!;
                    }
                    else
                    {
                        foreach (var d in Descriptions(p.Value))
                        {
                            yield return d;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var d in element.EnumerateArray().SelectMany(Descriptions))
                {
                    yield return d;
                }

                break;
        }
    }

    // "the business rules check/report/require/compare/verify/flag …" or "checked/reported/verified/enforced by the rules".
    [GeneratedRegex(@"\b(business rules?|the rules)\b[^.;]*?\b(check|checks|report|reports|require|requires|compare|compares|verif\w*|flag\w*)\b|\b(checked|reported|verified|enforced|rejected)\b[^.;]*?\bby (the )?(business |SDK's )?rules?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Promise();

    [GeneratedRegex(@"(?<=[.;])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"MLAT-R-[0-9]{4}")]
    private static partial Regex RuleId();
}
