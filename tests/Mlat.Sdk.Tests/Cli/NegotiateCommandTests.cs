using System.Text.Json.Nodes;

namespace Mlat.Sdk.Tests.Cli;

public sealed class NegotiateCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("mlat-neg-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Side(string sample, string side)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, "negotiation", sample + ".json")))![side]!;
        var path = Path.Combine(dir, sample + "." + side + ".json");
        File.WriteAllText(path, node.ToJsonString());
        return path;
    }

    [Fact]
    public void Common_version_exits_0_and_prints_the_version_with_its_reason()
    {
        var (exit, output, error) = CliRunner.Run("negotiate", Side("equal-sets", "sender"), Side("equal-sets", "receiver"), "--message-type", "AssistanceRequest");

        Assert.Equal(0, exit);
        Assert.StartsWith("AssistanceRequest: 1.1", output, StringComparison.Ordinal);
        Assert.Contains("HIGHEST_COMMON", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public void No_common_version_exits_1_and_json_names_both_sides_versions()
    {
        var (exit, output, _) = CliRunner.Run("negotiate", Side("disjoint-sets", "sender"), Side("disjoint-sets", "receiver"), "--message-type", "AssistanceRequest", "--format", "json");

        Assert.Equal(1, exit);
        var result = JsonNode.Parse(output)!;
        Assert.False((bool)result["success"]!);
        Assert.Null(result["version"]);
        var finding = Assert.Single(result["findings"]!.AsArray())!;
        Assert.Equal("MLAT-VER-NO-COMMON", (string?)finding["code"]);
        Assert.Contains("[1.0]", (string)finding["message"]!, StringComparison.Ordinal);
        Assert.Contains("[1.1]", (string)finding["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Down_conversion_rescue_is_reported_with_the_version_to_write()
    {
        var (exit, output, _) = CliRunner.Run("negotiate", Side("down-conversion-rescue", "sender"), Side("down-conversion-rescue", "receiver"), "--message-type", "AssistanceRequest", "--format", "json");

        Assert.Equal(0, exit);
        var result = JsonNode.Parse(output)!;
        Assert.Equal("1.0", (string?)result["version"]);
        Assert.Equal("1.1", (string?)result["convertFrom"]);
        Assert.Contains(result["reasons"]!.AsArray(), r => (string?)r!["code"] == "DOWN_CONVERSION");
    }

    [Fact]
    public void Without_message_type_every_type_the_local_party_sends_is_negotiated()
    {
        var (exit, output, _) = CliRunner.Run("negotiate", Side("equal-sets", "sender"), Side("equal-sets", "receiver"), "--format", "json");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(23, lines.Count);
        Assert.All(lines, l => Assert.Equal("1.1", (string?)l["version"]));
    }

    [Fact]
    public void Missing_file_exits_2_with_the_unreadable_code()
    {
        var (exit, _, error) = CliRunner.Run("negotiate", Path.Combine(dir, "none.json"), Side("equal-sets", "receiver"));

        Assert.Equal(2, exit);
        Assert.Contains("MLAT-CLI-UNREADABLE", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_not_capabilities_exits_2_with_its_code()
    {
        var bad = Path.Combine(dir, "bad.json");
        File.WriteAllText(bad, "{\"versions\":[]}");

        var (exit, _, error) = CliRunner.Run("negotiate", bad, Side("equal-sets", "receiver"));

        Assert.Equal(2, exit);
        Assert.Contains("MLAT-VER-CAPABILITIES-INVALID", error, StringComparison.Ordinal);
    }
}
