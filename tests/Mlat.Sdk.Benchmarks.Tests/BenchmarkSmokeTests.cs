using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Mlat.Sdk.Benchmarks;

namespace Mlat.Sdk.Benchmarks.Tests;

/// <summary>
/// Issue 7: a smoke run of every benchmark class, in-process with BenchmarkDotNet's dry job (one invocation per case)
/// and the smallest sizes (<c>MLAT_BENCH_SMOKE=1</c>), so a benchmark that throws, or whose setup no longer finds a
/// valid input, fails the suite. Timings are not asserted: on a shared machine they are no pass/fail criterion.
/// </summary>
public sealed class BenchmarkSmokeTests
{
    private static readonly Assembly Benchmarks = typeof(BenchConfig).Assembly;

    public static TheoryData<string> Classes()
    {
        var data = new TheoryData<string>();
        foreach (var type in BenchmarkTypes())
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Classes))]
    public void Every_benchmark_of_the_class_runs_once_in_process_without_error(string className)
    {
        Environment.SetEnvironmentVariable("MLAT_BENCH_SMOKE", "1");
        var type = BenchmarkTypes().Single(t => t.Name == className);
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
            .AddLogger(NullLogger.Instance)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "mlat-bench-smoke", className))
            // The test build is Debug; the benchmark assembly itself is always optimized (its csproj), the SDK is not here.
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.DisableLogFile);

        var summary = BenchmarkRunner.Run(type, config);

        Assert.Empty(summary.ValidationErrors.Where(e => e.IsCritical).Select(e => e.Message));
        var methods = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).Select(m => m.Name).Order().ToArray();
        Assert.Equal(methods, summary.BenchmarksCases.Select(c => c.Descriptor.WorkloadMethod.Name).Distinct().Order().ToArray());
        Assert.All(summary.Reports, r => Assert.True(r.Success && r.ExecuteResults.Count > 0 && r.ExecuteResults.All(e => e.IsSuccess), r.BenchmarkCase.DisplayInfo));
        Assert.Equal(summary.BenchmarksCases.Length, summary.Reports.Length);
    }

    /// <summary>
    /// The smoke run uses the smallest size only; a setup can still fail on a larger message (the full sample names a
    /// validating authority, for example, which a verification policy may demand a signature for). Every class with a
    /// <c>Size</c> parameter runs its global setup (and cleanup) at every size up to 1 000 persons; the 10 MB input is
    /// left to the benchmark run itself.
    /// </summary>
    [Theory]
    [MemberData(nameof(Classes))]
    public void Every_global_setup_accepts_every_message_size_up_to_1000_persons(string className)
    {
        var type = BenchmarkTypes().Single(t => t.Name == className);
        var size = type.GetProperty("Size");
        if (size is null || size.PropertyType != typeof(string) || !size.CanWrite)
        {
            return; // a class not parameterised by message size: the smoke run covers it
        }

        foreach (var value in Inputs.AllMessages.Where(m => m != Inputs.TenMegabytes))
        {
            var instance = Activator.CreateInstance(type)!;
            size.SetValue(instance, value);
            foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
            {
                setup.Invoke(instance, null);
            }

            foreach (var cleanup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalCleanupAttribute>() is not null))
            {
                cleanup.Invoke(instance, null);
            }

            (instance as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public void Every_benchmark_class_uses_the_shared_config_and_has_one_baseline_per_category()
    {
        foreach (var type in BenchmarkTypes())
        {
            Assert.Contains(type.GetCustomAttributes<ConfigAttribute>(), a => a.Config is BenchConfig);
            var benchmarks = type.GetMethods().Select(m => (Method: m, Attribute: m.GetCustomAttribute<BenchmarkAttribute>())).Where(b => b.Attribute is not null).ToList();
            var categories = benchmarks.GroupBy(b => string.Join(",", b.Method.GetCustomAttribute<BenchmarkCategoryAttribute>()?.Categories ?? []));
            Assert.All(categories, g => Assert.True(g.Count(b => b.Attribute!.Baseline) == 1, $"{type.Name} category '{g.Key}'"));
        }
    }

    private static IEnumerable<Type> BenchmarkTypes() => Benchmarks.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
        .OrderBy(t => t.Name, StringComparer.Ordinal);
}
