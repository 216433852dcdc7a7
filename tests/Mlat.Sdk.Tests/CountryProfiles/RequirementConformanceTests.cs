using System.Text.Json.Nodes;
using Mlat.Sdk.Conformance;

namespace Mlat.Sdk.Tests.CountryProfiles;

/// <summary>
/// The kit's requirements suite (issue 19 point 3): a case whose expected findings differ from what the profile gives
/// fails, naming the code and pointer on both sides; a draft that is not valid without the profile fails too.
/// </summary>
public sealed class RequirementConformanceTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("mlat-conf-req-");

    public void Dispose() => dir.Delete(recursive: true);

    private async Task<ConformanceReport> RunWith(string @case, Action<JsonNode> change)
    {
        File.WriteAllText(Path.Combine(dir.FullName, "manifest.json"), """{"cases":[]}""");
        var capabilities = Directory.CreateDirectory(Path.Combine(dir.FullName, "capabilities")).FullName;
        foreach (var profile in Directory.EnumerateFiles(Path.Combine(TestPaths.Samples, "capabilities"), "*.json"))
        {
            File.Copy(profile, Path.Combine(capabilities, Path.GetFileName(profile)));
        }

        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, "capabilities", "cases", @case)))!;
        change(node);
        var target = Path.Combine(capabilities, "cases", @case);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, node.ToJsonString());
        return await new ConformanceRunner(new ConformanceOptions { SamplesDirectory = dir.FullName, Profile = "requirements" }).RunAsync();
    }

    [Fact]
    public async Task An_unchanged_case_passes()
    {
        var report = await RunWith("de-bfj/de.ets030/misses-language.json", _ => { });
        Assert.True(report.IsSuccess);
        Assert.Equal("requirements/de-bfj/de.ets030/misses-language", Assert.Single(report.Cases).Id);
    }

    [Fact]
    public async Task A_wrong_expected_pointer_fails_naming_both_findings()
    {
        var report = await RunWith("de-bfj/de.ets030/misses-language.json", c => c["expected"]![0]!["pointer"] = "/header/route");
        var result = Assert.Single(report.Cases);
        Assert.False(result.Passed);
        Assert.Contains("expected MLAT-REQ-LANGUAGE at /header/route, not reported", result.Failures);
        Assert.Contains("unexpected MLAT-REQ-LANGUAGE at /header/language", result.Failures);
    }

    [Fact]
    public async Task A_draft_invalid_without_the_profile_fails_the_case()
    {
        var report = await RunWith("gb-ukca/gb.ets030/meets.json", c => c["message"]!["body"]!["measures"] = new JsonArray());
        var result = Assert.Single(report.Cases);
        Assert.False(result.Passed);
        Assert.Contains(result.Failures, f => f.StartsWith("the draft is not valid without the profile: schema.minItems /body/measures", StringComparison.Ordinal));
    }
}
