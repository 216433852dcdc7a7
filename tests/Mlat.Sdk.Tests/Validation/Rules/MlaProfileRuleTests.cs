using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Validation.Rules;

namespace Mlat.Sdk.Tests.Validation.Rules;

/// <summary>
/// MLAT-R-0120 to MLAT-R-0126 (issue 21): the EIO's remote-hearing, language and deadline checks for the mutual legal
/// assistance profiles. Each runs on a 1.2 request only (BusinessRule.Since), so the same defect in a 1.1 request keeps
/// the 1.1 result; the EIO keeps its own rules (MLAT-R-0005, 0033, 0010), except the interpreter language (MLAT-R-0123).
/// </summary>
public sealed class MlaProfileRuleTests
{
    private static readonly string[] NewRules = ["MLAT-R-0120", "MLAT-R-0121", "MLAT-R-0122", "MLAT-R-0123", "MLAT-R-0124", "MLAT-R-0125", "MLAT-R-0126"];

    private const string Untoc = "valid/AssistanceRequest/untoc-br-es-witness-videoconference.json";
    private const string Eio = "valid/AssistanceRequest/eio-gps-covert-videoconference-sorani.json";

    /// <summary>The defects, each on the UNTOC BR-ES videoconference request that 1.1 and 1.2 both have.</summary>
    public static TheoryData<string, string?, string, string, FindingSeverity> Defects => new()
    {
        // defect, forced profile, rule, pointer, severity
        { "no-conducting-authority", null, "MLAT-R-0121", "/body/measures/0/details/remoteHearing/conductingAuthority", FindingSeverity.Warning },
        { "no-conducting-authority", "MLA_ETS030", "MLAT-R-0120", "/body/measures/0/details/remoteHearing/conductingAuthority", FindingSeverity.Error },
        { "no-remote-hearing-details", "MLA_EU_2000", "MLAT-R-0120", "/body/measures/0/details/remoteHearing", FindingSeverity.Error },
        { "no-languages-understood", null, "MLAT-R-0122", "/body/persons/0/languagesUnderstood", FindingSeverity.Warning },
        { "urgent-without-deadline", null, "MLAT-R-0124", "/body/deadlines", FindingSeverity.Warning },
        { "deadline-without-reason", null, "MLAT-R-0126", "/body/deadlines/0/reason", FindingSeverity.Warning },
        { "deadline-without-reason", "MLA_EU_2000", "MLAT-R-0125", "/body/deadlines/0/reason", FindingSeverity.Error },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void A_1_2_request_under_an_mla_profile_gets_the_finding_at_the_defect(string defect, string? profile, string rule, string pointer, FindingSeverity severity)
    {
        var report = Validate(Mutated("1.2", Untoc, defect), profile);

        Assert.Equal([(rule, pointer, severity)], NewFindings(report));
    }

    [Theory]
    [MemberData(nameof(Defects))]
    public void A_1_1_request_with_the_same_defect_gets_no_new_finding(string defect, string? profile, string rule, string pointer, FindingSeverity severity)
    {
        _ = (rule, pointer, severity);
        var v11 = Mutated("1.1", Untoc, defect);
        Assert.Equal("1.1", JsonNode.Parse(v11)!["header"]!["version"]!.GetValue<string>());

        // Under the 1.1 profile the request falls back to (MLA_EU_2000 is MLA_BILATERAL in 1.1), the rules of 1.2 stay silent.
        var report = Validate(v11, profile == "MLA_EU_2000" ? "MLA_BILATERAL" : profile);

        Assert.Empty(NewFindings(report));
        if (profile is null)
        {
            Assert.True(report.IsSuccess); // the 1.1 result of this request is what it was before 1.2: valid
        }
    }

    [Fact]
    public void The_unchanged_request_gets_none_of_the_new_findings_in_either_release()
    {
        Assert.Empty(NewFindings(Validate(File.ReadAllBytes(SamplePath("1.2", Untoc)), null)));
        Assert.Empty(NewFindings(Validate(File.ReadAllBytes(SamplePath("1.1", Untoc)), null)));
    }

    [Theory]
    [InlineData("ISSUING_STATE", true, false, "/body/measures/0/details/remoteHearing/interpreterLanguages")]
    [InlineData("EXECUTING_STATE", true, false, "/body/measures/0/details/remoteHearing/interpreterLanguages")]
    [InlineData("EXECUTING_STATE", false, false, "")]
    [InlineData("EXECUTING_STATE", true, true, "")]
    [InlineData("NOT_NEEDED", true, false, "")]
    public void An_interpreter_arranged_for_a_remote_hearing_names_its_language(string interpreter, bool dropIso6391, bool addIso6393, string expected)
    {
        var node = Node("1.2", Untoc);
        var hearing = node["body"]!["measures"]![0]!["details"]!["remoteHearing"]!.AsObject();
        hearing["interpreter"] = interpreter;
        if (dropIso6391)
        {
            hearing.Remove("interpreterLanguages");
        }

        if (addIso6393)
        {
            hearing["interpreterLanguagesIso6393"] = new JsonArray("yue");
        }

        var report = Validate(Bytes(node), null);

        Assert.Equal(expected, string.Join(" ", NewFindings(report).Where(f => f.Code == "MLAT-R-0123").Select(f => f.Pointer)));
        Assert.Equal(string.IsNullOrEmpty(expected), report.IsSuccess);
    }

    [Fact]
    public void An_eio_keeps_its_own_rules_and_gets_only_the_interpreter_check()
    {
        var node = Node("1.2", Eio);
        var body = node["body"]!.AsObject();
        var hearing = body["measures"]![1]!["details"]!["remoteHearing"]!.AsObject();
        hearing.Remove("conductingAuthority");
        hearing.Remove("interpreterLanguages");
        hearing.Remove("interpreterLanguagesIso6393");
        body["persons"]![0]!.AsObject().Remove("languagesUnderstood");
        body["urgency"] = JsonNode.Parse("""{"level":"URGENT","reasons":["IMMINENT_TRIAL"]}""");
        body["deadlines"] = JsonNode.Parse("""[{"kind":"CUSTOM","dueAt":"2027-01-15T09:00:00Z"}]""");

        var report = Validate(Bytes(node), null);
        var codes = report.Findings.Select(f => $"{f.Code} {f.Pointer}").ToList();

        // The EIO rules report the conducting authority, the languages and the deadline's reason as before 1.2 …
        Assert.Contains("MLAT-R-0005 /body/measures/1/details/remoteHearing/conductingAuthority", codes);
        Assert.Contains("MLAT-R-0033 /body/persons/0/languagesUnderstood", codes);
        Assert.Contains("MLAT-R-0010 /body/deadlines/0/reason", codes);

        // … and of the new rules only the interpreter language, which no EIO rule checked, applies to the EIO.
        Assert.Equal([("MLAT-R-0123", "/body/measures/1/details/remoteHearing/interpreterLanguages", FindingSeverity.Error)], NewFindings(report));
    }

    [Fact]
    public void An_emergency_without_a_deadline_is_reported_once_by_the_rule_of_every_profile()
    {
        var node = Node("1.2", Untoc);
        node["body"]!["urgency"]!["level"] = "EMERGENCY";
        node["body"]!.AsObject().Remove("deadlines");

        var report = Validate(Bytes(node), null);

        // MLAT-R-0060 (error, every profile) covers EMERGENCY; MLAT-R-0124 is for URGENT only, so one defect, one finding.
        Assert.Contains(report.Findings, f => f is { Code: "MLAT-R-0060", Pointer: "/body/deadlines" });
        Assert.Empty(NewFindings(report));
    }

    [Theory]
    [InlineData("STATUTORY", "")]
    [InlineData("AGREED", "")]
    [InlineData("REQUESTED", "MLAT-R-0126 /body/deadlines/0/reason")]
    public void Only_a_deadline_the_requesting_state_suggests_needs_a_reason(string origin, string expected)
    {
        var node = Node("1.2", Untoc);
        var deadline = node["body"]!["deadlines"]![0]!.AsObject();
        deadline.Remove("reason");
        deadline["origin"] = origin;

        var report = Validate(Bytes(node), null);

        Assert.Equal(expected, string.Join(" | ", NewFindings(report).Select(f => $"{f.Code} {f.Pointer}")));
    }

    [Theory]
    [InlineData("1.1", 0)]
    [InlineData("1.2", 1)]
    public void Every_new_rule_is_gated_on_release_1_2_by_its_since(string version, int expectedPerRule)
    {
        // The model binds a 1.1 header with 1.2 members too, so the gate itself (not the 1.1 schema) must keep the rules out.
        var node = Node("1.2", Untoc);
        var hearing = node["body"]!["measures"]![0]!["details"]!["remoteHearing"]!.AsObject();
        hearing.Remove("conductingAuthority");
        hearing.Remove("interpreterLanguages");
        hearing["interpreter"] = "ISSUING_STATE";
        node["body"]!["persons"]![0]!.AsObject().Remove("languagesUnderstood");
        node["body"]!["deadlines"]![0]!.AsObject().Remove("reason");
        node["header"]!["version"] = version;

        using var document = System.Text.Json.JsonDocument.Parse(Bytes(node));
        var message = MlatJson.Bind(document.RootElement, MessageType.AssistanceRequest);
        var rules = RuleSet.All.Where(r => NewRules.Contains(r.Id)).ToList();
        Assert.All(rules, r => Assert.Equal("1.2", r.Since));

        foreach (var (profile, ids) in new (Profile, string[])[]
        {
            (Profile.MlaUntoc, ["MLAT-R-0121", "MLAT-R-0122", "MLAT-R-0123", "MLAT-R-0126"]),
            (Profile.MlaEu2000, ["MLAT-R-0120", "MLAT-R-0122", "MLAT-R-0123", "MLAT-R-0125"]),
        })
        {
            var findings = new List<Finding>();
            RuleSet.Run(rules, message, profile, request: null, findings);
            Assert.Equal(ids.SelectMany(id => Enumerable.Repeat(id, expectedPerRule)), findings.Select(f => f.Code).Order(StringComparer.Ordinal));
        }
    }

    private static List<(string Code, string Pointer, FindingSeverity Severity)> NewFindings(ValidationReport report)
        => report.Findings.Where(f => NewRules.Contains(f.Code)).Select(f => (f.Code, f.Pointer, f.Severity)).ToList();

    private static ValidationReport Validate(byte[] bytes, string? profile)
    {
        var validator = profile is null
            ? MlatValidator.Default
            : new MlatValidator(new MlatValidatorOptions { Profile = Enum.GetValues<Profile>().Single(p => RuleCatalogTests.WireName(p) == profile) });
        return validator.Validate(bytes);
    }

    private static byte[] Mutated(string version, string sample, string defect)
    {
        var node = Node(version, sample);
        var body = node["body"]!.AsObject();
        var measure = body["measures"]![0]!.AsObject();
        switch (defect)
        {
            case "no-conducting-authority":
                measure["details"]!["remoteHearing"]!.AsObject().Remove("conductingAuthority");
                break;
            case "no-remote-hearing-details":
                measure["details"]!.AsObject().Remove("remoteHearing");
                break;
            case "no-languages-understood":
                body["persons"]![0]!.AsObject().Remove("languagesUnderstood");
                break;
            case "urgent-without-deadline":
                Assert.Equal("URGENT", body["urgency"]!["level"]!.GetValue<string>());
                body.Remove("deadlines");
                break;
            case "deadline-without-reason":
                body["deadlines"]![0]!.AsObject().Remove("reason");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(defect), defect, "unknown defect");
        }

        return Bytes(node);
    }

    private static JsonNode Node(string version, string sample) => JsonNode.Parse(File.ReadAllBytes(SamplePath(version, sample)))!;

    private static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private static string SamplePath(string version, string sample) => Path.Combine(TestPaths.Samples, version, sample);
}
