using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.CountryProfiles;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Tests.CountryProfiles;

/// <summary>
/// The checking rules of specification §10.7 one by one, on the sample German profile and its ETS 030 draft: effective
/// dates, the urgent language list, the channel alternatives, offence references, life imprisonment, the executing State
/// check; and that no finding's message repeats a value of the draft.
/// </summary>
public sealed class RequirementCheckerTests
{
    private static JsonNode Draft(string @case) => JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, "capabilities", "cases", @case)))!["message"]!;

    private static CountryProfile German => RequirementCaseTests.ReadProfile("de-bfj.json");

    private static List<(string Code, string Pointer)> Req(JsonNode draft, CountryProfile profile)
        => [.. MlatValidator.Default.Validate(Encoding.UTF8.GetBytes(draft.ToJsonString()), profile).Findings
            .Where(f => f.Category == FindingCategory.Requirement).Select(f => (f.Code, f.Pointer))];

    private static CountryProfile With(CountryProfile profile, Func<InstrumentRequirements, InstrumentRequirements> change)
        => profile with { Instruments = [change(profile.Instruments[0]), .. profile.Instruments.Skip(1)] };

    [Fact]
    public void An_item_not_yet_in_force_on_the_request_s_day_does_not_apply_and_one_in_force_does()
    {
        var draft = Draft("de-bfj/de.ets030/misses-language.json");
        var day = DateOnly.FromDateTime(DateTimeOffset.Parse((string)draft["header"]!["createdAt"]!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);
        var later = With(German, e => e with { Languages = [e.Languages[0] with { EffectiveFrom = day.AddDays(1) }] });
        var ended = With(German, e => e with { Languages = [e.Languages[0] with { EffectiveUntil = day.AddDays(-1) }] });
        var lastDay = With(German, e => e with { Languages = [e.Languages[0] with { EffectiveUntil = day }] });

        Assert.Empty(Req(draft, later));
        Assert.Empty(Req(draft, ended));
        Assert.Equal([("MLAT-REQ-LANGUAGE", "/header/language")], Req(draft, lastDay));
    }

    [Fact]
    public void An_instrument_entry_not_in_force_is_an_instrument_finding()
    {
        var draft = Draft("de-bfj/de.ets030/meets.json");
        Assert.Empty(Req(draft, German));
        Assert.Equal([("MLAT-REQ-INSTRUMENT", "/body/profile")], Req(draft, With(German, e => e with { EffectiveFrom = new DateOnly(2099, 1, 1) })));
    }

    [Fact]
    public void A_language_accepted_only_in_urgent_cases_meets_an_urgent_request_and_not_an_ordinary_one()
    {
        var urgentEnglish = new LanguageRequirement { Id = "de.ets030.languages.urgent", Languages = ["en"], Urgency = ["URGENT", "EMERGENCY"], Source = new RequirementSource { Status = RequirementSourceStatus.Illustrative, Citation = "test" }, EffectiveFrom = new DateOnly(2000, 1, 1) };
        var profile = With(German, e => e with { Languages = [.. e.Languages, urgentEnglish] });
        var draft = Draft("de-bfj/de.ets030/misses-language.json");
        draft["header"]!["language"] = "en";
        Rewrite(draft, "en");
        var urgent = draft.DeepClone();
        urgent["body"]!["urgency"] = JsonNode.Parse("""{"level":"URGENT","reasons":["IMMINENT_TRIAL"]}""");

        Assert.Equal([("MLAT-REQ-LANGUAGE", "/header/language")], Req(draft, profile));
        Assert.Empty(Req(urgent, profile));
    }

    [Fact]
    public void Channel_items_are_alternatives_the_urgent_direct_route_meets_an_urgent_request_only()
    {
        var draft = Draft("de-bfj/de.ets030/meets.json");
        draft["header"]!["route"] = "DIRECT_JUDICIAL";
        draft["header"]!["recipient"]!["authorityId"] = "DE:AG-Muenchen";
        var urgent = draft.DeepClone();
        urgent["body"]!["urgency"] = JsonNode.Parse("""{"level":"URGENT","reasons":["IMMINENT_TRIAL"]}""");

        Assert.Equal([("MLAT-REQ-CHANNEL", "/header/route")], Req(draft, German));
        Assert.Empty(Req(urgent, German));
        urgent["header"]!.AsObject().Remove("route");
        Assert.Equal([("MLAT-REQ-CHANNEL", "/header/route")], Req(urgent, German));
    }

    [Fact]
    public void Dual_criminality_applies_to_the_offences_the_measure_refers_to_and_only_to_them()
    {
        var draft = Draft("de-bfj/de.ets030/meets.json");
        var offences = draft["body"]!["offences"]!.AsArray();
        var second = offences[0]!.DeepClone();
        second["id"] = "o9";
        second.AsObject().Remove("dualCriminality");
        offences.Add(second);
        var search = draft["body"]!["measures"]!.AsArray().First(m => (string)m!["type"]! == "SEARCH_AND_SEIZURE")!;

        search["offenceRefs"] = new JsonArray((string)offences[0]!["id"]!);
        Assert.Empty(Req(draft, German));
        search["offenceRefs"] = new JsonArray("o9");
        Assert.Equal([("MLAT-REQ-DUAL-CRIMINALITY", "/body/offences/1/dualCriminality")], Req(draft, German));
        offences[1]!["dualCriminality"] = JsonNode.Parse("""{"assessment":"NOT_ESTABLISHED"}""");
        Assert.Equal([("MLAT-REQ-DUAL-CRIMINALITY", "/body/offences/1/dualCriminality/assessment")], Req(draft, German));
    }

    [Fact]
    public void Life_imprisonment_meets_a_threshold_and_twelve_months_equal_one_year()
    {
        var kenya = RequirementCaseTests.ReadProfile("ke-oag.json");
        var draft = Draft("ke-oag/ke.untoc/misses-penalty-threshold.json");
        Assert.NotEmpty(Req(draft, kenya));
        foreach (var o in draft["body"]!["offences"]!.AsArray())
        {
            o!["maximumPenalty"] = JsonNode.Parse("""{"type":"CUSTODIAL","maximum":"P48M"}""");
        }

        Assert.Empty(Req(draft, kenya)); // the Kenyan sample's threshold is P4Y
        draft["body"]!["offences"]![0]!["maximumPenalty"] = JsonNode.Parse("""{"type":"CUSTODIAL","maximum":"P47M"}""");
        Assert.Equal([("MLAT-REQ-PENALTY-THRESHOLD", "/body/offences/0/maximumPenalty")], Req(draft, kenya));
        draft["body"]!["offences"]![0]!["maximumPenalty"] = JsonNode.Parse("""{"type":"CUSTODIAL","maximum":"P10Y","lifeImprisonment":true}""");
        Assert.Empty(Req(draft, kenya));
    }

    [Fact]
    public void A_profile_of_another_State_is_one_recipient_finding_and_nothing_else()
    {
        var draft = Draft("de-bfj/de.ets030/misses-language.json");
        Assert.Equal([("MLAT-REQ-RECIPIENT", "/body/executingState")], Req(draft, RequirementCaseTests.ReadProfile("gb-ukca.json")));
    }

    [Fact]
    public void A_reply_is_validated_as_without_a_profile()
    {
        var ack = File.ReadAllBytes(Directory.EnumerateFiles(Path.Combine(TestPaths.Samples, "1.2", "valid", "AcknowledgementOfReceipt"), "*.json").First());
        Assert.Equal(
            MlatValidator.Default.Validate(ack).Findings.Select(f => (f.Code, f.Pointer)),
            MlatValidator.Default.Validate(ack, German).Findings.Select(f => (f.Code, f.Pointer)));
    }

    [Theory]
    [MemberData(nameof(RequirementCaseTests.Cases), MemberType = typeof(RequirementCaseTests))]
    public void No_requirement_finding_repeats_a_value_of_the_draft(string name)
    {
        var c = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, "capabilities", "cases", name)))!;
        var profile = RequirementCaseTests.ReadProfile((string)c["profile"]!);
        var draft = c["message"]!;

        // A value the profile states too (a language, an authority id) may be quoted: it is the profile's; so may a code
        // of the standard's code lists (PUNISHABLE_IN_BOTH_STATES), which is no content.
        var published = Strings(JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, "capabilities", (string)c["profile"]!)))).ToList();
        var values = Strings(draft).Where(v => v.Length >= 3 && !v.All(ch => char.IsAsciiLetterUpper(ch) || ch == '_') && !published.Any(p => p.Contains(v, StringComparison.Ordinal))).ToHashSet(StringComparer.Ordinal);
        var findings = MlatValidator.Default.Validate(Encoding.UTF8.GetBytes(draft.ToJsonString()), profile).Findings.Where(f => f.Category == FindingCategory.Requirement).ToList();
        Assert.Equal(c["expected"]!.AsArray().Count, findings.Count);
        foreach (var f in findings)
        {
            Assert.DoesNotContain(values, v => f.Message.Contains(v, StringComparison.Ordinal));
        }
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static void Rewrite(JsonNode node, string lang)
    {
        // Gives every text an entry in lang (MLAT-R-0029), as the case generator does.
        switch (node)
        {
            case JsonObject o when o["entries"] is JsonArray entries && entries.All(e => e?["lang"] is not null):
                if (!entries.Any(e => (string)e!["lang"]! == lang))
                {
                    var copy = entries[0]!.DeepClone();
                    copy["lang"] = lang;
                    copy["original"] = false;
                    copy["translation"] = JsonNode.Parse("""{"method":"HUMAN","by":"Test","at":"2026-11-20T10:30:00Z"}""");
                    entries.Add(copy);
                }

                break;
            case JsonObject o:
                foreach (var p in o.ToList())
                {
                    if (p.Value is not null)
                    {
                        Rewrite(p.Value, lang);
                    }
                }

                break;
            case JsonArray a:
                foreach (var v in a)
                {
                    if (v is not null)
                    {
                        Rewrite(v, lang);
                    }
                }

                break;
        }
    }
}
