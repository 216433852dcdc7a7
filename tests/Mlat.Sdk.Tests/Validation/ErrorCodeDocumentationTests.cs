using System.Text.RegularExpressions;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Tests.Validation;

/// <summary>docs/error-codes.md and the code base list the same codes: none undocumented, none documented but gone.</summary>
public sealed partial class ErrorCodeDocumentationTests
{
    [Fact]
    public void Every_code_in_the_code_base_is_documented_and_every_documented_code_is_used()
    {
        var inCode = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => CodeLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Concat(SchemaKeywords.Table.Values.Select(k => "schema." + k))
            .ToHashSet(StringComparer.Ordinal);
        var documented = DocumentedCode().Matches(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "error-codes.md")))
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(inCode.Except(documented).Order(StringComparer.Ordinal));
        Assert.Empty(documented.Except(inCode).Order(StringComparer.Ordinal));
    }

    [GeneratedRegex("\"(MLAT-[A-Z0-9]+(?:-[A-Z0-9]+)+)\"")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex(@"^\| `([^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();
}
