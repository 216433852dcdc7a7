using System.Text;
using System.Text.RegularExpressions;
using Mlat.Sdk.Cases;

namespace Mlat.Sdk.Tests.Cases;

/// <summary>
/// docs/cases.md draws every transition table (a mermaid state diagram of the rows that change the state, and the whole
/// table) and lists every statutory period; this test regenerates both from the code and fails when the page differs.
/// Run it with MLAT_UPDATE_DOCS=1 to rewrite the generated blocks.
/// </summary>
public sealed partial class CaseDocumentationTests
{
    private static string Page => Path.Combine(TestPaths.RepoRoot, "docs", "cases.md");

    [Fact]
    public void Cases_page_draws_every_transition_table_and_lists_every_statutory_period()
    {
        var text = File.ReadAllText(Page);
        var blocks = CaseTransitions.Instruments.ToDictionary(i => "table:" + CaseStateJson.Code(i), i => Table(i));
        blocks["periods"] = Periods();
        var updated = text;
        foreach (var (name, content) in blocks)
        {
            var pattern = new Regex($"<!-- {Regex.Escape(name)} -->\n.*?<!-- /{Regex.Escape(name)} -->", RegexOptions.Singleline);
            Assert.Matches(pattern, text);
            updated = pattern.Replace(updated, $"<!-- {name} -->\n{content}<!-- /{name} -->");
        }

        if (Environment.GetEnvironmentVariable("MLAT_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(Page, updated);
        }

        Assert.Equal(updated, text);
    }

    [Fact]
    public void Every_statutory_period_names_its_legal_source_and_the_page_cites_it()
    {
        var text = File.ReadAllText(Page);
        Assert.All(StatutoryPeriods.All, p =>
        {
            Assert.Matches(@"^(EIO art\. \d+|Regulation \(EU\) 2023/1543 art\. \d+|ETS 185 art\. 29)", p.LegalSource);
            Assert.Contains(p.LegalSource, text, StringComparison.Ordinal);
        });
    }

    internal static string Table(CaseInstrument instrument)
    {
        var rows = CaseTransitions.For(instrument);
        var sb = new StringBuilder();
        sb.Append("```mermaid\nstateDiagram-v2\n");
        var edges = new SortedDictionary<(string From, string To), List<string>>();
        foreach (var r in rows)
        {
            IEnumerable<string> targets = r.ReturnsToPrevious
                ? rows.Where(e => e.To is { } to && r.From.Contains(to) && !e.ReturnsToPrevious).SelectMany(e => e.From).Distinct().Select(s => CaseStateJson.Code(s))
                : r.To is { } target ? [CaseStateJson.Code(target)] : [];
            foreach (var from in r.From)
            {
                foreach (var to in targets)
                {
                    var key = (from == RequestState.NotStarted ? "[*]" : CaseStateJson.Code(from), to);
                    if (key.Item1 == to)
                    {
                        continue;
                    }

                    if (!edges.TryGetValue(key, out var labels))
                    {
                        edges[key] = labels = [];
                    }

                    labels.Add(Label(r));
                }
            }
        }

        foreach (var ((from, to), labels) in edges)
        {
            sb.Append($"    {from} --> {to}: {string.Join(", ", labels)}\n");
        }

        sb.Append("```\n\n| id | message | sender | condition | accepted in | leads to | source |\n|---|---|---|---|---|---|---|\n");
        foreach (var r in rows)
        {
            var to = r.ReturnsToPrevious ? "the state before" : r.To is { } t ? $"`{CaseStateJson.Code(t)}`" : "unchanged";
            var condition = r.Condition == TransitionCondition.Always ? string.Empty : CaseStateJson.Code(r.Condition);
            if (r.Guard != TransitionGuard.None)
            {
                condition = (condition.Length > 0 ? condition + ", " : string.Empty) + CaseStateJson.Code(r.Guard);
            }

            sb.Append($"| {r.Id} | `{r.MessageType}` | {(r.Sender is { } s ? CaseStateJson.Code(s) : "either")} | {condition} | {string.Join(", ", r.From.Select(f => CaseStateJson.Code(f)))} | {to} | {r.Source} |\n");
        }

        return sb.ToString();
    }

    private static string Label(CaseTransition r)
        => r.MessageType + (r.Condition == TransitionCondition.Always ? string.Empty : " " + CaseStateJson.Code(r.Condition)) + " (" + r.Id + ")";

    private static string Periods()
    {
        var sb = new StringBuilder("| instrument | deadline kind | period | runs from | when | who acts | legal source |\n|---|---|---|---|---|---|---|\n");
        foreach (var p in StatutoryPeriods.All)
        {
            var when = p.Emergency switch { true => "emergency", false => "no emergency", _ => "always" };
            sb.Append($"| {CaseStateJson.Code(p.Instrument)} | `{CaseStateJson.Code(p.Kind)}` | {p.Length} {(p.Unit == PeriodUnit.Days ? "days" : "hours")} | {CaseStateJson.Code(p.StartEvent)} | {when} | {CaseStateJson.Code(p.Owner)} | {p.LegalSource} |\n");
        }

        return sb.ToString();
    }
}
