using System.Text.RegularExpressions;
using Mlat.Sdk.Validation.Rules;

namespace Mlat.Sdk.Tests.Validation.Rules;

/// <summary>Issue 3: docs/rules.md and docs/error-codes.md list every rule of the code base, and nothing else.</summary>
public sealed partial class RulesDocumentationTests
{
    private static string Docs(string file) => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", file));

    [Fact]
    public void Rules_page_has_a_table_row_and_a_section_for_every_rule_and_no_other()
    {
        var text = Docs("rules.md");
        var rows = Row().Matches(text).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        var sections = Section().Matches(text).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(RuleSet.All.Select(r => (r.Id, Severity(r))), rows);
        Assert.Equal(RuleSet.All.Select(r => r.Id), sections);
        foreach (var rule in RuleSet.All)
        {
            var section = text[text.IndexOf($"### {rule.Id}", StringComparison.Ordinal)..];
            Assert.Contains(rule.LegalSource, section, StringComparison.Ordinal);
            Assert.Contains(rule.Description, section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Error_codes_page_lists_every_rule_with_its_severity_in_the_business_rules_table()
    {
        var text = Docs("error-codes.md");
        var table = text[text.IndexOf("## Business rules", StringComparison.Ordinal)..];
        var rows = Row().Matches(table).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();

        Assert.Equal(RuleSet.All.Select(r => (r.Id, Severity(r))), rows);
        Assert.DoesNotContain("MLAT-R-", text[..text.IndexOf("## Business rules", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    private static string Severity(BusinessRule rule) => rule.Severity == FindingSeverity.Error ? "ERROR" : "WARNING";

    [GeneratedRegex(@"^\| `(MLAT-R-[0-9]{4})` \| (ERROR|WARNING) \|", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex(@"^### (MLAT-R-[0-9]{4})$", RegexOptions.Multiline)]
    private static partial Regex Section();
}
