using System.Text.Json;

namespace Mlat.Sdk.Tests.Cli;

/// <summary><c>mlat case status</c>: the state of each conversation found in files and folders, at an instant.</summary>
public sealed class CaseCommandTests
{
    private static string Case(string name) => Path.Combine(TestPaths.Samples, "cases", name);

    [Fact]
    public void Status_prints_state_measures_deadlines_remaining_or_overdue_and_the_next_messages_of_a_folder()
    {
        var (exit, stdout, stderr) = CliRunner.Run("case", "status", Case("eio-partial-execution-postponement"), "--at", "2027-04-15T00:00:00Z");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("EIO, IN_EXECUTION (8 message(s))", stdout, StringComparison.Ordinal);
        Assert.Contains("measures: m1 EXECUTED, m2 PARTIALLY_EXECUTED", stdout, StringComparison.Ordinal);
        Assert.Matches(@"statutory/EXECUTION\s+EXECUTION\s+due 2027-04-10T00:00:00Z  OVERDUE by 5d 0h  \[STATUTORY EIO art\. 12\(4\); EXECUTING acts\]", stdout);
        Assert.Contains("next (EXECUTING): RequestForAdditionalInformation, RefusalNotice,", stdout, StringComparison.Ordinal);

        var before = CliRunner.Run("case", "status", Case("eio-partial-execution-postponement"), "--at", "2027-04-09T12:00:00Z").Out;
        Assert.Matches(@"statutory/EXECUTION\s+EXECUTION\s+due 2027-04-10T00:00:00Z  12h 00m left", before);
    }

    [Fact]
    public void Json_prints_one_object_per_conversation_and_a_flow_error_exits_1()
    {
        var (exit, stdout, _) = CliRunner.Run("case", "status", Case("eio-withdrawn"), Case("epoc-enforcing-review"), "--format", "json", "--at", "2026-12-04T00:00:00Z");

        Assert.Equal(1, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["WITHDRAWN", "IN_EXECUTION"], lines.OrderBy(l => l.GetProperty("conversationId").GetString(), StringComparer.Ordinal).Select(l => l.GetProperty("state").GetString()));
        var finding = Assert.Single(lines.SelectMany(l => l.GetProperty("findings").EnumerateArray()));
        Assert.Equal(("MLAT-FLOW-AFTER-WITHDRAWAL", "/header/messageType", "WITHDRAWN"),
            (finding.GetProperty("code").GetString(), finding.GetProperty("pointer").GetString(), finding.GetProperty("stateMet").GetString()));
    }

    [Fact]
    public void Bad_input_is_a_coded_cli_error_never_a_stack_trace()
    {
        var badInstant = CliRunner.Run("case", "status", Case("eio-withdrawn"), "--at", "2027-04-15 10:00");
        Assert.Equal((2, true), (badInstant.Exit, badInstant.Err.Contains("MLAT-CLI-BAD-INSTANT", StringComparison.Ordinal)));

        var missing = CliRunner.Run("case", "status", Case("no-such-conversation"));
        Assert.Equal((2, true), (missing.Exit, missing.Err.Contains("MLAT-CLI-UNREADABLE", StringComparison.Ordinal)));

        // A file named explicitly must be a message: expected.json is not (a folder skips it silently).
        var notMessage = CliRunner.Run("case", "status", Path.Combine(Case("eio-withdrawn"), "expected.json"));
        Assert.Equal(1, notMessage.Exit);
        Assert.Contains("is not a valid message and is not folded", notMessage.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", notMessage.Err, StringComparison.Ordinal);
    }
}
