using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// The one configuration every benchmark class uses (every figure is a ratio to a baseline in the same run):
/// allocated bytes, time and allocation ratios to the baseline of the same category and size, grouped by category so
/// that each group has exactly one baseline. The job comes from the command line (<c>--job short</c>, <c>--job dry</c>).
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    /// <summary>Creates the shared configuration.</summary>
    public BenchConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(CategoriesColumn.Default, BaselineRatioColumn.RatioMean, BaselineAllocationRatioColumn.RatioMean);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams);
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Value);
        WithOptions(ConfigOptions.DisableLogFile);
    }
}

/// <summary>
/// Which sizes a run uses. A smoke run (environment variable <c>MLAT_BENCH_SMOKE=1</c>, set by the smoke test and
/// documented in the README) keeps only the smallest of each list, so every class runs in seconds; a real run uses all.
/// </summary>
public static class BenchSizes
{
    /// <summary>True when only the smallest inputs are to be used.</summary>
    public static bool Smoke => Environment.GetEnvironmentVariable("MLAT_BENCH_SMOKE") == "1";

    /// <summary>Message sizes: the minimal AssistanceRequest, the full EIO sample, 1 000 persons and measures, 10 MB.</summary>
    public static IEnumerable<string> Messages => Smoke ? [Inputs.Minimal] : Inputs.AllMessages;

    /// <summary>Attachment sizes: 1 MB, 100 MB, 1 GiB.</summary>
    public static IEnumerable<long> Attachments => Smoke ? [1L << 20] : [1L << 20, 100L << 20, 1L << 30];
}
