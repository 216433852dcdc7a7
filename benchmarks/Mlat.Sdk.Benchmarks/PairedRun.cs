using System.Diagnostics;
using System.Globalization;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// <c>paired [--rounds N]</c>: the signing and verification ratios of <see cref="SignatureBenchmarks"/>, measured in
/// alternating rounds so that the baseline and the SDK see the same machine. On a shared host whose speed drifts by
/// a factor 2 within minutes, BenchmarkDotNet's ratio (baseline and SDK measured minutes apart) moves with the drift;
/// here each round times the baseline and then the SDK for the same number of calls, the ratio is taken per round,
/// and the median and quartiles of the rounds are reported. A complement to the BenchmarkDotNet tables, not a
/// replacement: allocations and the absolute times come from those.
/// </summary>
public static class PairedRun
{
    private static readonly TimeSpan RoundTarget = TimeSpan.FromMilliseconds(40);

    /// <summary>One measured cell: the median ratio SDK / baseline of the rounds and its quartiles.</summary>
    public sealed record Row(string Operation, string Size, int Rounds, int Calls, double Median, double Lower, double Upper);

    public static int Execute(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rounds = 31;
        if (args.Length >= 2 && (args[1] != "--rounds" || args.Length < 3 || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) || rounds < 3))
        {
            Console.Error.WriteLine("usage: paired [--rounds N], N at least 3");
            return 2;
        }

        Console.Write(Table(Run(BenchSizes.Messages, rounds)));
        return 0;
    }

    public static IReadOnlyList<Row> Run(IEnumerable<string> sizes, int rounds)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var rows = new List<Row>();
        foreach (var size in sizes)
        {
            var bench = new SignatureBenchmarks { Size = size };
            bench.Setup();
            try
            {
                rows.Add(Measure("sign", size, rounds, () => bench.Raw_sign(), () => bench.Sdk_sign()));
                rows.Add(Measure("verify-1", size, rounds, () => bench.Raw_verify_one(), () => bench.Sdk_verify_one()));
            }
            finally
            {
                bench.Cleanup();
            }
        }

        return rows;
    }

    public static string Table(IEnumerable<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new System.Text.StringBuilder();
        table.AppendLine("| operation | size | rounds | calls per round | median ratio | quartiles |");
        table.AppendLine("|---|---|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            table.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Operation} | {row.Size} | {row.Rounds} | {row.Calls} | {row.Median:F2} | {row.Lower:F2}–{row.Upper:F2} |"));
        }

        return table.ToString();
    }

    private static Row Measure(string operation, string size, int rounds, Func<object> baseline, Func<object> sdk)
    {
        // Warm both paths for a second (and at least 50 calls each), so that tiered compilation has promoted what
        // both call before any round counts; then size a round so that the baseline takes about RoundTarget.
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 50 || warm.Elapsed < TimeSpan.FromSeconds(1); i++)
        {
            baseline();
            sdk();
        }

        var once = Time(baseline, 1);
        var calls = Math.Max(1, (int)(RoundTarget.Ticks / Math.Max(1, once.Ticks)));
        var ratios = new double[rounds];
        for (var r = 0; r < rounds; r++)
        {
            // Alternate which goes first, so that neither always follows a collection the other caused.
            TimeSpan b, s;
            if (r % 2 == 0)
            {
                b = Time(baseline, calls);
                s = Time(sdk, calls);
            }
            else
            {
                s = Time(sdk, calls);
                b = Time(baseline, calls);
            }

            ratios[r] = s.TotalMicroseconds / b.TotalMicroseconds;
        }

        Array.Sort(ratios);
        return new Row(operation, size, rounds, calls, Quantile(ratios, 0.5), Quantile(ratios, 0.25), Quantile(ratios, 0.75));
    }

    private static TimeSpan Time(Func<object> operation, int calls)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            GC.KeepAlive(operation());
        }

        return watch.Elapsed;
    }

    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }
}
