using System.Text.Json.Nodes;
using AdapterProcess = Mlat.Cli.AdapterProcess;

namespace Mlat.Sdk.Conformance.Tests.Kit;

/// <summary>One run of the whole kit against the node reference adapter (tests/interop/conformance-adapter.mjs), one process.</summary>
public sealed class NodeAdapterRun : IAsyncLifetime
{
    public ConformanceReport? Report { get; private set; }

    public async Task InitializeAsync()
    {
        if (!Directory.Exists(Path.Combine(TestPaths.Interop, "node_modules")))
        {
            return; // the test is skipped (or, in CI, fails) through its requirement
        }

        await using var adapter = AdapterProcess.Start($"node \"{Path.Combine(TestPaths.Interop, "conformance-adapter.mjs")}\"");
        Report = await new ConformanceRunner(new ConformanceOptions { SamplesDirectory = TestPaths.Samples, Adapter = adapter.Client, MaxParallelism = 1 }).RunAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// Issue 18 point 4: the kit tells a lenient product from a strict one. The node reference adapter (JSON.parse, ajv,
/// jose, node:crypto) passes every schema case and the sender, signer, verifier, encryption and versioning levels, and
/// fails exactly the strict-reading cases that JSON.parse cannot see — plus, as it claims no such level, the business
/// rules it does not apply.
/// </summary>
public sealed class NodeReferenceAdapterTests(NodeAdapterRun run) : IClassFixture<NodeAdapterRun>
{
    // What Buffer#toString + JSON.parse cannot see: duplicates (last wins), lone surrogates (kept), invalid UTF-8
    // (replaced), a BOM (a syntax error, not an encoding error), numbers (rounded or Infinity), depth and size (no
    // limit), and where a syntax error stopped (no position as a pointer).
    private static readonly string[] InvisibleToJsonParse =
    [
        "reading/byte-order-mark",
        "reading/duplicate-member-escaped",
        "reading/duplicate-member-header",
        "reading/duplicate-member-header-name",
        "reading/duplicate-member-nested",
        "reading/duplicate-member-plain",
        "reading/invalid-utf8-beyond-unicode",
        "reading/invalid-utf8-byte",
        "reading/invalid-utf8-encoded-surrogate",
        "reading/invalid-utf8-overlong-slash",
        "reading/invalid-utf8-overlong-three-byte",
        "reading/invalid-utf8-truncated",
        "reading/lone-surrogate-array-element",
        "reading/lone-surrogate-high",
        "reading/lone-surrogate-low",
        "reading/malformed-comment",
        "reading/malformed-trailing-comma",
        "reading/nested-100000",
        "reading/number-1e400",
        "reading/number-below-minus-2-53",
        "reading/number-beyond-2-53",
        "reading/number-huge-integer",
        "reading/too-deep-65",
        "reading/too-large",
    ];

    private ConformanceReport Report => run.Report ?? throw new InvalidOperationException("The npm peers are not installed: run npm ci in tests/interop.");

    [RequiresFact(Requirement.NodePeers)]
    public void The_node_adapter_fails_exactly_the_strict_reading_cases_json_parse_cannot_see()
    {
        Assert.Equal(InvisibleToJsonParse, Report.Cases.Where(c => c.Suite == "reading" && !c.Passed).Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Contains(Report.Cases, c => c.Suite == "reading" && c.Passed);
        Assert.Equal("node reference adapter (JSON.parse, ajv, jose)", Report.Implementation);
    }

    [RequiresFact(Requirement.NodePeers)]
    public void The_node_adapter_passes_every_schema_signer_verifier_encryption_negotiation_and_conversion_case_and_exactly_those_levels()
    {
        Assert.All(
            Report.Cases.Where(c => c.Suite is "valid" or "invalid" or "signing" or "envelopes" or "encryption" or "negotiation" or "conversion"),
            c => Assert.True(c.Passed, c.Id + ": " + string.Join(", ", c.Failures)));
        Assert.Equal(
            ["schema-1.0", "schema-1.1", "schema-1.2", "sender-core-1.0", "sender-core-1.1", "sender-core-1.2", "signer", "verifier", "encryption", "versioning", "envelopes"],
            Report.Levels.Where(l => l.Passed).Select(l => l.Name));
        Assert.Equal(24, Report.Cases.Count(c => c.Suite == "envelopes"));
        Assert.Equal(6, Report.Cases.Count(c => c.Suite == "signing"));
        Assert.Equal(36, Report.Cases.Count(c => c.Suite == "negotiation"));
        Assert.Equal(11, Report.Cases.Count(c => c.Suite == "conversion"));
    }

    [RequiresFact(Requirement.NodePeers)]
    public void The_node_adapter_fails_only_the_rule_cases_that_expect_a_finding_besides_strict_reading()
    {
        var manifest = JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "manifest.json")))!["cases"]!.AsArray();
        Assert.Equal(
            manifest.Where(c => (string?)c!["kind"] == "rule" && c["expectedFindings"]!.AsArray().Count > 0).Select(c => (string)c!["id"]!).Order(StringComparer.Ordinal),
            Report.Cases.Where(c => c.Suite == "rules" && !c.Passed).Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["reading", "rules"], Report.Cases.Where(c => !c.Passed).Select(c => c.Suite).Distinct().Order(StringComparer.Ordinal));
    }
}
