using System.Text;
using System.Text.Json;
using Mlat.Sdk.Conformance.Tests.Interop;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Conformance.Tests.Versioning;

/// <summary>
/// specification §11 on the corpus, for every MINOR step (1.1 -> 1.0 and 1.2 -> 1.1): every valid sample of a type the
/// lower release has goes down to a message that validates against the lower release in the SDK and in ajv (schemas
/// picked by version), and comes back up JCS-identical; every valid sample of the lower release goes up to a valid
/// message; a type the lower release lacks is refused with MLAT-CONV-LOSSY. The few 1.2 samples whose content 1.1 cannot
/// hold at all (a status with no measure outcome, a person with no family name) are refused with
/// MLAT-CONV-TARGET-INVALID at the member 1.1 requires; they are listed here by id, so a new one fails until it is named.
/// </summary>
public sealed class SampleConversionTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, bool>> AjvOnDownConverted = new(RunAjv);

    /// <summary>1.2 samples 1.1 cannot express, with the pointer of the 1.1 requirement they fail.</summary>
    private static readonly Dictionary<string, string> NotExpressibleDown = new(StringComparer.Ordinal)
    {
        ["1.2/valid/StatusUpdate/received-not-yet-assigned"] = "/body/outcomes",
        ["1.2/rules/MLAT-R-0103/satisfies-received-with-phase"] = "/body/outcomes",
        ["1.2/valid/AssistanceRequest/unknown-suspect-without-name"] = "/body/persons/0/familyNames",
        ["1.2/rules/MLAT-R-0102/satisfies-unknown-suspect"] = "/body/persons/0/familyNames",
        ["1.2/rules/MLAT-R-0102/satisfies-single-name-person"] = "/body/persons/0/familyNames",
        // issue 21: a death penalty or a life sentence without an invented maximum (1.1 requires Penalty.maximum)
        ["1.2/valid/AssistanceRequest/inter-american-us-ar-advance-interpol"] = "/body/offences/0/maximumPenalty/maximum",
        ["1.2/valid/AssistanceRequest/inter-american-us-ar-confirmation"] = "/body/offences/0/maximumPenalty/maximum",
        ["1.2/rules/MLAT-R-0111/satisfies-assurance-given"] = "/body/offences/0/maximumPenalty/maximum",
        ["1.2/rules/MLAT-R-0111/violates-no-assurance"] = "/body/offences/0/maximumPenalty/maximum",
        ["1.2/rules/MLAT-R-0111/violates-assurance-for-other-offence"] = "/body/offences/0/maximumPenalty/maximum",
        ["1.2/rules/MLAT-R-0112/satisfies-life-without-maximum"] = "/body/offences/0/maximumPenalty/maximum",
        // issue 21: a Budapest art. 29 request that knows no provider (1.1 requires PreservationOrder.addressee)
        ["1.2/valid/PreservationOrder/budapest-art29-us-de-ip-only"] = "/body/addressee",
        ["1.2/rules/MLAT-R-0113/satisfies-budapest-without-addressee"] = "/body/addressee",
        // issue 21: the art. 31 request against an unknown ransomware operator (1.1 requires a family name)
        ["1.2/valid/AssistanceRequest/budapest-art31-us-de-disclosure-of-preserved"] = "/body/persons/0/familyNames",
        ["1.2/rules/MLAT-R-0119/satisfies-art31-names-preservation"] = "/body/persons/0/familyNames",
        ["1.2/rules/MLAT-R-0119/violates-art31-without-preservation-link"] = "/body/persons/0/familyNames",
    };

    /// <summary>
    /// 1.2 samples naming Kosovo (XK): no 1.1 country stands for it, and the 1.2 declaration says so
    /// (enumRejectOnDowngrade), so down-conversion is lossy at every member that names it.
    /// </summary>
    private static readonly Dictionary<string, string[]> NoEquivalentDown = new(StringComparer.Ordinal)
    {
        ["1.2/valid/AssistanceRequest/reciprocity-xk-al-witness-hearing"] = ["/header/sender/country", "/body/issuingAuthority/country", "/body/proceedings/conductingAuthority/country", "/body/persons/1/nationalities/0"],
        ["1.2/rules/MLAT-R-0102/satisfies-protected-victim-pseudonym"] = ["/header/sender/country", "/body/issuingAuthority/country", "/body/proceedings/conductingAuthority/country", "/body/persons/1/nationalities/0"],
    };

    /// <summary>A bilateral request naming its treaty by identification only: 1.1 has no treaty member, and its MLAT-R-0059 needs the title or URI.</summary>
    private const string TreatyOnly = "1.2/rules/MLAT-R-0059/satisfies-bilateral-named-by-treaty";

    /// <summary>
    /// 1.2 CETS 224 art. 8 and 9 orders: 1.1 has no profile of their own and they fall back to CETS224_ART7, where the art.
    /// 7 rules refuse what art. 7 does not allow (traffic data, MLAT-R-0068; the art. 7(3) order content, MLAT-R-0044).
    /// A rule error the conversion causes fails it (specification §11.4), with those rules' findings: nothing is produced.
    /// </summary>
    private static readonly Dictionary<string, string[]> Art7RulesFlagDown = new(StringComparer.Ordinal)
    {
        ["1.2/valid/ProductionOrder/cets224-art9-emergency-iccid-imei"] = ["MLAT-R-0044", "MLAT-R-0068"],
        ["1.2/rules/MLAT-R-0101/satisfies-iccid-and-imei"] = ["MLAT-R-0044", "MLAT-R-0068"],
        ["1.2/rules/MLAT-R-0104/satisfies-offences-and-facts"] = ["MLAT-R-0044", "MLAT-R-0068"],
        ["1.2/rules/MLAT-R-0105/satisfies-emergency"] = ["MLAT-R-0044", "MLAT-R-0068"],
    };

    public static TheoryData<string> ValidOfLowerTypes => SampleManifest.Ids(c => Lower(c.Version) is { } lower && c.ExpectValid && TypesOf(lower).Contains(c.MessageType)
        && !NotExpressibleDown.ContainsKey(c.Id) && !Art7RulesFlagDown.ContainsKey(c.Id) && !NoEquivalentDown.ContainsKey(c.Id) && c.Id != TreatyOnly);

    public static TheoryData<string> ValidWithoutEquivalentDown => new(NoEquivalentDown.Keys);

    public static TheoryData<string> ValidFlaggedDown => new(Art7RulesFlagDown.Keys);

    public static TheoryData<string> ValidNotExpressibleDown => new(NotExpressibleDown.Keys);

    public static TheoryData<string> ValidNewTypes => SampleManifest.Ids(c => Lower(c.Version) is { } lower && c.ExpectValid && !TypesOf(lower).Contains(c.MessageType));

    public static TheoryData<string> ValidOfLowerReleases => SampleManifest.Ids(c => Higher(c.Version) is not null && c.ExpectValid);

    private static MlatVersion? Lower(string version)
        => MlatVersion.Supported.LastOrDefault(v => v < MlatVersion.Parse(version) && v.Major == MlatVersion.Parse(version).Major);

    private static MlatVersion? Higher(string version)
        => MlatVersion.Supported.FirstOrDefault(v => v > MlatVersion.Parse(version) && v.Major == MlatVersion.Parse(version).Major);

    private static IReadOnlySet<string> TypesOf(MlatVersion version) => StandardCatalogue.MessageTypesByVersion[version.ToString()];

    private static string Canonical(byte[] json) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(json));

    [Theory]
    [MemberData(nameof(ValidOfLowerTypes))]
    public void A_sample_goes_down_one_minor_to_a_valid_message_and_back_up_JCS_identical(string id)
    {
        var sample = SampleManifest.Get(id);
        var original = File.ReadAllBytes(sample.FullPath);
        var lower = Lower(sample.Version)!;

        var down = MlatConverter.Default.Convert(original, lower);
        Assert.True(down.IsSuccess, string.Join("; ", down.Findings.Select(f => f.Code + " " + f.Pointer)));
        var report = MlatValidator.Default.Validate(down.Output);
        Assert.True(report.IsSuccess, string.Join("; ", report.Findings.Select(f => f.Code + " " + f.Pointer)));
        Assert.Equal(lower, report.Version);
        Assert.True(AjvOnDownConverted.Value[id], $"ajv rejects the down-converted message against the {lower} schemas");

        var up = MlatConverter.Default.Convert(down.Output!, MlatVersion.Parse(sample.Version));
        Assert.True(up.IsSuccess);
        Assert.Equal(Canonical(original), Canonical(up.Output!));
    }

    [Theory]
    [MemberData(nameof(ValidWithoutEquivalentDown))]
    public void A_1_2_sample_naming_a_code_1_1_lacks_is_refused_as_lossy_at_every_member_naming_it(string id)
    {
        var result = MlatConverter.Default.Convert(File.ReadAllBytes(SampleManifest.Get(id).FullPath), MlatVersion.Parse("1.1"));

        Assert.Null(result.Output);
        Assert.Equal(NoEquivalentDown[id].Select(p => (FindingCodes.ConversionLossy, p)), result.Findings.Select(f => (f.Code, f.Pointer)));
    }

    [Fact]
    public void A_bilateral_request_naming_its_treaty_only_by_identification_is_refused_down_with_the_1_1_legal_basis_rule()
    {
        var down = MlatConverter.Default.Convert(File.ReadAllBytes(SampleManifest.Get(TreatyOnly).FullPath), MlatVersion.Parse("1.1"));

        Assert.Null(down.Output);
        Assert.Contains(down.Changes, c => c.Kind == ConversionChangeKind.MemberParked && c.Pointer == "/body/legalBasis/0/treaty");
        Assert.Equal([("MLAT-R-0059", "/body/legalBasis/0/title")], down.Findings.Select(f => (f.Code, f.Pointer)));
    }

    [Theory]
    [MemberData(nameof(ValidFlaggedDown))]
    public void A_CETS_224_art_8_or_9_order_is_refused_down_with_the_art_7_rule_findings_its_fallback_causes(string id)
    {
        var sample = SampleManifest.Get(id);
        var original = File.ReadAllBytes(sample.FullPath);
        Assert.DoesNotContain(MlatValidator.Default.Validate(original).Findings, f => f.Severity == FindingSeverity.Error);

        var down = MlatConverter.Default.Convert(original, MlatVersion.Parse("1.1"));

        Assert.False(down.IsSuccess);
        Assert.Null(down.Output);
        Assert.Contains(down.Changes, c => c.Kind == ConversionChangeKind.EnumMapped && c.Pointer == "/body/profile" && c.Fallback == "CETS224_ART7");
        Assert.All(down.Findings, f => Assert.Equal((FindingSeverity.Error, FindingCategory.Rule), (f.Severity, f.Category)));
        Assert.Equal(Art7RulesFlagDown[id], down.Findings.Select(f => f.Code).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ValidNotExpressibleDown))]
    public void A_1_2_sample_that_1_1_cannot_express_is_refused_with_the_member_1_1_requires(string id)
    {
        var result = MlatConverter.Default.Convert(File.ReadAllBytes(SampleManifest.Get(id).FullPath), MlatVersion.Parse("1.1"));

        Assert.Null(result.Output);
        Assert.Equal([(FindingCodes.ConversionTargetInvalid, NotExpressibleDown[id])], result.Findings.Select(f => (f.Code, f.Pointer)));
    }

    [Theory]
    [MemberData(nameof(ValidNewTypes))]
    public void A_type_the_lower_release_lacks_is_refused_as_lossy(string id)
    {
        var sample = SampleManifest.Get(id);
        var result = MlatConverter.Default.Convert(File.ReadAllBytes(sample.FullPath), Lower(sample.Version)!);

        Assert.Null(result.Output);
        Assert.Equal([(FindingCodes.ConversionLossy, "/header/messageType")], result.Findings.Select(f => (f.Code, f.Pointer)));
    }

    [Theory]
    [MemberData(nameof(ValidOfLowerReleases))]
    public void A_sample_goes_up_one_minor_to_a_valid_message(string id)
    {
        var sample = SampleManifest.Get(id);
        var higher = Higher(sample.Version)!;
        var result = MlatConverter.Default.Convert(File.ReadAllBytes(sample.FullPath), higher);

        Assert.True(result.IsSuccess, string.Join("; ", result.Findings.Select(f => f.Code + " " + f.Pointer)));
        var report = MlatValidator.Default.Validate(result.Output);
        Assert.True(report.IsSuccess);
        Assert.Equal(higher, report.Version);
    }

    // ajv (tests/interop/validate.mjs) with the lower release's schemas, one run per release.
    private static Dictionary<string, bool> RunAjv()
    {
        var results = new Dictionary<string, bool>(StringComparer.Ordinal);
        var dir = Directory.CreateTempSubdirectory("mlat-down-").FullName;
        try
        {
            foreach (var group in SampleManifest.Cases.Where(c => Lower(c.Version) is { } l && c.ExpectValid && TypesOf(l).Contains(c.MessageType) && !NotExpressibleDown.ContainsKey(c.Id) && !Art7RulesFlagDown.ContainsKey(c.Id)).GroupBy(c => Lower(c.Version)!.ToString()))
            {
                var files = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var id in group.Select(c => c.Id))
                {
                    var down = MlatConverter.Default.Convert(File.ReadAllBytes(SampleManifest.Get(id).FullPath), MlatVersion.Parse(group.Key));
                    if (down.Output is { } bytes)
                    {
                        var path = Path.Combine(dir, results.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + group.Key + ".json");
                        File.WriteAllBytes(path, bytes);
                        files[path] = id;
                    }
                }

                var output = NodePeer.Run("validate.mjs", ["--release", Path.Combine(TestPaths.Schemas, group.Key)], JsonSerializer.Serialize(files.Keys.ToArray(), TestJsonContext.Default.StringArray));
                using var document = JsonDocument.Parse(output);
                foreach (var r in document.RootElement.EnumerateArray())
                {
                    results[files[r.GetProperty("file").GetString()!]] = r.GetProperty("valid").GetBoolean();
                }
            }

            return results;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
