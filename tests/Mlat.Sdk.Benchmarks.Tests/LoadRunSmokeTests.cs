namespace Mlat.Sdk.Benchmarks.Tests;

/// <summary>
/// The load run (benchmarks/README.md, "Load run") with a few messages, so it cannot rot: every scenario accepts every
/// message and reports its figures. Timings are not asserted.
/// </summary>
public sealed class LoadRunSmokeTests
{
    [Fact]
    public async Task The_baseline_and_the_SQLite_node_accept_every_message_and_report_throughput_and_latency()
    {
        var rows = await LoadRun.RunAsync(40, 4, postgres: null, redis: null, TextWriter.Null);

        Assert.Equal(["raw POST, empty endpoint (baseline)", "one node, SQLite"], rows.Select(r => r.Scenario));
        Assert.All(rows, r => Assert.Equal((40, 40), (r.Messages, r.Accepted)));
        Assert.All(rows, r => Assert.True(r.PerSecond > 0 && r.P50Ms > 0 && r.P99Ms >= r.P50Ms));
        Assert.Contains("| one node, SQLite | 40 | 40 |", LoadRun.Table(rows), StringComparison.Ordinal);
    }

    [RequiresFact(Requirement.PostgreSql, Requirement.Redis)]
    public async Task Two_nodes_on_PostgreSQL_and_Redis_accept_every_message()
    {
        var rows = await LoadRun.RunAsync(40, 4, Environment.GetEnvironmentVariable("MLAT_POSTGRES"), Environment.GetEnvironmentVariable("MLAT_REDIS"), TextWriter.Null);

        var shared = Assert.Single(rows, r => r.Scenario == "two nodes, PostgreSQL + Redis");
        Assert.Equal(40, shared.Accepted);
    }
}
