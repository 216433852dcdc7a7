using System.Reflection;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Tests.Validation;

public sealed class FindingCategoryTests
{
    public static TheoryData<string> DeclaredCodes()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(FindingCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeclaredCodes))]
    public void Every_declared_code_carries_a_category(string code)
    {
        Assert.NotEqual(FindingCategory.Unknown, Finding.Error(code, string.Empty, "m").Category);
    }

    [Fact]
    public void A_code_the_SDK_does_not_declare_has_the_unknown_category()
    {
        Assert.Equal(FindingCategory.Unknown, Finding.Error("PEER-XYZ", string.Empty, "m").Category);
    }

    [Fact]
    public void Every_finding_of_the_sample_corpus_carries_the_category_of_the_step_that_made_it()
    {
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "manifest.json")))!;
        var seen = new HashSet<FindingCategory>();
        foreach (var c in manifest["cases"]!.AsArray())
        {
            var report = MlatValidator.Default.Validate(File.ReadAllBytes(Path.Combine(TestPaths.Samples, (string)c!["file"]!)));
            foreach (var f in report.Findings)
            {
                var expected = f.Code.StartsWith("schema.", StringComparison.Ordinal) ? FindingCategory.Schema
                    : f.Code.StartsWith("MLAT-R-", StringComparison.Ordinal) ? FindingCategory.Rule
                    : FindingCodes.CategoryOf(f.Code);
                Assert.NotEqual(FindingCategory.Unknown, f.Category);
                Assert.Equal(expected, f.Category);
                seen.Add(f.Category);
            }
        }

        // The corpus exercises the header checks, the schema and the rules.
        Assert.Superset(new HashSet<FindingCategory> { FindingCategory.MessageType, FindingCategory.Schema, FindingCategory.Rule }, seen);
    }

    [Fact]
    public void A_finding_of_the_strict_reader_carries_the_json_category()
    {
        var report = MlatValidator.Default.Validate("""{"header":{},"header":{}}"""u8.ToArray());

        Assert.Contains(report.Findings, f => f.Code == FindingCodes.JsonDuplicateMember && f.Category == FindingCategory.Json);
    }
}
