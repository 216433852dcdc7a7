using System.Text.RegularExpressions;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>A draft-07 enum cannot describe its values, so docs/code-lists.md must document every value of every enum.</summary>
public sealed class CodeListDocumentationTests
{
    private static readonly string Documentation = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "code-lists.md"));

    public static TheoryData<string, string> EnumDefinitions()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in SchemaModel.CommonFiles)
        {
            foreach (var (name, schema) in SchemaModel.Definitions(file))
            {
                if (SchemaModel.IsStringEnum(schema!.AsObject()) && name is not ("CountryCode" or "LanguageCode"))
                {
                    data.Add(file, name);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EnumDefinitions))]
    public void Every_value_of_the_enum_has_a_row_in_its_section_of_the_code_list_page(string file, string name)
    {
        var section = Regex.Match(Documentation, $@"^##+ {name}\n(?<body>.*?)(?=^##+ |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(section.Success, $"no section for {name}");
        var documented = Regex.Matches(section.Groups["body"].Value, @"^\| `(?<v>[^`]+)` \|", RegexOptions.Multiline)
            .Select(m => m.Groups["v"].Value)
            .Order(StringComparer.Ordinal);

        var values = SchemaModel.Definitions(file)[name]!["enum"]!.AsArray().Select(v => (string)v!).Order(StringComparer.Ordinal);

        Assert.Equal(values, documented);
    }
}
