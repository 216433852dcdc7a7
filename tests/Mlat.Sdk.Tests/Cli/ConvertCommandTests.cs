using System.Text.Json.Nodes;

namespace Mlat.Sdk.Tests.Cli;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("mlat-conv-").FullName;

    private static string Additions => Path.Combine(TestPaths.Samples, "1.1", "valid", "AssistanceRequest", "eio-threat-to-life-cyber-offence.json");

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Down_conversion_writes_a_valid_1_0_message_and_a_report_of_every_parked_and_mapped_path()
    {
        var output = Path.Combine(dir, "out.json");
        var report = Path.Combine(dir, "report.json");

        var (exit, stdout, error) = CliRunner.Run("convert", Additions, "--to", "1.0", "--out", output, "--report", report);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("converted 1.1 -> 1.0", stdout, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("validate", output).Exit);
        var json = JsonNode.Parse(File.ReadAllText(report))!;
        Assert.True((bool)json["success"]!);
        Assert.Equal(["1.1", "1.0"], json["path"]!.AsArray().Select(v => (string)v!));
        var changes = json["changes"]!.AsArray();
        Assert.Contains(changes, c => (string?)c!["kind"] == "ENUM_MAPPED" && (string?)c["pointer"] == "/body/urgency/reasons/0" && (string?)c["fallback"] == "OTHER");
        Assert.Contains(changes, c => (string?)c!["kind"] == "MEMBER_PARKED" && (string?)c["extensionKey"] == "mlat.v1.1:/body/offences/0/committedByInformationSystem");
    }

    [Fact]
    public void Lossy_conversion_exits_1_writes_no_output_and_reports_the_code()
    {
        var output = Path.Combine(dir, "out.json");
        var report = Path.Combine(dir, "report.json");
        var order = Path.Combine(TestPaths.Samples, "1.1", "valid", "ProductionOrder", "minimal.json");

        var (exit, stdout, _) = CliRunner.Run("convert", order, "--to", "1.0", "--out", output, "--report", report);

        Assert.Equal(1, exit);
        Assert.False(File.Exists(output));
        Assert.Contains("MLAT-CONV-LOSSY", stdout, StringComparison.Ordinal);
        var finding = Assert.Single(JsonNode.Parse(File.ReadAllText(report))!["findings"]!.AsArray())!;
        Assert.Equal("/header/messageType", (string?)finding["pointer"]);
    }

    [Theory]
    [InlineData("1.7")]
    [InlineData("one")]
    public void Unsupported_target_version_is_a_usage_error(string to)
    {
        var (exit, _, error) = CliRunner.Run("convert", Additions, "--to", to, "--out", Path.Combine(dir, "x.json"));

        Assert.Equal(2, exit);
        Assert.Contains("--to", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_options_and_unreadable_input_exit_2()
    {
        Assert.Equal(2, CliRunner.Run("convert", Additions, "--to", "1.0").Exit);
        var (exit, _, error) = CliRunner.Run("convert", Path.Combine(dir, "none.json"), "--to", "1.0", "--out", Path.Combine(dir, "x.json"));
        Assert.Equal(2, exit);
        Assert.Contains("MLAT-CLI-UNREADABLE", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_input_exits_1_with_its_validation_findings()
    {
        var bad = Path.Combine(dir, "bad.json");
        File.WriteAllText(bad, File.ReadAllText(Additions).Replace("\"profile\": \"EIO\"", "\"profile\": \"EIO_X\"", StringComparison.Ordinal));

        var (exit, stdout, _) = CliRunner.Run("convert", bad, "--to", "1.0", "--out", Path.Combine(dir, "x.json"));

        Assert.Equal(1, exit);
        Assert.Contains("schema.enum", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("EIO_X", stdout, StringComparison.Ordinal);
    }
}
