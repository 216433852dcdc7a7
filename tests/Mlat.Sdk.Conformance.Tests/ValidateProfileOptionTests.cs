using System.Text.Json;
using Mlat.Cli;

namespace Mlat.Sdk.Conformance.Tests;

/// <summary>
/// Issues 3 and 11: <c>mlat validate</c> shows rule findings with their ids, <c>--profile</c> forces a profile, and
/// <c>--request</c> checks a reply in its request's context exactly as <c>MlatValidator.Validate(bytes, request)</c>.
/// </summary>
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
        => Assert.Equal(ExitCodes.Usage, Run("--profile", "EPOC_X", Refusal).Exit);

    public static TheoryData<string> ContextCases => SampleManifest.Ids(c => c.Request is not null);

    [Theory]
    [MemberData(nameof(ContextCases))]
    public void Request_option_gives_the_findings_of_validation_in_the_request_context(string id)
    {
        var sample = SampleManifest.Get(id);
        var expected = sample.Validate(File.ReadAllBytes(sample.FullPath)).Findings.Select(f => $"{f.Code} {f.Pointer}");
        string[] profile = sample.Profile is { } p ? ["--profile", p] : [];

        var run = Run(["--format", "json", .. profile, "--request", Path.Combine(TestPaths.Samples, sample.Request!), sample.FullPath]);

        Assert.Equal(sample.ExpectValid ? ExitCodes.Success : ExitCodes.Failed, run.Exit);
        Assert.Equal(expected, run.Report.GetProperty("findings").EnumerateArray().Select(f => $"{f.GetProperty("code").GetString()} {f.GetProperty("pointer").GetString()}"));
    }

    [Fact]
    public void Without_the_request_a_context_violation_goes_unseen_and_with_it_is_reported()
    {
        var file = Path.Combine(TestPaths.Samples, "1.0", "rules", "MLAT-R-0036", "violates-outcome-for-measure-not-in-request.json");
        var request = Path.Combine(TestPaths.Samples, "1.0", "valid", "AssistanceRequest", "eio-de-fr-bank-records-fraud.json");

        Assert.Equal(ExitCodes.Success, Run("--format", "json", file).Exit);
        var inContext = Run("--format", "json", "--request", request, file);
        Assert.Equal(ExitCodes.Failed, inContext.Exit);
        Assert.Equal("EIO", inContext.Report.GetProperty("profile").GetString());
        Assert.Contains(inContext.Report.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "MLAT-R-0036" && f.GetProperty("pointer").GetString() == "/body/outcomes/1/measureRef");
    }

    [Fact]
    public void Invalid_or_missing_request_is_a_usage_error_naming_its_code()
    {
        var file = Path.Combine(TestPaths.Samples, "1.0", "valid", "StatusUpdate", "full-delay-notice.json");
        var invalid = Path.Combine(TestPaths.Samples, "1.0", "invalid", "AcknowledgementOfReceipt", "missing-received-at.json");

        var bad = Run("--request", invalid, file);
        Assert.Equal(ExitCodes.Usage, bad.Exit);
        Assert.Contains("MLAT-CLI-BAD-REQUEST", bad.Text, StringComparison.Ordinal);
        Assert.Contains("/body/receivedAt", bad.Text, StringComparison.Ordinal);

        var reply = Run("--request", Path.Combine(TestPaths.Samples, "1.0", "valid", "RefusalNotice", "full-untoc-spain-to-brazil.json"), file);
        Assert.Equal(ExitCodes.Usage, reply.Exit);
        Assert.Contains("MLAT-CLI-BAD-REQUEST", reply.Text, StringComparison.Ordinal);

        var missing = Run("--request", Path.Combine(TestPaths.Samples, "no-such-request.json"), file);
        Assert.Equal(ExitCodes.Usage, missing.Exit);
        Assert.Contains("MLAT-CLI-UNREADABLE", missing.Text, StringComparison.Ordinal);
    }
}
