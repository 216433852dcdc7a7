using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Validation.Rules;
using NJsonSchema;

namespace Mlat.Sdk.Tests.Validation.Rules;

/// <summary>
/// specification §13: the rules.json of the latest release and the C# rule set list the same rules with the same metadata
/// (the rules, like the model, mirror the latest minor); an earlier release's rules.json is the projection of the same
/// rules onto its profiles and message types.
/// </summary>
public sealed partial class RuleCatalogTests
{
    private static readonly string RulesFile = Path.Combine(TestPaths.Schemas, "1.2", "rules.json");

    public static TheoryData<string> RuleIds => new(RuleSet.All.Select(r => r.Id));

    [Fact]
    public void Rules_json_and_the_csharp_rule_set_list_the_same_ids()
    {
        var json = Listed().Select(r => r["id"]!.GetValue<string>());
        Assert.Equal(RuleSet.All.Select(r => r.Id), json);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rules_json_entry_equals_the_csharp_rule(string id)
    {
        var rule = RuleSet.All.Single(r => r.Id == id);
        var entry = Listed().Single(r => r["id"]!.GetValue<string>() == id);

        Assert.Equal(rule.Severity == FindingSeverity.Error ? "ERROR" : "WARNING", entry["severity"]!.GetValue<string>());
        Assert.Equal(rule.Profiles.Select(WireName).Order(StringComparer.Ordinal), Strings(entry["profiles"]).Order(StringComparer.Ordinal));
        Assert.Equal(rule.MessageTypes.Select(t => t.ToString()).Order(StringComparer.Ordinal), Strings(entry["messageTypes"]).Order(StringComparer.Ordinal));
        Assert.Equal(rule.LegalSource, entry["legalSource"]!.GetValue<string>());
        Assert.Equal(rule.Description, entry["description"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("1.0", new[] { "EIO", "MLA_UNTOC", "MLA_UNCAC", "MLA_ETS030", "MLA_BILATERAL" })]
    [InlineData("1.1", new[] { "EIO", "MLA_UNTOC", "MLA_UNCAC", "MLA_ETS030", "MLA_BILATERAL", "EPOC", "EPOC_PR", "BUDAPEST_ART29", "CETS224_ART7" })]
    public void Rules_of_an_earlier_release_are_the_rules_it_had_restricted_to_its_profiles_and_message_types(string release, string[] profiles)
    {
        var older = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Schemas, release, "rules.json")))!;
        var profilesOlder = Strings(older["profiles"]).ToHashSet(StringComparer.Ordinal);
        var typesOlder = Mlat.Sdk.StandardCatalogue.MessageTypesByVersion[release];
        var version = Mlat.Sdk.MlatVersion.Parse(release);
        var expected = RuleSet.All
            .Where(r => Mlat.Sdk.MlatVersion.Parse(r.Since) <= version)
            .Select(r => (r.Id, Profiles: r.Profiles.Select(WireName).Where(profilesOlder.Contains).Order(StringComparer.Ordinal).ToArray(), Types: r.MessageTypes.Select(t => t.ToString()).Where(typesOlder.Contains).Order(StringComparer.Ordinal).ToArray()))
            .Where(r => r.Profiles.Length > 0 && r.Types.Length > 0)
            .Select(r => $"{r.Id} {string.Join(",", r.Profiles)} {string.Join(",", r.Types)}");
        var listed = older["rules"]!.AsArray()
            .Select(r => $"{(string)r!["id"]!} {string.Join(",", Strings(r["profiles"]).Order(StringComparer.Ordinal))} {string.Join(",", Strings(r["messageTypes"]).Order(StringComparer.Ordinal))}");

        Assert.Equal(profiles, Strings(older["profiles"]));
        Assert.Equal(expected, listed);
    }

    [Fact]
    public void A_rule_runs_only_on_messages_of_its_release_or_later()
    {
        // BusinessRule.Since: a rule of 1.2 is not looked at in a 1.1 message that would break it, and runs in 1.2.
        var v11 = File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.1", "valid", "ProductionOrder", "minimal.json"));
        var v12 = File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.2", "valid", "ProductionOrder", "minimal.json"));
        var rule = new FlagsEveryOrder("1.2");

        Assert.Empty(RunAlone(rule, v11));
        Assert.Equal(["MLAT-R-9999 /body"], RunAlone(rule, v12));
        Assert.Equal(["MLAT-R-9999 /body"], RunAlone(new FlagsEveryOrder("1.1"), v11));
    }

    private static List<string> RunAlone(BusinessRule rule, byte[] json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var message = MlatJson.Bind(document.RootElement, MessageType.ProductionOrder);
        var findings = new List<Finding>();
        RuleSet.Run([rule], message, profile: null, request: null, findings);
        return findings.Select(f => f.Code + " " + f.Pointer).ToList();
    }

    private sealed class FlagsEveryOrder(string since) : BusinessRule
    {
        public override string Id => "MLAT-R-9999";

        public override string Since => since;

        public override FindingSeverity Severity => FindingSeverity.Error;

        public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

        public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder];

        public override string LegalSource => "none: a test rule";

        public override string Description => "Flags every order.";

        public override void Check(RuleContext context) => context.Report("/body");
    }

    [Fact]
    public void Rule_ids_are_permanent_shaped_unique_and_ordered()
    {
        var ids = RuleSet.All.Select(r => r.Id).ToList();
        Assert.All(ids, id => Assert.Matches(RuleId(), id));
        Assert.Equal(ids.Distinct(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task Rules_json_lists_every_profile_and_conforms_to_its_schema()
    {
        var root = JsonNode.Parse(File.ReadAllText(RulesFile))!;
        Assert.Equal(Enum.GetValues<Profile>().Select(WireName), Strings(root["profiles"]));

        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(Path.Combine(TestPaths.Schemas, "1.2", "rules.schema.json")));
        Assert.Empty(schema.Validate(File.ReadAllText(RulesFile)).Select(e => e.Path + " " + e.Kind));

        var broken = root.DeepClone();
        broken["rules"]![0]!["severity"] = "FATAL";
        Assert.NotEmpty(schema.Validate(broken.ToJsonString()));
    }

    [Fact]
    public void Every_profile_has_rules_of_its_own_and_every_message_type_has_a_rule()
    {
        foreach (var profile in Enum.GetValues<Profile>())
        {
            Assert.Contains(RuleSet.All, r => !r.IsProfileIndependent && r.Profiles.Contains(profile));
        }

        Assert.Contains(RuleSet.All, r => r.IsProfileIndependent && r.MessageTypes.Contains(MessageType.RefusalNotice));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_description_is_one_line_and_legal_source_is_given(string id)
    {
        var rule = RuleSet.All.Single(r => r.Id == id);
        Assert.DoesNotContain('\n', rule.Description);
        Assert.InRange(rule.Description.Length, 20, 300);
        Assert.False(string.IsNullOrWhiteSpace(rule.LegalSource));
    }

    [Fact]
    public void Every_refusal_ground_code_is_mapped_to_the_instrument_its_wire_name_names()
    {
        foreach (var code in Enum.GetValues<RefusalGroundCode>())
        {
            var wire = WireName(code);
            Profile? expected = wire switch
            {
                _ when wire.StartsWith("EIO_", StringComparison.Ordinal) => Profile.Eio,
                _ when wire.StartsWith("UNTOC_", StringComparison.Ordinal) => Profile.MlaUntoc,
                _ when wire.StartsWith("UNCAC_", StringComparison.Ordinal) => Profile.MlaUncac,
                _ when wire.StartsWith("ETS030_", StringComparison.Ordinal) => Profile.MlaEts030,
                _ when wire.StartsWith("BILATERAL_", StringComparison.Ordinal) => Profile.MlaBilateral,
                _ => null,
            };
            Assert.Equal(expected, RefusalGroundsInstrumentRule.InstrumentOf(code));
        }
    }

    [Theory]
    [InlineData("P3Y", 36)]
    [InlineData("P2Y11M", 35)]
    [InlineData("P36M", 36)]
    [InlineData("P1Y6M", 18)]
    [InlineData("P1096D", 36.01)]
    [InlineData("P156W", 35.88)]
    [InlineData("P10YT5H", 120)]
    public void Duration_months_count_years_months_weeks_and_days(string duration, double months)
        => Assert.Equal(months, IsoDuration.Parse(duration).TotalMonths, 1);

    [Theory]
    [InlineData("1979", "1979-01-01")]
    [InlineData("1979-04", "1979-04-01")]
    [InlineData("1979-04-30", "1979-04-30")]
    public void Partial_date_of_birth_starts_on_its_first_possible_day(string partial, string earliest)
        => Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), PartialDate.Parse(partial).EarliestDay);

    internal static string WireName<T>(T value)
        where T : struct, Enum
        => typeof(T).GetField(value.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name;

    private static List<JsonNode> Listed() => JsonNode.Parse(File.ReadAllText(RulesFile))!["rules"]!.AsArray().Select(n => n!).ToList();

    private static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>());

    [GeneratedRegex("^MLAT-R-[0-9]{4}$")]
    private static partial Regex RuleId();
}
