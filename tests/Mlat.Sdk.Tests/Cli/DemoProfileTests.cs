using System.Text.Json.Nodes;

namespace Mlat.Sdk.Tests.Cli;

/// <summary>
/// Issue 19's demo point: the Paris node publishes a signed country profile, and the Munich draft is checked against it
/// before signing. The published profile verifies against the demo's trust list, the demo's draft meets it, and the same
/// draft in a language Paris does not accept, or by another route, does not.
/// </summary>
public sealed class DemoProfileTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("mlat-demo-profile-");

    public void Dispose() => dir.Delete(recursive: true);

    private string P(string relative) => Path.Combine(dir.FullName, relative);

    [Fact]
    public void The_Paris_profile_is_signed_and_verified_and_the_Munich_draft_meets_it_before_signing()
    {
        var (exit, stdout, _) = CliRunner.Run("demo", "--out", dir.FullName);
        Assert.Equal(0, exit);
        var checkedAt = stdout.IndexOf("checked against the country profile Paris publishes (signature verified): every requirement met", StringComparison.Ordinal);
        Assert.True(checkedAt > 0 && checkedAt < stdout.IndexOf("prosecutor signed (ISSUING)", StringComparison.Ordinal), stdout);

        var profile = JsonNode.Parse(File.ReadAllText(P("capabilities/fr.json")))!;
        Assert.Equal("1.1", (string?)profile["capabilitiesVersion"]);
        Assert.NotEmpty(profile["signatures"]!.AsArray());
        var (validExit, validOutput, _) = CliRunner.Run("capabilities", "validate", P("capabilities/fr.json"), "--trust", P("keys/trust-list.json"));
        Assert.True(validExit == 0, validOutput);
        Assert.Contains("signatures verified", validOutput, StringComparison.Ordinal);

        var draft = P("de/01-eio-request.json");
        Assert.Equal(0, CliRunner.Run("validate", draft, "--recipient", P("capabilities/fr.json"), "--recipient-trust", P("keys/trust-list.json")).Exit);

        var other = JsonNode.Parse(File.ReadAllText(draft))!;
        other["header"]!["route"] = "DIPLOMATIC";
        var otherPath = P("de/other-route.json");
        File.WriteAllText(otherPath, other.ToJsonString());
        var (failed, output, _) = CliRunner.Run("validate", otherPath, "--recipient", P("capabilities/fr.json"), "--recipient-trust", P("keys/trust-list.json"), "--format", "json");
        Assert.Equal(1, failed);
        var finding = Assert.Single(JsonNode.Parse(output)!["findings"]!.AsArray())!;
        Assert.Equal(("MLAT-REQ-CHANNEL", "/header/route"), ((string)finding["code"]!, (string)finding["pointer"]!));
    }
}
