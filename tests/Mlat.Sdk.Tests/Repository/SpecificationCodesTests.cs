using System.Text.RegularExpressions;

namespace Mlat.Sdk.Tests.Repository;

/// <summary>
/// The specification names only codes that exist: every finding code it cites is in the registry
/// (docs/error-codes.md), which <c>ErrorCodeDocumentationTests</c> keeps equal to the codes the SDK reports. A code
/// renamed or retired in the SDK therefore cannot stay in the normative text unnoticed.
/// </summary>
public sealed partial class SpecificationCodesTests
{
    [Fact]
    public void Every_code_the_specification_names_is_a_registered_finding_code()
    {
        var registered = RegisteredCode().Matches(Read("error-codes.md")).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var named = NamedCode().Matches(Read("specification.md")).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        // Families (MLAT-SIG-*) and the command-line codes of the reference tool (not findings) are not single codes.
        var unknown = named.Where(c => !c.EndsWith('-') && !c.StartsWith("MLAT-CLI-", StringComparison.Ordinal) && !registered.Contains(c))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Contains("MLAT-SIG-CONTENT-DIGEST", named);
        Assert.Contains("schema.pattern", named);
        Assert.True(unknown.Count == 0, "specification.md names codes that docs/error-codes.md does not list: " + string.Join(", ", unknown));
    }

    private static string Read(string page) => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", page));

    [GeneratedRegex(@"^\| `([^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex RegisteredCode();

    // `MLAT-SIG-INVALID`, `schema.required`; a family `MLAT-JSON-*` is captured as "MLAT-JSON-" and skipped.
    [GeneratedRegex(@"`((?:MLAT-[A-Z0-9]+-(?:[A-Z0-9]+(?:-[A-Z0-9]+)*)?)|(?:schema\.[A-Za-z]+))(?:\*)?`")]
    private static partial Regex NamedCode();
}
