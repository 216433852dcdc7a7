using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;

// Every case returns the same read-only list shape, so the runner treats them uniformly.
#pragma warning disable CA1859

namespace Mlat.Sdk.Conformance;

/// <summary>
/// Runs the conformance kit (specification §14): every case of <c>samples/manifest.json</c> (valid, invalid, rules), the
/// negotiation, conversion, envelope-verification and case-folding (<c>samples/cases</c>) cases, against this SDK or, for the validation cases, against
/// another product's command. Bad samples and wrong answers are failed cases, never exceptions.
/// </summary>
public sealed class ConformanceRunner
{
    // The kit checks the SDK as shipped: default limits, each case's own profile unless the manifest forces one.
    private static readonly MlatValidator SdkValidator = new(new MlatValidatorOptions());

    private readonly ConformanceOptions options;

    /// <summary>Creates a runner.</summary>
    /// <param name="options">Samples folder, profile and implementation.</param>
    /// <exception cref="ArgumentException">The profile is unknown.</exception>
    public ConformanceRunner(ConformanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Profile is { } p && !ConformanceProfiles.Exists(p))
        {
            throw new ArgumentException("Unknown conformance profile.", nameof(options));
        }

        this.options = options;
    }

    /// <summary>Runs the selected cases.</summary>
    /// <param name="cancellationToken">Stops the run (and is passed to the implementation under test).</param>
    /// <returns>The report, cases ordered by suite then id.</returns>
    /// <exception cref="DirectoryNotFoundException">The samples folder or its manifest is missing.</exception>
    public async Task<ConformanceReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(options.SamplesDirectory);
        if (!File.Exists(Path.Combine(root, "manifest.json")))
        {
            throw new DirectoryNotFoundException("The samples folder has no manifest.json.");
        }

        IConformanceProduct product = SdkConformanceAdapter.Instance;
        if (options.Adapter is { } adapter)
        {
            if (await adapter.HelloAsync(cancellationToken).ConfigureAwait(false) is { } refused)
            {
                // Nothing can be asked: every selected case fails with why.
                product = new RefusedProduct(adapter.Name, refused);
            }
            else
            {
                product = adapter;
            }
        }

        var cases = Enumerate(root, product).Where(c => ConformanceProfiles.Selects(options.Profile, c.Key)).ToList();
        var results = new ConformanceCaseResult[cases.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, cases.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var start = Stopwatch.GetTimestamp();
                IReadOnlyList<string> failures;
                try
                {
                    failures = await cases[i].Run(ct).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException or InvalidOperationException or FormatException or KeyNotFoundException or NullReferenceException)
                {
                    // A broken case file is a failed case, reported by kind only (the content may be personal data).
                    failures = [$"case could not be run: {ex.GetType().Name}"];
                }

                results[i] = new ConformanceCaseResult(cases[i].Id, cases[i].Suite, failures.Count == 0, failures, Stopwatch.GetElapsedTime(start)) { Key = cases[i].Key };
            }).ConfigureAwait(false);

        return new ConformanceReport(options.Profile, options.Implementation?.Name ?? product.Name, results)
        {
            KitVersion = KitVersion,
            SamplesDigest = SamplesDigest(root),
        };
    }

    private sealed record Case(string Id, string Suite, string? Version, Func<CancellationToken, Task<IReadOnlyList<string>>> Run)
    {
        public IReadOnlyList<string> Instruments { get; init; } = [];

        public ConformanceCaseKey Key => new(Suite, Version) { Instruments = Instruments };
    }

    /// <summary>The kit's version: the SDK's, since the runner and its judging code ship in it.</summary>
    internal static Version KitVersion { get; } = typeof(ConformanceRunner).Assembly.GetName().Version is { } v ? new Version(v.Major, v.Minor, v.Build) : new Version(0, 0, 0);

    /// <summary>
    /// <c>sha256:</c> and the SHA-256 (hex) of the sample set: of each file's path relative to the samples folder (with
    /// <c>/</c>), a line feed, the SHA-256 (hex) of its bytes and a line feed, in ordinal order of the paths. A claim of
    /// conformance names it, so that it is clear which cases were passed.
    /// </summary>
    internal static string SamplesDigest(string root)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (relative, full) in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(root, f).Replace('\\', '/'), f))
            .OrderBy(f => f.Item1, StringComparer.Ordinal))
        {
            using var file = File.OpenRead(full);
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n" + Convert.ToHexStringLower(SHA256.HashData(file)) + "\n"));
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private sealed class RefusedProduct(string name, string why) : IConformanceProduct
    {
        public string Name => name;

        public IReadOnlySet<string> Operations { get; } = ConformanceAdapterClient.AllOperations;

        public Task<JsonObject> CallAsync(JsonObject request, CancellationToken cancellationToken) => Task.FromResult(new JsonObject { ["error"] = why });
    }

    private IEnumerable<Case> Enumerate(string root, IConformanceProduct product)
    {
        var manifest = JsonNode.Parse(File.ReadAllBytes(Path.Combine(root, "manifest.json")))!;
        foreach (var c in manifest["cases"]!.AsArray())
        {
            var item = c!;
            var kind = (string?)item["kind"];
            var expectValid = (bool)item["expectValid"]!;
            var suite = kind == "rule" ? ConformanceSuites.Rules : expectValid ? ConformanceSuites.Valid : ConformanceSuites.Invalid;
            var file = Path.Combine(root, (string)item["file"]!);
            var request = (string?)item["request"] is { } r ? Path.Combine(root, r) : null;
            var profile = (string?)item["profile"];
            var expected = item["expectedFindings"]!.AsArray().Select(f => ((string)f!["code"]!, (string)f["pointer"]!)).ToList();
            var validation = new ValidationCase(file, expectValid, expected, kind == "rule", profile, request);
            IReadOnlyList<string> instruments = kind == "rule" && (string?)item["rule"] is { } ruleId && Validation.Rules.RuleSet.All.FirstOrDefault(r => r.Id == ruleId) is { } rule
                ? [.. rule.Profiles.Select(MlatJson.WireName)]
                : [];
            yield return new Case((string)item["id"]!, suite, (string)item["version"]!, options.Implementation is { } implementation
                ? ct => RunExternalAsync(implementation, validation, (string)item["id"]!, ct)
                : ct => ProtocolCases.ValidateAsync(product, (string)item["id"]!, File.ReadAllBytes(file), validation.Profile, request is null ? null : File.ReadAllBytes(request), validation.IsRule, validation.ExpectValid, validation.Expected, ct)) { Instruments = instruments };
        }

        foreach (var item in ReadingCases.Enumerate(root))
        {
            var reading = new ValidationCase(item.File ?? item.Generate!, item.ExpectValid, item.Expected, IsRule: false, Profile: null, Request: null);
            yield return new Case(item.Id, ConformanceSuites.Reading, null, options.Implementation is { } implementation
                ? ct => RunExternalReadingAsync(implementation, root, item, reading, ct)
                : ct => ProtocolCases.ValidateAsync(product, item.Id, ReadingCases.Bytes(root, item), null, null, false, item.ExpectValid, item.Expected, ct));
        }

        if (options.Implementation is not null)
        {
            yield break; // the per-sample mode covers the validation cases only (issue 6, item 2)
        }

        var negotiation = Path.Combine(root, "negotiation");
        if (Directory.Exists(negotiation))
        {
            foreach (var path in Directory.EnumerateFiles(negotiation, "*.json").Order(StringComparer.Ordinal))
            {
                yield return new Case("negotiation/" + Path.GetFileNameWithoutExtension(path), ConformanceSuites.Negotiation, null, ct => ProtocolCases.NegotiateAsync(product, path, ct));
            }
        }

        var conversion = Path.Combine(root, "conversion");
        if (Directory.Exists(conversion))
        {
            foreach (var dir in Directory.EnumerateDirectories(conversion).Order(StringComparer.Ordinal))
            {
                yield return new Case("conversion/" + Path.GetFileName(dir), ConformanceSuites.Conversion, null, ct => ProtocolCases.ConvertAsync(product, dir, ct));
            }
        }

        var envelopes = Path.Combine(root, "envelopes", "verification");
        if (File.Exists(Path.Combine(envelopes, "manifest.json")))
        {
            var envManifest = JsonNode.Parse(File.ReadAllBytes(Path.Combine(envelopes, "manifest.json")))!;
            var trustFile = Path.Combine(envelopes, (string)envManifest["trustList"]!);
            foreach (var c in envManifest["cases"]!.AsArray())
            {
                var item = c!;
                yield return new Case((string)item["id"]!, ConformanceSuites.Envelopes, null, ct => ProtocolCases.VerifyAsync(product, envelopes, trustFile, item, ct));
            }
        }

        var signing = Path.Combine(root, "signing", "manifest.json");
        if (File.Exists(signing))
        {
            foreach (var c in JsonNode.Parse(File.ReadAllBytes(signing))!["cases"]!.AsArray())
            {
                var item = c!;
                yield return new Case((string)item["id"]!, ConformanceSuites.Signing, null, ct => ProtocolCases.SignAsync(product, Path.GetDirectoryName(signing)!, item, ct));
            }
        }

        var encryption = Path.Combine(root, "encryption", "manifest.json");
        if (File.Exists(encryption))
        {
            foreach (var c in JsonNode.Parse(File.ReadAllBytes(encryption))!["cases"]!.AsArray())
            {
                var item = c!;
                yield return new Case((string)item["id"]!, ConformanceSuites.Encryption, null, ct => ProtocolCases.EncryptionAsync(product, Path.GetDirectoryName(encryption)!, item, ct));
            }
        }

        if (options.Adapter is not null)
        {
            yield break; // case folding and country profiles are not operations of the adapter protocol (yet)
        }

        var cases = Path.Combine(root, "cases");
        if (Directory.Exists(cases))
        {
            foreach (var dir in Directory.EnumerateDirectories(cases).Order(StringComparer.Ordinal))
            {
                yield return new Case("cases/" + Path.GetFileName(dir), ConformanceSuites.Cases, null, _ => Task.FromResult(CaseConformance.Run(dir, SdkValidator)));
            }
        }

        var requirements = Path.Combine(root, "capabilities", "cases");
        if (Directory.Exists(requirements))
        {
            foreach (var path in Directory.EnumerateFiles(requirements, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var id = "requirements/" + Path.GetRelativePath(requirements, path).Replace('\\', '/')[..^".json".Length];
                yield return new Case(id, ConformanceSuites.Requirements, null, _ => Task.FromResult(RequirementConformance.Run(path, Path.Combine(root, "capabilities"))));
            }
        }
    }

    private sealed record ValidationCase(string File, bool ExpectValid, IReadOnlyList<(string Code, string Pointer)> Expected, bool IsRule, string? Profile, string? Request);

    private static async Task<IReadOnlyList<string>> RunExternalReadingAsync(IConformanceImplementation implementation, string root, ReadingCases.Item item, ValidationCase c, CancellationToken ct)
    {
        if (item.File is not null)
        {
            return await RunExternalAsync(implementation, c with { File = item.File }, item.Id, ct).ConfigureAwait(false);
        }

        // A generated case is written to a temporary file for the product to read, and removed afterwards.
        var dir = Directory.CreateTempSubdirectory("mlat-conformance-");
        try
        {
            var path = Path.Combine(dir.FullName, item.Generate + ".json");
            await File.WriteAllBytesAsync(path, ReadingCases.Bytes(root, item), ct).ConfigureAwait(false);
            return await RunExternalAsync(implementation, c with { File = path }, item.Id, ct).ConfigureAwait(false);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static IReadOnlyList<string> Compare(ValidationCase c, bool valid, IEnumerable<(string Code, string Pointer)> actual)
        => Compare(c.ExpectValid, c.Expected, valid, actual);

    internal static IReadOnlyList<string> Compare(bool expectValid, IReadOnlyList<(string Code, string Pointer)> expected, bool valid, IEnumerable<(string Code, string Pointer)> actual)
    {
        var failures = new List<string>();
        if (valid != expectValid)
        {
            failures.Add($"expected valid={Bool(expectValid)}, got valid={Bool(valid)}");
        }

        var got = actual.ToHashSet();
        var want = expected.ToHashSet();
        failures.AddRange(want.Except(got).Order().Select(f => $"missing finding {f.Code} at '{f.Pointer}'"));
        failures.AddRange(got.Except(want).Order().Select(f => $"unexpected finding {f.Code} at '{f.Pointer}'"));
        return failures;
    }

    internal static string Bool(bool b) => b ? "true" : "false";

    private static async Task<IReadOnlyList<string>> RunExternalAsync(IConformanceImplementation implementation, ValidationCase c, string id, CancellationToken ct)
    {
        var answer = await implementation.ValidateAsync(new ConformanceSample { Path = c.File, Profile = c.Profile, RequestPath = c.Request, CaseId = id }, ct).ConfigureAwait(false);
        return answer.Error is { } error ? [error] : Compare(c, answer.IsValid, answer.Findings.Select(f => (f.Code, f.Pointer)));
    }

    internal static void Expect(List<string> failures, string what, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            failures.Add($"{what}: expected {expected ?? "none"}, got {actual ?? "none"}");
        }
    }

    internal static string Snake(string pascal)
        => string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    internal static Profile ParseProfile(string wireName)
        => MlatJson.TryParseWireName<Profile>(wireName, out var profile) ? profile : throw new FormatException("Unknown profile.");
}
