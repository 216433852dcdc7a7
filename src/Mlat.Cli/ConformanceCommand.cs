using System.CommandLine;
using Mlat.Sdk.Conformance;

namespace Mlat.Cli;

/// <summary>
/// <c>mlat conformance run [--samples DIR] [--junit FILE] [--json FILE] [--profile P] [--implementation "&lt;command&gt;"]</c>
/// (specification §14.5): runs the kit and ends with <c>N passed, N failed</c>; exit 0 only if every case passed.
/// </summary>
internal static class ConformanceCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var samples = new Option<string?>("--samples") { Description = "Samples folder with manifest.json (default: ./samples, or the nearest samples/ above the current folder)." };
        var junit = new Option<string?>("--junit") { Description = "Write a JUnit XML report to this file." };
        var json = new Option<string?>("--json") { Description = "Write a JSON report to this file." };
        var profile = new Option<string?>("--profile") { Description = "Kit profile: " + string.Join(", ", ConformanceProfiles.Names) + " (default: full)." };
        profile.AcceptOnlyFromAmong([.. ConformanceProfiles.Names]);
        var implementation = new Option<string?>("--implementation")
        {
            Description = "Run the validation cases against this shell command instead: it gets a sample's path as last argument and prints {\"valid\": bool, \"findings\": [{\"code\", \"pointer\"}]}.",
        };
        var run = new Command("run", "Run the conformance kit: valid, invalid, rule, negotiation, conversion and envelope cases.") { samples, junit, json, profile, implementation };
        run.SetAction((parse, ct) => RunAsync(
            parse.GetValue(samples),
            parse.GetValue(junit),
            parse.GetValue(json),
            parse.GetValue(profile),
            parse.GetValue(implementation),
            stdout,
            stderr,
            ct));
        return new Command("conformance", "The conformance kit (docs/conformance.md).") { run };
    }

    internal static async Task<int> RunAsync(string? samples, string? junit, string? json, string? profile, string? implementation, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        var folder = samples ?? FindSamples(Directory.GetCurrentDirectory());
        if (folder is null || !File.Exists(Path.Combine(folder, "manifest.json")))
        {
            stderr.WriteLine($"mlat: no samples folder with manifest.json found; give --samples ({CliCodes.Unreadable})");
            return ExitCodes.Usage;
        }

        var report = await new ConformanceRunner(new ConformanceOptions
        {
            SamplesDirectory = folder,
            Profile = profile is null or "full" ? null : profile,
            Implementation = implementation is null ? null : new ShellConformanceImplementation(implementation),
        }).RunAsync(ct).ConfigureAwait(false);

        foreach (var c in report.Cases.Where(c => !c.Passed))
        {
            stdout.WriteLine($"FAIL {c.Suite}: {c.Id}");
            foreach (var f in c.Failures)
            {
                stdout.WriteLine($"     {CliText.Escape(f)}");
            }
        }

        foreach (var suite in report.Cases.GroupBy(c => c.Suite))
        {
            stdout.WriteLine($"{suite.Key,-12} {suite.Count(c => c.Passed),4} passed, {suite.Count(c => !c.Passed),4} failed");
        }

        if (!TryWrite(junit, report.WriteJUnit, stderr) || !TryWrite(json, report.WriteJson, stderr))
        {
            return ExitCodes.Usage;
        }

        stdout.WriteLine(report.Summary);
        return report.IsSuccess ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static bool TryWrite(string? path, Action<Stream> write, TextWriter stderr)
    {
        if (path is null)
        {
            return true;
        }

        try
        {
            using var file = File.Create(path);
            write(file);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"mlat: cannot write '{path}' ({CliCodes.Unwritable})");
            return false;
        }
    }

    internal static string? FindSamples(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        return null;
    }
}
