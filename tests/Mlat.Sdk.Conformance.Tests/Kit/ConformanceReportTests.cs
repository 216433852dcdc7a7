using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Mlat.Sdk.Validation.Rules;

namespace Mlat.Sdk.Conformance.Tests.Kit;

/// <summary>
/// Issue 18 point 3: profiles are the conformance levels, and the report (JSON, JUnit, HTML) states the kit version,
/// the samples' digest, the product under test and the levels passed; the HTML page is self-contained and escapes
/// every value.
/// </summary>
public sealed class ConformanceReportTests
{
    [Fact]
    public async Task The_three_reports_state_kit_version_samples_digest_product_and_levels_and_the_page_escapes_every_value()
    {
        // A product whose name and error text are markup: the page must show them as text.
        const string product = "<script>alert(1)</script> & \"co\"";
        var report = await BrokenAdapterTests.RunAgainstAsync(
            request => (string?)request["case"] == "reading/type-unknown" ? new JsonObject { ["error"] = "<b>boom</b>" } : SdkConformanceAdapter.Instance.Handle(request),
            operations: ["validate", "sign"],
            profile: null,
            product: product);

        Assert.Equal(product, report.Implementation);
        Assert.Matches("^sha256:[0-9a-f]{64}$", report.SamplesDigest);
        Assert.Equal(ConformanceRunner.SamplesDigest(TestPaths.Samples), report.SamplesDigest);
        var passed = report.Levels.Where(l => l.Passed).Select(l => l.Name).ToList();
        Assert.Equal(["schema-1.0", "schema-1.1", "schema-1.2", "signer"], passed.Where(n => !n.StartsWith("rules-", StringComparison.Ordinal)));
        Assert.DoesNotContain("strict-reading", passed);
        Assert.Contains(report.Levels, l => l.Name == "verifier" && !l.Passed);

        var html = Write(report.WriteHtml);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;boom&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains(report.SamplesDigest, html, StringComparison.Ordinal);
        Assert.Contains("<th>Kit version</th><td>" + report.KitVersion.ToString(3) + "</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Levels passed</th><td>" + string.Join(", ", passed) + "</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);

        var json = JsonNode.Parse(Write(report.WriteJson))!;
        Assert.Equal(product, (string)json["product"]!);
        Assert.Equal(report.KitVersion.ToString(3), (string)json["kitVersion"]!);
        Assert.Equal(typeof(ConformanceRunner).Assembly.GetName().Version!.ToString(3), (string)json["kitVersion"]!);
        Assert.Equal(report.SamplesDigest, (string)json["samplesDigest"]!);
        Assert.Equal(passed, json["levelsPassed"]!.AsArray().Select(v => (string)v!));

        var junit = XDocument.Parse(Write(report.WriteJUnit));
        var properties = junit.Descendants("testsuite").First().Element("properties")!.Elements("property").ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("value")!);
        Assert.Equal(product, properties["product"]);
        Assert.Equal(report.SamplesDigest, properties["samplesDigest"]);
        Assert.Equal(string.Join(" ", passed), properties["levelsPassed"]);
    }

    [Fact]
    public void The_samples_digest_changes_with_a_byte_or_a_name_of_any_sample()
    {
        var dir = Directory.CreateTempSubdirectory("mlat-digest-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "a"));
            File.WriteAllText(Path.Combine(dir.FullName, "a", "x.json"), "{}");
            File.WriteAllText(Path.Combine(dir.FullName, "manifest.json"), "{\"cases\":[]}");
            var first = ConformanceRunner.SamplesDigest(dir.FullName);
            File.WriteAllText(Path.Combine(dir.FullName, "a", "x.json"), "{ }");
            var changed = ConformanceRunner.SamplesDigest(dir.FullName);
            File.Move(Path.Combine(dir.FullName, "a", "x.json"), Path.Combine(dir.FullName, "a", "y.json"));
            var renamed = ConformanceRunner.SamplesDigest(dir.FullName);

            Assert.Equal(renamed, ConformanceRunner.SamplesDigest(dir.FullName));
            Assert.Equal(3, new[] { first, changed, renamed }.Distinct().Count());
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Theory]
    [InlineData("rules-EPOC", Messages.Profile.Epoc)]
    [InlineData("rules-EIO", Messages.Profile.Eio)]
    public async Task A_rules_level_per_instrument_holds_exactly_the_rule_cases_of_rules_that_apply_to_it(string level, Messages.Profile instrument)
    {
        var report = await new ConformanceRunner(new ConformanceOptions { SamplesDirectory = TestPaths.Samples, Profile = level }).RunAsync();
        var manifest = JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "manifest.json")))!["cases"]!.AsArray();
        var rules = RuleSet.All.Where(r => r.Profiles.Contains(instrument)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        Assert.True(report.IsSuccess);
        Assert.Equal(
            manifest.Where(c => (string?)c!["kind"] == "rule" && rules.Contains((string)c["rule"]!)).Select(c => (string)c!["id"]!).Order(StringComparer.Ordinal),
            report.Cases.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.True(report.Cases.Count < manifest.Count(c => (string?)c!["kind"] == "rule"), "some rule applies to another instrument only");
        Assert.Equal([level], report.Levels.Where(l => l.Passed).Select(l => l.Name));
    }

    private static string Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
