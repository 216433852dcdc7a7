using System.Text.Json.Nodes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Tests.Validation.Rules;

/// <summary>
/// Issue 11 point 4: a wrong code-list value is deprecated the way a MINOR release allows — still readable and valid,
/// reported as a MLAT-CODE-DEPRECATED warning at the member, with the replacement named (docs/code-lists.md).
/// </summary>
public sealed class DeprecatedCodeTests
{
    private static byte[] WithGround(string version, string code)
    {
        var node = JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, version, "valid", "RefusalNotice", "minimal-ne-bis-in-idem.json")))!;
        node["body"]!["grounds"]![0]!["code"] = code;
        return System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.1")]
    public void Deprecated_refusal_ground_is_read_valid_and_reported_as_a_warning_naming_the_replacement(string version)
    {
        var report = MlatValidator.Default.Validate(WithGround(version, "EIO_ART11_2"));

        Assert.True(report.IsSuccess);
        Assert.Equal(RefusalGroundCode.EioArt11Para2, ((RefusalNotice)report.MessageOrThrow().Body).Grounds[0].Code);
        var finding = Assert.Single(report.Findings);
        Assert.Equal((FindingCodes.CodeDeprecated, "/body/grounds/0/code", FindingSeverity.Warning), (finding.Code, finding.Pointer, finding.Severity));
        Assert.Contains("EIO_ART11_1_H", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replacement_ground_is_not_reported()
        => Assert.Empty(MlatValidator.Default.Validate(WithGround("1.1", "EIO_ART11_1_H")).Findings);

    [Fact]
    public void Code_lists_page_documents_every_deprecated_value_with_its_replacement()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "code-lists.md"));
        var section = text[text.IndexOf("## Deprecated values", StringComparison.Ordinal)..];
        Assert.Contains("| RefusalGroundCode | `EIO_ART11_2` |", section, StringComparison.Ordinal);
        Assert.Contains("`EIO_ART11_1_H`", section, StringComparison.Ordinal);
    }
}
