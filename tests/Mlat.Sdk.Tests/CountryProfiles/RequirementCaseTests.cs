using System.Text.Json.Nodes;
using Mlat.Sdk.CountryProfiles;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Tests.CountryProfiles;

/// <summary>
/// samples/capabilities/cases (specification §10.7, issue 19): per sample country profile and instrument, a draft that
/// meets the profile gives no MLAT-REQ finding, and each draft that misses one kind of requirement gives exactly that
/// finding at that pointer. Every draft is otherwise valid — without the profile it validates — so the finding is the
/// profile's doing and nothing else's.
/// </summary>
public sealed class RequirementCaseTests
{
    private static string Folder => Path.Combine(TestPaths.Samples, "capabilities");

    private static string[] CaseNames => Directory.EnumerateFiles(Path.Combine(Folder, "cases"), "*.json", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(Path.Combine(Folder, "cases"), p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    private static string[] ProfileNames => Directory.EnumerateFiles(Folder, "*.json").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Cases() => new(CaseNames);

    public static TheoryData<string> Profiles() => new(ProfileNames);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_draft_gives_exactly_the_expected_requirement_findings(string name)
    {
        var c = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "cases", name)))!.AsObject();
        var profile = ReadProfile((string)c["profile"]!);
        var draft = System.Text.Encoding.UTF8.GetBytes(c["message"]!.ToJsonString());

        var without = MlatValidator.Default.Validate(draft);
        Assert.True(without.IsSuccess, "the draft is not valid without a profile: " + string.Join(", ", without.Findings.Select(f => f.Code + " " + f.Pointer)));

        var report = MlatValidator.Default.Validate(draft, profile);
        var expected = c["expected"]!.AsArray().Select(e => ((string)e!["code"]!, (string)e!["pointer"]!)).Order().ToList();
        Assert.Equal(expected, report.Findings.Where(f => f.Code.StartsWith("MLAT-REQ-", StringComparison.Ordinal)).Select(f => (f.Code, f.Pointer)).Order().ToList());
        Assert.All(report.Findings.Where(f => f.Code.StartsWith("MLAT-REQ-", StringComparison.Ordinal)), f => Assert.Equal(FindingCategory.Requirement, f.Category));
        Assert.Equal(without.Findings.Select(f => (f.Code, f.Pointer)), report.Findings.Where(f => f.Category != FindingCategory.Requirement).Select(f => (f.Code, f.Pointer)));
        Assert.Equal(expected.Count == 0, report.IsSuccess);
    }

    [Fact]
    public void Every_profile_has_a_meeting_draft_and_every_kind_of_requirement_is_missed_somewhere()
    {
        var names = CaseNames;
        foreach (var profile in ProfileNames.Select(Path.GetFileNameWithoutExtension))
        {
            Assert.Contains(names, n => n.StartsWith(profile + "/", StringComparison.Ordinal) && n.EndsWith("/meets.json", StringComparison.Ordinal));
            Assert.Contains(names, n => n.StartsWith(profile + "/", StringComparison.Ordinal) && n.EndsWith("/misses-language.json", StringComparison.Ordinal));
        }

        foreach (var kind in new[] { "instrument", "language", "channel", "authority", "dual-criminality", "penalty-threshold", "measure-not-executed", "measure-condition", "offence-excluded" })
        {
            Assert.Contains(names, n => n.EndsWith("/misses-" + kind + ".json", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Each_sample_profile_is_read_whole_and_marks_every_item_published_or_illustrative(string file)
    {
        var result = CapabilitiesReader.Read(File.ReadAllBytes(Path.Combine(Folder, file)));
        Assert.Empty(result.Findings);
        Assert.Empty(result.Ignored);
        var profile = Assert.IsType<CountryProfile>(result.Document!.Requirements);
        Assert.Equal(result.Document.Party.AuthorityId, profile.AuthorityId);
        Assert.NotEmpty(profile.Instruments);

        // A PUBLISHED item names where it was read; the total count of items proves the reader kept every one.
        var items = profile.Instruments.SelectMany(Items).ToList();
        Assert.All(items, i => Assert.True(i.Source.Status == RequirementSourceStatus.Illustrative || i.Source.Url is not null, i.Id + " is published without an address"));
        Assert.Equal(CountItems(JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))!["requirements"]!), items.Count);
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
    }

    internal static CountryProfile ReadProfile(string file)
    {
        var result = CapabilitiesReader.Read(File.ReadAllBytes(Path.Combine(Folder, file)));
        Assert.Empty(result.Ignored);
        return result.Document!.Requirements!;
    }

    private static IEnumerable<RequirementItem> Items(InstrumentRequirements i)
        => new RequirementItem?[] { i, i.Signatures, i.Encryption }.OfType<RequirementItem>()
            .Concat(i.Languages).Concat(i.Declarations).Concat(i.DualCriminality).Concat(i.PenaltyThresholds).Concat(i.Measures).Concat(i.Channels).Concat(i.Costs);

    private static int CountItems(JsonNode node) => node switch
    {
        JsonObject o => (o.ContainsKey("id") && o.ContainsKey("source") ? 1 : 0) + o.Sum(p => p.Value is null ? 0 : CountItems(p.Value)),
        JsonArray a => a.Sum(v => v is null ? 0 : CountItems(v)),
        _ => 0,
    };
}
