using System.Text.Json;
using Mlat.Cli;

namespace Mlat.Sdk.Conformance.Tests;

/// <summary>Issue 3: <c>mlat validate</c> shows rule findings with their ids, and <c>--profile</c> forces a profile.</summary>
public sealed class ValidateProfileOptionTests
{
    private static readonly string Refusal = Path.Combine(TestPaths.Samples, "1.0", "valid", "RefusalNotice", "full-untoc-spain-to-brazil.json");

    private static (int Exit, JsonElement Report, string Text) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = MlatCli.Run(["validate", .. args], stdout, stderr);
        var text = stdout.ToString();
        return (exit, args.Contains("json") ? JsonDocument.Parse(text).RootElement.Clone() : default, text + stderr);
    }

    [Fact]
    public void Forced_profile_runs_its_rules_on_a_reply_and_the_output_names_rule_and_profile()
    {
        var plain = Run("--format", "json", Refusal);
        Assert.Equal(ExitCodes.Success, plain.Exit);
        Assert.Equal(JsonValueKind.Null, plain.Report.GetProperty("profile").ValueKind);

        var forced = Run("--format", "json", "--profile", "EIO", Refusal);
        Assert.Equal(ExitCodes.Failed, forced.Exit);
        Assert.Equal("EIO", forced.Report.GetProperty("profile").GetString());
        var finding = Assert.Single(forced.Report.GetProperty("findings").EnumerateArray());
        Assert.Equal(("MLAT-R-0028", "/body/grounds/0/code", "ERROR"), (finding.GetProperty("code").GetString(), finding.GetProperty("pointer").GetString(), finding.GetProperty("severity").GetString()));

        var text = Run("--profile", "EIO", Refusal);
        Assert.Contains("MLAT-R-0028", text.Text, StringComparison.Ordinal);
        Assert.Contains("/body/grounds/0/code", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_profile_is_a_usage_error()
        => Assert.Equal(ExitCodes.Usage, Run("--profile", "EPOC", Refusal).Exit);
}
