using System.Reflection;
using System.Text.RegularExpressions;
using Mlat.Sdk.Validation.Rules;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Conformance.Tests.Kit;

/// <summary>
/// Issue 18: the conformance page shows only codes that exist. Every finding code, family and rule id that
/// docs/conformance.md names is looked up in the SDK itself (the constants of <see cref="FindingCodes"/>, the schema
/// keyword table, the business rules, the command line's codes), not in another page.
/// </summary>
public sealed partial class ConformanceDocumentationTests
{
    private static readonly Lazy<HashSet<string>> SdkCodes = new(() =>
    {
        var codes = typeof(FindingCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Concat(SchemaKeywords.Table.Values.Select(k => "schema." + k))
            .Concat(RuleSet.All.Select(r => r.Id))
            .Concat(typeof(Mlat.Cli.CliCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (string)f.GetRawConstantValue()!));
        return codes.ToHashSet(StringComparer.Ordinal);
    });

    [Fact]
    public void Every_code_docs_conformance_names_exists_in_the_sdk()
    {
        var page = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "conformance.md"));
        var named = Named(page);

        Assert.Contains("schema.required", named);
        Assert.Contains("MLAT-JSON-DUPLICATE-MEMBER", named);
        Assert.Empty(Unknown(named));
    }

    [Fact]
    public void The_check_refuses_a_code_that_does_not_exist()
        => Assert.Equal(["MLAT-SCHEMA-REQUIRED", "MLAT-NOPE-"], Unknown(Named("`MLAT-SCHEMA-REQUIRED` and `schema.required` and `MLAT-NOPE-*` and `MLAT-SIG-*`")));

    private static List<string> Named(string text) => [.. Code().Matches(text).Select(m => m.Groups[1].Value).Distinct()];

    // A family ("MLAT-SIG-*", captured as "MLAT-SIG-") must be the prefix of at least one code.
    private static List<string> Unknown(IEnumerable<string> named) => [.. named.Where(c => c.EndsWith('-')
        ? !SdkCodes.Value.Any(k => k.StartsWith(c, StringComparison.Ordinal))
        : !SdkCodes.Value.Contains(c))];

    // MLAT-… anywhere (tables, JSON examples, prose), schema.<keyword> anywhere.
    [GeneratedRegex(@"(?<![A-Za-z0-9-])((?:MLAT-[A-Z0-9]+-(?:[A-Z0-9]+(?:-[A-Z0-9]+)*)?)|(?:schema\.[A-Za-z]+))")]
    private static partial Regex Code();
}
