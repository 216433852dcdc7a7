using AdapterProcess = Mlat.Cli.AdapterProcess;

namespace Mlat.Sdk.Conformance.Tests.Kit;

/// <summary>One run of the whole kit against <c>mlat conformance adapter</c>, started once as a process, and one in process.</summary>
public sealed class SdkAdapterRun : IAsyncLifetime
{
    public ConformanceReport ThroughAdapter { get; private set; } = null!;

    public ConformanceReport InProcess { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await using var adapter = AdapterProcess.Start($"dotnet \"{Path.Combine(AppContext.BaseDirectory, "mlat.dll")}\" conformance adapter");
        ThroughAdapter = await new ConformanceRunner(new ConformanceOptions { SamplesDirectory = TestPaths.Samples, Adapter = adapter.Client, MaxParallelism = 1 }).RunAsync();
        InProcess = await new ConformanceRunner(new ConformanceOptions { SamplesDirectory = TestPaths.Samples }).RunAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// Issue 18 point 2, must show: the kit drives the SDK itself through the adapter protocol, one process for the whole
/// run, and every case the protocol carries passes (SigningCaseJoseTests verify its signatures with jose too).
/// </summary>
public sealed class SdkAdapterTests(SdkAdapterRun run) : IClassFixture<SdkAdapterRun>
{
    [Fact]
    public void Every_case_passes_when_the_kit_drives_the_sdk_through_the_adapter_protocol()
    {
        Assert.True(run.ThroughAdapter.IsSuccess, string.Join("; ", run.ThroughAdapter.Cases.Where(c => !c.Passed).Select(c => c.Id + ": " + string.Join(", ", c.Failures))));
        Assert.StartsWith("Mlat.Sdk ", run.ThroughAdapter.Implementation, StringComparison.Ordinal);
        Assert.All(run.ThroughAdapter.Levels, l => Assert.True(l.Passed, l.Name));
        Assert.Superset(
            new HashSet<string>(["receiver-core-1.0", "receiver-core-1.1", "receiver-core-1.2", "sender-core-1.2", "rules-EIO", "rules-EPOC", "strict-reading", "signer", "verifier", "encryption", "versioning"]),
            run.ThroughAdapter.Levels.Select(l => l.Name).ToHashSet());
    }

    [Fact]
    public void The_adapter_run_has_every_case_of_the_in_process_run_except_case_folding_and_country_profiles()
    {
        Assert.True(run.InProcess.IsSuccess);
        Assert.Equal(
            run.InProcess.Cases.Where(c => c.Suite is not ("cases" or "requirements")).Select(c => c.Id).Order(StringComparer.Ordinal),
            run.ThroughAdapter.Cases.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["conversion", "encryption", "envelopes", "invalid", "negotiation", "reading", "rules", "signing", "valid"],
            run.ThroughAdapter.Cases.Select(c => c.Suite).Distinct().Order(StringComparer.Ordinal));
    }
}
