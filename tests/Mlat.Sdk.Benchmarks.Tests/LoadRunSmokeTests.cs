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

/// <summary>The paired signing and verification run (benchmarks/README.md) on the smallest message, so it cannot rot.</summary>
public sealed class PairedRunSmokeTests
{
    [Fact]
    public void Each_operation_gets_a_row_with_ordered_quartiles_around_a_positive_median()
    {
        var rows = PairedRun.Run([Inputs.Minimal], rounds: 3);

        Assert.Equal([("sign", Inputs.Minimal), ("verify-1", Inputs.Minimal)], rows.Select(r => (r.Operation, r.Size)));
        Assert.All(rows, r => Assert.True(r.Calls >= 1 && r.Lower > 0 && r.Lower <= r.Median && r.Median <= r.Upper, r.ToString()));
        Assert.Contains("| verify-1 | minimal | 3 |", PairedRun.Table(rows), StringComparison.Ordinal);
    }
}
