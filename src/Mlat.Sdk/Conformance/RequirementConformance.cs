using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Conformance;

/// <summary>
/// One requirement case of the kit (samples/capabilities/cases, specification §10.7): <c>profile</c> names a country
/// profile in samples/capabilities, <c>message</c> is a draft request and <c>expected</c> its (code, pointer) MLAT-REQ
/// findings. The draft must be valid without the profile, so that the findings are the profile's doing; with it, the
/// MLAT-REQ findings must be exactly the expected ones. Failures name codes and pointers only.
/// </summary>
internal static class RequirementConformance
{
    public static IReadOnlyList<string> Run(string casePath, string profiles)
    {
        var c = JsonNode.Parse(File.ReadAllBytes(casePath))!;
        var read = CapabilitiesReader.Read(File.ReadAllBytes(Path.Combine(profiles, (string)c["profile"]!)));
        if (read.Document?.Requirements is not { } profile)
        {
            return ["the profile does not read as a capabilities document with requirements: " + string.Join(", ", read.Findings.Select(f => f.Code + " " + f.Pointer))];
        }

        var failures = new List<string>(read.Ignored.Select(p => "the profile's reader ignored " + p));
        var draft = Encoding.UTF8.GetBytes(c["message"]!.ToJsonString());
        var without = MlatValidator.Default.Validate(draft);
        if (!without.IsSuccess)
        {
            failures.Add("the draft is not valid without the profile: " + string.Join(", ", without.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Code + " " + f.Pointer)));
        }

        var expected = c["expected"]!.AsArray().Select(e => ((string)e!["code"]!, (string)e["pointer"]!)).ToHashSet();
        var actual = MlatValidator.Default.Validate(draft, profile).Findings.Where(f => f.Category == FindingCategory.Requirement).Select(f => (f.Code, f.Pointer)).ToHashSet();
        failures.AddRange(expected.Except(actual).Order().Select(e => $"expected {e.Item1} at {e.Item2}, not reported"));
        failures.AddRange(actual.Except(expected).Order().Select(a => $"unexpected {a.Item1} at {a.Item2}"));
        return failures;
    }
}
