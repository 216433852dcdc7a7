namespace Mlat.Sdk.Tests.Cli;

/// <summary>Issue 6, "must show": the demo runs in-process, and its artifacts validate with <c>mlat validate</c> and
/// verify with <c>mlat verify</c>; a changed attachment no longer verifies.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("mlat-demo-");

    public void Dispose() => dir.Delete(true);

    private string P(string relative) => Path.Combine(dir.FullName, relative);

    [Fact]
    public void Demo_runs_and_its_messages_validate_and_verify_with_the_cli()
    {
        var (exit, stdout, _) = CliRunner.Run("demo", "--out", dir.FullName);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("FAILED", stdout, StringComparison.Ordinal);
        string[] messages = ["de/01-eio-request.json", "de/02-eio-request.signed.json", "fr/03-eio-request.received.json", "outbox-fr-to-de/04-acknowledgement.signed.json", "outbox-fr-to-de/05-evidence.signed.json"];
        foreach (var m in messages)
        {
            Assert.Contains(Path.GetFileName(m), stdout, StringComparison.Ordinal); // the timeline says where each artifact is
        }

        var validate = CliRunner.Run(["validate", "--format", "json", .. messages.Select(P)]);
        Assert.Equal(0, validate.Exit);
        var reports = validate.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.Nodes.JsonNode.Parse(l)!).ToList();
        Assert.Equal(messages.Length, reports.Count);
        Assert.All(reports, r => Assert.Equal("1.2", (string?)r["version"])); // negotiated with Paris, which receives 1.1 and 1.2
        // 1.2 additions in use: the request states its route and file number, and every reply repeats that number.
        var request = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(P("de/01-eio-request.json")))!;
        Assert.Equal("DIRECT_JUDICIAL", (string?)request["header"]!["route"]);
        Assert.Equal("123 Js 4567/26", (string?)request["header"]!["ourReference"]);
        var received = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(P("fr/03-eio-request.received.json")))!;
        Assert.Equal("123 Js 4567/26", (string?)received["header"]!["ourReference"]);
        var trust = P("keys/trust-list.json");
        Assert.Equal(0, CliRunner.Run("verify", P("de/02-eio-request.signed.json"), "--trust", trust, "--as", "FR:TJ-Paris-Parquet").Exit);
        Assert.Equal(0, CliRunner.Run("verify", P("outbox-fr-to-de/04-acknowledgement.signed.json"), "--trust", trust, "--as", "DE:StA-Muenchen-I").Exit);
        Assert.Equal(0, CliRunner.Run(
            "verify", P("outbox-fr-to-de/05-evidence.signed.json"), "--trust", trust,
            "--attach", "A1=" + P("outbox-fr-to-de/attachments/releves-de-compte.csv"),
            "--attach", "A2=" + P("outbox-fr-to-de/attachments/ouverture-de-compte.pdf")).Exit);
        Assert.True(File.Exists(P("outbox-de-to-fr/eio-request.jwe")));
    }

    [Fact]
    public void Demo_takes_its_time_from_the_time_provider_and_its_story_starts_two_days_before()
    {
        var now = new DateTimeOffset(2027, 3, 15, 10, 30, 0, TimeSpan.Zero);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = Mlat.Cli.DemoCommand.Run(dir.FullName, new FixedTime(now), stdout, stderr);

        Assert.Equal(0, exit);
        var stamps = stdout.ToString().Split('\n').Where(l => l.Length > 17 && l[16] == 'Z' && l.StartsWith("2027-", StringComparison.Ordinal)).Select(l => l[..16]).ToList();
        Assert.Equal("2027-03-13 10:30", stamps[0]);
        Assert.Equal(stamps.Order(StringComparer.Ordinal), stamps); // a timeline: never backwards
        Assert.True(string.CompareOrdinal(stamps[^1], "2027-03-15 10:30") <= 0); // and never after now, so every signature is already valid
    }

    [Fact]
    public void Demo_ends_with_the_case_status_folded_from_its_case_store_as_mlat_case_status_prints_it()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        Assert.Equal(0, Mlat.Cli.DemoCommand.Run(dir.FullName, new FixedTime(new DateTimeOffset(2027, 3, 15, 10, 30, 0, TimeSpan.Zero)), stdout, stderr));

        var output = stdout.ToString();
        var status = output[(output.IndexOf("case status:\n", StringComparison.Ordinal) + "case status:\n".Length)..output.IndexOf("\ncheck them yourself", StringComparison.Ordinal)].TrimEnd('\n');
        var conversation = Path.GetFileName(Assert.Single(Directory.GetDirectories(P("cases"))));
        Assert.StartsWith($"conversation {conversation}: EIO, IN_EXECUTION (4 message(s))\n  measures: m1 IN_PROGRESS\n", status, StringComparison.Ordinal);
        Assert.Matches(@"statutory/ACKNOWLEDGEMENT +ACKNOWLEDGEMENT +due 2027-03-21T00:00:00Z  MET  \[STATUTORY EIO art\. 16\(1\), annex B", status);
        Assert.Matches(@"statutory/RECOGNITION_DECISION +RECOGNITION_DECISION +due 2027-04-13T00:00:00Z  MET", status);
        Assert.Matches(@"statutory/EXECUTION +EXECUTION +due 2027-06-13T00:00:00Z  90d 5h left  \[STATUTORY EIO art\. 12\(4\)", status);
        Assert.Contains("next (EXECUTING): ", status, StringComparison.Ordinal);
        Assert.True(File.Exists(P("case-timeline.html")));

        // The same case, read back from the store's folder by the command line, prints the same lines.
        var at = System.Text.RegularExpressions.Regex.Match(status, @"deadlines at (\S+):").Groups[1].Value;
        var (exit, cli, _) = CliRunner.Run("case", "status", P(Path.Combine("cases", conversation)), "--at", at);
        Assert.Equal(0, exit);
        Assert.Equal(status, cli.TrimEnd('\n'));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Demo_evidence_does_not_verify_once_an_attachment_is_changed()
    {
        Assert.Equal(0, CliRunner.Run("demo", "--out", dir.FullName).Exit);
        var a1 = P("outbox-fr-to-de/attachments/releves-de-compte.csv");
        File.AppendAllText(a1, "2026-09-04;FR76 TEST 0000;1.00\n");

        var (exit, stdout, _) = CliRunner.Run(
            "verify", P("outbox-fr-to-de/05-evidence.signed.json"), "--trust", P("keys/trust-list.json"), "--format", "json",
            "--attach", "A1=" + a1, "--attach", "A2=" + P("outbox-fr-to-de/attachments/ouverture-de-compte.pdf"));

        Assert.Equal(1, exit);
        Assert.Contains("MLAT-SIG-", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_request_carries_the_judges_parallel_approval_signature_and_encrypted_for_paris()
    {
        Assert.Equal(0, CliRunner.Run("demo", "--out", dir.FullName).Exit);

        var (exit, stdout, _) = CliRunner.Run("verify", P("de/02-eio-request.signed.json"), "--trust", P("keys/trust-list.json"), "--format", "json");
        Assert.Equal(0, exit);
        Assert.Contains("VALIDATING", stdout, StringComparison.Ordinal);
        Assert.Contains("DE:AG-Muenchen", stdout, StringComparison.Ordinal);
        Assert.Equal(5, File.ReadAllText(P("outbox-de-to-fr/eio-request.jwe")).Split('.').Length); // JWE compact serialization, RFC 7516 §7.1
    }
}
