using System.Xml.Linq;
using Mlat.Sdk.Conformance;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Tests.Cli;

namespace Mlat.Sdk.Tests.Conformance;

/// <summary>Issue 6, "must show": the kit passes on the bundled samples, its JUnit file has the right case count, and
/// the external-implementation mode fails exactly the cases a wrong product gets wrong.</summary>
public sealed class ConformanceRunnerTests
{
    private static int ManifestCases => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "manifest.json")))!["cases"]!.AsArray().Count;

    private static int EnvelopeCases => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "envelopes", "verification", "manifest.json")))!["cases"]!.AsArray().Count;

    private static int ReadingCases => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "reading", "manifest.json")))!["cases"]!.AsArray().Count;

    private static int ExpectedTotal => ManifestCases + ReadingCases
        + Directory.GetFiles(Path.Combine(TestPaths.Samples, "negotiation"), "*.json").Length
        + Directory.GetDirectories(Path.Combine(TestPaths.Samples, "conversion")).Length
        + EnvelopeCases
        + Directory.GetDirectories(Path.Combine(TestPaths.Samples, "cases")).Length
        + Directory.GetFiles(Path.Combine(TestPaths.Samples, "capabilities", "cases"), "*.json", SearchOption.AllDirectories).Length
        + CasesOf("signing") + CasesOf("encryption");

    private static int CasesOf(string folder) => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, folder, "manifest.json")))!["cases"]!.AsArray().Count;

    [Fact]
    public void Conformance_run_passes_on_the_bundled_samples_and_writes_junit_and_json_with_every_case()
    {
        var dir = Directory.CreateTempSubdirectory("mlat-conf-");
        try
        {
            var junit = Path.Combine(dir.FullName, "report.xml");
            var json = Path.Combine(dir.FullName, "report.json");

            var (exit, stdout, _) = CliRunner.Run("conformance", "run", "--samples", TestPaths.Samples, "--junit", junit, "--json", json);

            Assert.Equal(0, exit);
            Assert.Equal($"{ExpectedTotal} passed, 0 failed", stdout.TrimEnd().Split('\n')[^1].TrimEnd());
            var xml = XDocument.Load(junit);
            Assert.Equal(ExpectedTotal, xml.Descendants("testcase").Count());
            Assert.Empty(xml.Descendants("failure"));
            Assert.Equal(
                ["cases", "conversion", "encryption", "envelopes", "invalid", "negotiation", "reading", "requirements", "rules", "signing", "valid"],
                xml.Descendants("testsuite").Select(s => (string)s.Attribute("name")!).Order(StringComparer.Ordinal));
            var report = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(json))!;
            Assert.Equal(ExpectedTotal, (int)report["passed"]!);
            Assert.Equal(ExpectedTotal, report["cases"]!.AsArray().Count);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Theory]
    [InlineData("envelopes", "envelopes")]
    [InlineData("cases", "cases")]
    [InlineData("requirements", "requirements")]
    [InlineData("rules-1.0", "rules")]
    [InlineData("receiver-core-1.1", "invalid,reading,valid")]
    [InlineData("versioning", "conversion,negotiation")]
    public async Task A_kit_profile_selects_only_its_suites(string profile, string suites)
    {
        ArgumentNullException.ThrowIfNull(suites);
        var report = await new ConformanceRunner(new ConformanceOptions { SamplesDirectory = TestPaths.Samples, Profile = profile }).RunAsync();

        Assert.True(report.IsSuccess);
        Assert.Equal(suites.Split(','), report.Cases.Select(c => c.Suite).Distinct().Order(StringComparer.Ordinal));
        Assert.InRange(report.Cases.Count, 1, ExpectedTotal - 1);
    }

    [Fact]
    public async Task Cases_suite_fails_a_conversation_whose_fold_differs_from_its_expected_json_and_names_the_member()
    {
        var dir = Directory.CreateTempSubdirectory("mlat-conf-cases-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "manifest.json"), "{\"cases\":[]}");
            var source = Path.Combine(TestPaths.Samples, "cases", "eio-withdrawn");
            var target = Directory.CreateDirectory(Path.Combine(dir.FullName, "cases", "eio-withdrawn")).FullName;
            foreach (var file in Directory.GetFiles(source))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }

            var good = await new ConformanceRunner(new ConformanceOptions { SamplesDirectory = dir.FullName, Profile = "cases" }).RunAsync();
            var expected = Path.Combine(target, "expected.json");
            File.WriteAllText(expected, File.ReadAllText(expected).Replace("\"state\": \"WITHDRAWN\",\n  \"measures\"", "\"state\": \"CLOSED\",\n  \"measures\"", StringComparison.Ordinal));
            var bad = await new ConformanceRunner(new ConformanceOptions { SamplesDirectory = dir.FullName, Profile = "cases" }).RunAsync();

            Assert.True(good.IsSuccess);
            Assert.Equal("cases/eio-withdrawn", Assert.Single(good.Cases).Id);
            Assert.False(bad.IsSuccess);
            Assert.Equal(["/state differs"], Assert.Single(bad.Cases).Failures);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public async Task Receiver_core_profiles_of_every_version_together_cover_every_valid_and_invalid_case()
    {
        var all = await new ConformanceRunner(new ConformanceOptions { SamplesDirectory = TestPaths.Samples }).RunAsync();
        var v10 = await new ConformanceRunner(new ConformanceOptions { SamplesDirectory = TestPaths.Samples, Profile = "receiver-core-1.0" }).RunAsync();
        var v11 = await new ConformanceRunner(new ConformanceOptions { SamplesDirectory = TestPaths.Samples, Profile = "receiver-core-1.1" }).RunAsync();
        var v12 = await new ConformanceRunner(new ConformanceOptions { SamplesDirectory = TestPaths.Samples, Profile = "receiver-core-1.2" }).RunAsync();

        Assert.NotEmpty(v12.Cases);
        Assert.All(v12.Cases.Where(c => c.Suite != "reading"), c => Assert.StartsWith("1.2/", c.Id, StringComparison.Ordinal));
        Assert.Equal(
            all.Cases.Where(c => c.Suite is "valid" or "invalid").Select(c => c.Id).Order(StringComparer.Ordinal),
            v10.Cases.Concat(v11.Cases).Concat(v12.Cases).Where(c => c.Suite != "reading").Select(c => c.Id).Order(StringComparer.Ordinal));

        // Strict reading is the same for every release: each receiver profile holds every reading case.
        var reading = all.Cases.Where(c => c.Suite == "reading").Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(ReadingCases, reading.Count);
        Assert.All(new[] { v10, v11, v12 }, v => Assert.Equal(reading, v.Cases.Where(c => c.Suite == "reading").Select(c => c.Id).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Conformance_run_with_an_unknown_profile_is_a_usage_error()
        => Assert.Equal(2, CliRunner.Run("conformance", "run", "--samples", TestPaths.Samples, "--profile", "receiver-core-9.9").Exit);

    [Fact]
    public void Conformance_run_without_a_manifest_is_a_usage_error()
    {
        var dir = Directory.CreateTempSubdirectory("mlat-conf-");
        try
        {
            var (exit, _, stderr) = CliRunner.Run("conformance", "run", "--samples", dir.FullName);
            Assert.Equal(2, exit);
            Assert.Contains("MLAT-CLI-UNREADABLE", stderr, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void A_case_that_gives_the_wrong_answer_fails_with_codes_and_pointers_and_exit_code_1()
    {
        // A copy of the samples where one invalid case expects a different pointer than the SDK reports.
        var dir = Directory.CreateTempSubdirectory("mlat-conf-");
        try
        {
            CopyTree(TestPaths.Samples, dir.FullName);
            var manifestPath = Path.Combine(dir.FullName, "manifest.json");
            var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(manifestPath))!;
            var broken = manifest["cases"]!.AsArray().First(c => !(bool)c!["expectValid"]! && c["kind"] is null)!;
            broken["expectedFindings"]![0]!["pointer"] = "/body/nowhere";
            File.WriteAllText(manifestPath, manifest.ToJsonString());

            var (exit, stdout, _) = CliRunner.Run("conformance", "run", "--samples", dir.FullName, "--profile", "receiver-core-1.0");

            Assert.Equal(1, exit);
            Assert.Contains($"FAIL invalid: {(string)broken["id"]!}", stdout, StringComparison.Ordinal);
            Assert.Contains("'/body/nowhere'", stdout, StringComparison.Ordinal);
            Assert.EndsWith(" passed, 1 failed", stdout.TrimEnd(), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public async Task External_implementation_fails_exactly_the_cases_it_gets_wrong()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Conformance", "Fixtures", "wrong-validator.mjs");

        var report = await new ConformanceRunner(new ConformanceOptions
        {
            SamplesDirectory = TestPaths.Samples,
            Implementation = new Mlat.Cli.ShellConformanceImplementation($"node \"{script}\" \"{TestPaths.Samples}\""),
            MaxParallelism = 2,
        }).RunAsync();

        Assert.Equal(ManifestCases + ReadingCases, report.Cases.Count);
        Assert.All(report.Cases, c => Assert.Contains(c.Suite, new[] { "reading", "valid", "invalid", "rules" }));
        Assert.Equal(
            [
                "1.0/invalid/AcknowledgementOfReceipt/extra-member-in-body",
                "1.0/rules/MLAT-R-0001/violates-other-competent-without-validation",
                "1.0/valid/AcknowledgementOfReceipt/minimal-annex-b",
                "1.1/valid/ProductionOrder/minimal",
            ],
            report.Cases.Where(c => !c.Passed).Select(c => c.Id).Order(StringComparer.Ordinal));
        var rejected = report.Cases.Single(c => c.Id == "1.0/valid/AcknowledgementOfReceipt/minimal-annex-b");
        Assert.Contains("expected valid=true, got valid=false", rejected.Failures);
        Assert.Contains("unexpected finding schema.required at '/body'", rejected.Failures);
        Assert.StartsWith("implementation output is not", Assert.Single(report.Cases.Single(c => c.Id == "1.1/valid/ProductionOrder/minimal").Failures), StringComparison.Ordinal);
        Assert.Equal($"{ManifestCases + ReadingCases - 4} passed, 4 failed", report.Summary);

        using var junit = new MemoryStream();
        report.WriteJUnit(junit);
        junit.Position = 0;
        var failed = XDocument.Load(junit).Descendants("testcase").Where(t => t.Element("failure") is not null).Select(t => (string)t.Attribute("name")!);
        Assert.Equal(report.Cases.Where(c => !c.Passed).Select(c => c.Id).Order(StringComparer.Ordinal), failed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_implementation_reached_in_process_is_judged_by_its_answers_alone()
    {
        // The SDK's seam for other products: no process, no shell. An implementation that answers like the SDK passes
        // every validation case; one that accepts everything fails exactly the cases expected to be invalid.
        var honest = await new ConformanceRunner(new ConformanceOptions { SamplesDirectory = TestPaths.Samples, Implementation = new InProcess("honest", lax: false) }).RunAsync();
        var lax = await new ConformanceRunner(new ConformanceOptions { SamplesDirectory = TestPaths.Samples, Implementation = new InProcess("lax", lax: true) }).RunAsync();

        Assert.Equal(ManifestCases + ReadingCases, honest.Cases.Count);
        Assert.True(honest.IsSuccess, string.Join("; ", honest.Cases.Where(c => !c.Passed).Select(c => c.Id)));
        Assert.Equal("honest", honest.Implementation);
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "manifest.json")))!["cases"]!.AsArray()
            .Concat(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "reading", "manifest.json")))!["cases"]!.AsArray());
        Assert.Equal(
            manifest.Where(c => !(bool)c!["expectValid"]! || c["expectedFindings"]!.AsArray().Count > 0).Select(c => (string)c!["id"]!).Order(StringComparer.Ordinal),
            lax.Cases.Where(c => !c.Passed).Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    private sealed class InProcess(string name, bool lax) : IConformanceImplementation
    {
        public string Name => name;

        public Task<ConformanceAnswer> ValidateAsync(ConformanceSample sample, CancellationToken cancellationToken)
        {
            if (lax)
            {
                return Task.FromResult(new ConformanceAnswer { IsValid = true });
            }

            var validator = new MlatValidator(new MlatValidatorOptions { Profile = sample.Profile is null ? null : ConformanceRunner.ParseProfile(sample.Profile) });
            var request = sample.RequestPath is null ? null : validator.Validate(File.ReadAllBytes(sample.RequestPath)).Message;
            var bytes = File.ReadAllBytes(sample.Path);
            var report = request is null ? validator.Validate(bytes) : validator.Validate(bytes, request);
            var isRule = sample.Path.Contains("/rules/", StringComparison.Ordinal);
            return Task.FromResult(new ConformanceAnswer
            {
                IsValid = report.IsSuccess,
                Findings = report.Findings.Where(f => isRule || f.Severity == FindingSeverity.Error).ToArray(),
            });
        }
    }

    [Fact]
    public void A_profile_name_that_is_not_in_the_kit_is_rejected_by_the_runner()
        => Assert.Throws<ArgumentException>(() => new ConformanceRunner(new ConformanceOptions { SamplesDirectory = TestPaths.Samples, Profile = "nope" }));

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
