using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Conformance.Tests.Versioning;

/// <summary>
/// samples/conversion/&lt;case&gt;/: input, expected output (absent when conversion must fail) and expected report
/// (specification §14.2): the converter must produce exactly that output (JCS) and exactly those changes and findings, in order.
/// </summary>
public sealed class ConversionSampleTests
{
    private static string Folder => Path.Combine(TestPaths.Samples, "conversion");

    public static TheoryData<string> Cases() => new(Directory.EnumerateDirectories(Folder).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal));

    private static string Canonical(byte[] json) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(json));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Conversion_gives_the_expected_output_and_report(string name)
    {
        var dir = Path.Combine(Folder, name);
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "expected-report.json")))!;
        var result = MlatConverter.Default.Convert(File.ReadAllBytes(Path.Combine(dir, "input.json")), MlatVersion.Parse((string)report["to"]!));

        Assert.Equal((bool)report["success"]!, result.IsSuccess);
        Assert.Equal(report["path"]!.AsArray().Select(v => (string)v!), result.Path.Select(v => v.ToString()));
        Assert.Equal(
            report["changes"]!.AsArray().Select(c => $"{(string)c!["kind"]!} {(string)c["step"]!} {(string)c["pointer"]!} {(string?)c["extensionKey"]} {(string?)c["original"]} {(string?)c["fallback"]}"),
            result.Changes.Select(c => $"{Snake(c.Kind.ToString())} {c.Step} {c.Pointer} {c.ExtensionKey} {c.Original} {c.Fallback}"));
        Assert.Equal(
            report["findings"]!.AsArray().Select(f => ((string)f!["code"]!, (string)f["pointer"]!)),
            result.Findings.Select(f => (f.Code, f.Pointer)));

        var expectedOutput = Path.Combine(dir, "expected-output.json");
        Assert.Equal(File.Exists(expectedOutput), result.IsSuccess);
        if (result.IsSuccess)
        {
            Assert.Equal(Canonical(File.ReadAllBytes(expectedOutput)), Canonical(result.Output!));
        }
    }

    [Fact]
    public void Up_after_down_in_the_samples_gives_back_the_original()
        => Assert.Equal(
            Canonical(File.ReadAllBytes(Path.Combine(Folder, "down-1-1-additions-to-1-0", "input.json"))),
            Canonical(File.ReadAllBytes(Path.Combine(Folder, "up-restores-what-down-parked", "expected-output.json"))));

    [Fact]
    public void Conversions_run_in_parallel_give_the_same_results_as_one_at_a_time()
    {
        var inputs = Directory.EnumerateFiles(Path.Combine(TestPaths.Samples, "1.1", "valid"), "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        string Render(byte[] input)
        {
            var r = MlatConverter.Default.Convert(input, MlatVersion.Parse("1.0"));
            return (r.Output is null ? "-" : Canonical(r.Output)) + string.Join(";", r.Changes) + string.Join(";", r.Findings.Select(f => f.Code + f.Pointer));
        }

        var sequential = inputs.Select(Render).ToArray();
        var parallel = new string[inputs.Length];
        Parallel.For(0, inputs.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i % inputs.Length] = Render(inputs[i % inputs.Length]));

        Assert.Equal(sequential, parallel);
    }

    private static string Snake(string pascal)
        => string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
