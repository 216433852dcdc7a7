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
        var html = new Option<string?>("--html") { Description = "Write a self-contained HTML report (product, kit version, samples digest, levels passed, failed cases) to this file." };
        var profile = new Option<string?>("--profile") { Description = "Kit profile: " + string.Join(", ", ConformanceProfiles.Names) + " (default: full)." };
        profile.AcceptOnlyFromAmong([.. ConformanceProfiles.Names]);
        var implementation = new Option<string?>("--implementation")
        {
            Description = "Run the kit against another product: this shell command is started once and speaks the adapter protocol (" + ConformanceAdapterClient.Protocol + ", JSON lines on standard input and output; docs/conformance.md).",
        };
        var perSample = new Option<string?>("--implementation-per-sample")
        {
            Description = "Run the validation cases against this shell command, started once per sample: it gets the sample's path as last argument and prints {\"valid\": bool, \"findings\": [{\"code\", \"pointer\"}]}.",
        };
        var endpoint = new Option<string?>("--endpoint") { Description = "Run the endpoint suite against this node's root URL instead (specification §15): needs --key, --cert, --sender and --trust." };
        var key = new Option<string?>("--key") { Description = "With --endpoint: PKCS#8 PEM key of a sender the node trusts." };
        var cert = new Option<string?>("--cert") { Description = "With --endpoint: the sender's certificate chain PEM, leaf first." };
        var sender = new Option<string?>("--sender") { Description = "With --endpoint: the sender's authority id (CC:local-id), as the node's trust list names it." };
        var trust = new Option<string?>("--trust") { Description = "With --endpoint: trust list that verifies the node's capabilities, receipts and rejections." };
        var run = new Command("run", "Run the conformance kit: valid, invalid, rule, negotiation, conversion and envelope cases; or, with --endpoint, the HTTP binding cases against a node.") { samples, junit, json, html, profile, implementation, perSample, endpoint, key, cert, sender, trust };
        run.SetAction((parse, ct) => parse.GetValue(endpoint) is { } url
            ? RunEndpointAsync(url, parse.GetValue(key), parse.GetValue(cert), parse.GetValue(sender), parse.GetValue(trust), parse.GetValue(junit), parse.GetValue(json), stdout, stderr, ct)
            : RunAsync(
            parse.GetValue(samples),
            parse.GetValue(junit),
            parse.GetValue(json),
            parse.GetValue(profile),
            parse.GetValue(implementation),
            stdout,
            stderr,
            parse.GetValue(perSample),
            parse.GetValue(html),
            ct));
        var adapter = new Command("adapter", "Serve this SDK over the conformance adapter protocol (" + ConformanceAdapterClient.Protocol + ") on standard input and output, so the kit can drive it as it drives another product.");
        adapter.SetAction((_, ct) => ServeAdapterAsync(ct));
        return new Command("conformance", "The conformance kit (docs/conformance.md).") { run, adapter };
    }

    internal static async Task<int> ServeAdapterAsync(CancellationToken ct)
    {
        using var input = new StreamReader(Console.OpenStandardInput(), new System.Text.UTF8Encoding(false));
        await using var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        await SdkConformanceAdapter.ServeAsync(input, output, ct).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    internal static async Task<int> RunAsync(string? samples, string? junit, string? json, string? profile, string? implementation, TextWriter stdout, TextWriter stderr, string? perSample = null, string? html = null, CancellationToken ct = default)
    {
        var folder = samples ?? FindSamples(Directory.GetCurrentDirectory());
        if (folder is null || !File.Exists(Path.Combine(folder, "manifest.json")))
        {
            stderr.WriteLine($"mlat: no samples folder with manifest.json found; give --samples ({CliCodes.Unreadable})");
            return ExitCodes.Usage;
        }

        if (implementation is not null && perSample is not null)
        {
            stderr.WriteLine("mlat: give --implementation or --implementation-per-sample, not both.");
            return ExitCodes.Usage;
        }

        AdapterProcess? adapter = null;
        try
        {
            try
            {
                adapter = implementation is null ? null : AdapterProcess.Start(implementation);
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                stderr.WriteLine($"mlat: the --implementation command could not be started ({CliCodes.Unreadable})");
                return ExitCodes.Usage;
            }

            var report = await new ConformanceRunner(new ConformanceOptions
            {
                SamplesDirectory = folder,
                Profile = profile is null or "full" ? null : profile,
                Adapter = adapter?.Client,
                Implementation = perSample is null ? null : new ShellConformanceImplementation(perSample),
                // One adapter process answers one request at a time; more cases in flight would only queue.
                MaxParallelism = adapter is null ? Math.Max(1, Environment.ProcessorCount) : 1,
            }).RunAsync(ct).ConfigureAwait(false);

            return Print(report, junit, json, stdout, stderr, html);
        }
        finally
        {
            if (adapter is not null)
            {
                await adapter.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    internal static async Task<int> RunEndpointAsync(string url, string? keyPath, string? certPath, string? sender, string? trustPath, string? junit, string? json, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var root) || (root.Scheme != Uri.UriSchemeHttp && root.Scheme != Uri.UriSchemeHttps))
        {
            stderr.WriteLine("mlat: --endpoint must be the absolute http or https URL of a node's root.");
            return ExitCodes.Usage;
        }

        if (keyPath is null || certPath is null || sender is null || trustPath is null)
        {
            stderr.WriteLine("mlat: --endpoint needs --key, --cert, --sender and --trust.");
            return ExitCodes.Usage;
        }

        try
        {
            _ = EndpointConformance.CountryCodeOf(sender);
        }
        catch (ArgumentException)
        {
            stderr.WriteLine("mlat: --sender must be an authority id CC:local-id.");
            return ExitCodes.Usage;
        }

        if (!CliFiles.TryReadText(keyPath, stderr, out var keyPem) || !CliFiles.TryReadText(certPath, stderr, out var chainPem) || !CliFiles.TryReadBytes(trustPath, stderr, out var trustBytes))
        {
            return ExitCodes.Usage;
        }

        var trust = Mlat.Sdk.Envelopes.TrustList.Read(trustBytes);
        if (!trust.IsSuccess)
        {
            stderr.WriteLine($"mlat: --trust is not a valid trust list ({CliCodes.BadTrustList})");
            return ExitCodes.Usage;
        }

        Mlat.Sdk.Envelopes.SigningKey key;
        try
        {
            key = Mlat.Sdk.Envelopes.SigningKey.FromPem(keyPem, chainPem);
        }
        catch (Exception ex) when (ex is ArgumentException or System.Security.Cryptography.CryptographicException or NotSupportedException)
        {
            stderr.WriteLine($"mlat: --key and --cert do not form a signing key ({CliCodes.BadKey})");
            return ExitCodes.Usage;
        }

        using (key)
        {
            using var http = new HttpClient { BaseAddress = new Uri(root.AbsoluteUri.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(100) };
            var report = await new EndpointConformance(http, key, sender, trust.TrustList!).RunAsync(ct).ConfigureAwait(false);
            return Print(report, junit, json, stdout, stderr);
        }
    }

    private static int Print(ConformanceReport report, string? junit, string? json, TextWriter stdout, TextWriter stderr, string? html = null)
    {
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

        if (report.Levels.Where(l => l.Passed).Select(l => l.Name).ToList() is { Count: > 0 } passed)
        {
            stdout.WriteLine("levels passed: " + string.Join(", ", passed));
        }

        if (!TryWrite(junit, report.WriteJUnit, stderr) || !TryWrite(json, report.WriteJson, stderr) || !TryWrite(html, report.WriteHtml, stderr))
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
