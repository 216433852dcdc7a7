using System.Diagnostics;
using System.Globalization;
using System.Reflection;
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

        var cases = Enumerate(root).Where(c => ConformanceProfiles.Selects(options.Profile, new(c.Suite, c.Version))).ToList();
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

                results[i] = new ConformanceCaseResult(cases[i].Id, cases[i].Suite, failures.Count == 0, failures, Stopwatch.GetElapsedTime(start));
            }).ConfigureAwait(false);

        return new ConformanceReport(options.Profile, options.Implementation?.Name ?? "Mlat.Sdk", results);
    }

    private sealed record Case(string Id, string Suite, string? Version, Func<CancellationToken, Task<IReadOnlyList<string>>> Run);

    private IEnumerable<Case> Enumerate(string root)
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
            yield return new Case((string)item["id"]!, suite, (string)item["version"]!, options.Implementation is { } implementation
                ? ct => RunExternalAsync(implementation, validation, (string)item["id"]!, ct)
                : _ => Task.FromResult(RunInProcess(validation)));
        }

        foreach (var item in ReadingCases.Enumerate(root))
        {
            var reading = new ValidationCase(item.File ?? item.Generate!, item.ExpectValid, item.Expected, IsRule: false, Profile: null, Request: null);
            yield return new Case(item.Id, ConformanceSuites.Reading, null, options.Implementation is { } implementation
                ? ct => RunExternalReadingAsync(implementation, root, item, reading, ct)
                : _ => Task.FromResult(RunReading(root, item, reading)));
        }

        if (options.Implementation is not null)
        {
            yield break; // the external mode covers the validation cases only (issue 6, item 2)
        }

        var negotiation = Path.Combine(root, "negotiation");
        if (Directory.Exists(negotiation))
        {
            foreach (var path in Directory.EnumerateFiles(negotiation, "*.json").Order(StringComparer.Ordinal))
            {
                yield return new Case("negotiation/" + Path.GetFileNameWithoutExtension(path), ConformanceSuites.Negotiation, null, _ => Task.FromResult(RunNegotiation(path)));
            }
        }

        var conversion = Path.Combine(root, "conversion");
        if (Directory.Exists(conversion))
        {
            foreach (var dir in Directory.EnumerateDirectories(conversion).Order(StringComparer.Ordinal))
            {
                yield return new Case("conversion/" + Path.GetFileName(dir), ConformanceSuites.Conversion, null, _ => Task.FromResult(RunConversion(dir)));
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
                yield return new Case((string)item["id"]!, ConformanceSuites.Envelopes, null, _ => Task.FromResult(RunEnvelope(envelopes, trustFile, item)));
            }
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

    private static IReadOnlyList<string> RunInProcess(ValidationCase c)
    {
        var validator = c.Profile is null ? SdkValidator : new MlatValidator(new MlatValidatorOptions { Profile = ParseProfile(c.Profile) });
        var bytes = File.ReadAllBytes(c.File);
        ValidationReport report;
        if (c.Request is null)
        {
            report = validator.Validate(bytes);
        }
        else
        {
            var request = SdkValidator.Validate(File.ReadAllBytes(c.Request)).Message;
            if (request is null)
            {
                return ["the case's request does not validate"];
            }

            report = validator.Validate(bytes, request);
        }

        // Rule cases compare every finding (a WARNING rule's findings leave the message valid); the others compare errors.
        var actual = report.Findings.Where(f => c.IsRule || f.Severity == FindingSeverity.Error).Select(f => (f.Code, f.Pointer));
        return Compare(c, report.IsSuccess, actual);
    }

    private static IReadOnlyList<string> RunReading(string root, ReadingCases.Item item, ValidationCase c)
    {
        var report = SdkValidator.Validate(ReadingCases.Bytes(root, item));
        return Compare(c, report.IsSuccess, report.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => (f.Code, f.Pointer)));
    }

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
    {
        var failures = new List<string>();
        if (valid != c.ExpectValid)
        {
            failures.Add($"expected valid={Bool(c.ExpectValid)}, got valid={Bool(valid)}");
        }

        var got = actual.ToHashSet();
        var want = c.Expected.ToHashSet();
        failures.AddRange(want.Except(got).Order().Select(f => $"missing finding {f.Code} at '{f.Pointer}'"));
        failures.AddRange(got.Except(want).Order().Select(f => $"unexpected finding {f.Code} at '{f.Pointer}'"));
        return failures;
    }

    private static string Bool(bool b) => b ? "true" : "false";

    private static async Task<IReadOnlyList<string>> RunExternalAsync(IConformanceImplementation implementation, ValidationCase c, string id, CancellationToken ct)
    {
        var answer = await implementation.ValidateAsync(new ConformanceSample { Path = c.File, Profile = c.Profile, RequestPath = c.Request, CaseId = id }, ct).ConfigureAwait(false);
        return answer.Error is { } error ? [error] : Compare(c, answer.IsValid, answer.Findings.Select(f => (f.Code, f.Pointer)));
    }

    private static IReadOnlyList<string> RunNegotiation(string path)
    {
        var c = JsonNode.Parse(File.ReadAllBytes(path))!.AsObject();
        var sides = new CapabilitiesDocument?[2];
        var failures = new List<string>();
        foreach (var (side, i) in new[] { ("sender", 0), ("receiver", 1) })
        {
            var read = CapabilitiesReader.Read(Encoding.UTF8.GetBytes(c[side]!.ToJsonString()));
            sides[i] = read.Document;
            if (read.Document is null)
            {
                failures.Add($"{side} capabilities unreadable: {string.Join(", ", read.Findings.Select(f => f.Code))}");
            }
        }

        if (failures.Count > 0)
        {
            return failures;
        }

        var today = DateOnly.Parse((string)c["today"]!, CultureInfo.InvariantCulture);
        var negotiator = new VersionNegotiator(new FixedTime(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));
        // Cases name types as capabilities documents do, including types of a newer release this SDK does not know.
        var typeName = (string)c["messageType"]!;
        var result = negotiator.Negotiate(
            new NegotiationRequest
            {
                Sender = sides[0]!,
                Receiver = sides[1]!,
                MessageType = Enum.IsDefined(typeof(MessageType), typeName) ? Enum.Parse<MessageType>(typeName) : default,
                MustUnderstand = c["mustUnderstand"]?.AsArray().Select(v => (string)v!).ToArray() ?? [],
                ConversationVersion = c["conversationVersion"] is { } v ? MlatVersion.Parse((string)v!) : null,
            },
            typeName);

        var expected = c["expected"]!;
        Expect(failures, "version", (string?)expected["version"], result.Version?.ToString());
        Expect(failures, "convertFrom", (string?)expected["convertFrom"], result.ConvertFrom?.ToString());
        Expect(failures, "error", (string?)expected["error"], string.Join(",", result.Findings.Select(f => f.Code).Distinct()) is { Length: > 0 } e ? e : null);
        var reasons = result.Reasons.Select(r => Snake(r.Code.ToString())).ToHashSet(StringComparer.Ordinal);
        failures.AddRange((expected["reasons"]?.AsArray().Select(v => (string)v!) ?? []).Where(r => !reasons.Contains(r)).Select(r => $"missing reason {r}"));
        return failures;
    }

    private static IReadOnlyList<string> RunConversion(string dir)
    {
        var report = JsonNode.Parse(File.ReadAllBytes(Path.Combine(dir, "expected-report.json")))!;
        var result = new MlatConverter(SdkValidator).Convert(File.ReadAllBytes(Path.Combine(dir, "input.json")), MlatVersion.Parse((string)report["to"]!));
        var failures = new List<string>();
        Expect(failures, "success", Bool((bool)report["success"]!), Bool(result.IsSuccess));
        Expect(failures, "path", string.Join(">", report["path"]!.AsArray().Select(v => (string)v!)), string.Join(">", result.Path));
        var changes = report["changes"]!.AsArray().Select(c => $"{(string)c!["kind"]!} {(string)c["step"]!} {(string)c["pointer"]!} {(string?)c["extensionKey"]} {(string?)c["original"]} {(string?)c["fallback"]}").ToList();
        var actualChanges = result.Changes.Select(c => $"{Snake(c.Kind.ToString())} {c.Step} {c.Pointer} {c.ExtensionKey} {c.Original} {c.Fallback}").ToList();
        if (!changes.SequenceEqual(actualChanges, StringComparer.Ordinal))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"changes differ: expected {changes.Count}, got {actualChanges.Count}"));
        }

        var findings = report["findings"]!.AsArray().Select(f => $"{(string)f!["code"]!} {(string)f["pointer"]!}");
        if (!findings.SequenceEqual(result.Findings.Select(f => $"{f.Code} {f.Pointer}"), StringComparer.Ordinal))
        {
            failures.Add("findings differ: expected " + string.Join(", ", findings) + "; got " + string.Join(", ", result.Findings.Select(f => $"{f.Code} {f.Pointer}")));
        }

        var expectedOutput = Path.Combine(dir, "expected-output.json");
        if (result.IsSuccess && File.Exists(expectedOutput)
            && !JsonCanonicalizer.Canonicalize(File.ReadAllBytes(expectedOutput)).AsSpan().SequenceEqual(JsonCanonicalizer.Canonicalize(result.Output!)))
        {
            failures.Add("output differs from expected-output.json (RFC 8785)");
        }

        return failures;
    }

    private static IReadOnlyList<string> RunEnvelope(string folder, string trustFile, JsonNode item)
    {
        var trust = TrustList.Read(File.ReadAllBytes(trustFile)).TrustList;
        if (trust is null)
        {
            return ["trust list unreadable"];
        }

        var at = DateTimeOffset.Parse((string)item["verifyAt"]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var policy = new VerificationPolicy
        {
            VerifierAuthorityId = (string?)item["verifierAuthorityId"],
            RequiredRoles = [.. item["requiredRoles"]!.AsArray().Select(r => (string)r! switch
            {
                "ISSUING" => SignerRole.Issuing,
                "VALIDATING" => SignerRole.Validating,
                _ => SignerRole.Executing,
            })],
        };
        var attachments = item["attachments"]!.AsObject().Select(a => EnvelopeAttachment.FromFile(a.Key, Path.Combine(folder, (string)a.Value!))).ToList();
        var result = new EnvelopeVerifier(trust, policy, new FixedTime(at)).Verify(File.ReadAllBytes(Path.Combine(folder, (string)item["file"]!)), attachments);
        var failures = new List<string>();
        Expect(failures, "verified", Bool((bool)item["expectVerified"]!), Bool(result.IsSuccess));
        var expected = item["expectedFindings"]!.AsArray().Select(f => $"{(string)f!["code"]!} {(string)f["pointer"]!}");
        if (!expected.SequenceEqual(result.Findings.Select(f => $"{f.Code} {f.Pointer}"), StringComparer.Ordinal))
        {
            failures.Add("findings differ: expected " + string.Join(", ", expected) + "; got " + string.Join(", ", result.Findings.Select(f => $"{f.Code} {f.Pointer}")));
        }

        return failures;
    }

    private static void Expect(List<string> failures, string what, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            failures.Add($"{what}: expected {expected ?? "none"}, got {actual ?? "none"}");
        }
    }

    private static string Snake(string pascal)
        => string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    internal static Profile ParseProfile(string wireName)
        => MlatJson.TryParseWireName<Profile>(wireName, out var profile) ? profile : throw new FormatException("Unknown profile.");

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
