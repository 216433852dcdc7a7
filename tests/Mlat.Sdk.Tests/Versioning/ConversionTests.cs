using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Tests.Messages.Generators;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Tests.Versioning;

public sealed class ConversionTests
{
    private static readonly MlatVersion V10 = MlatVersion.Parse("1.0");
    private static readonly MlatVersion V11 = MlatVersion.Parse("1.1");
    private static readonly string Additions = Path.Combine(TestPaths.Samples, "1.1", "valid", "AssistanceRequest", "eio-threat-to-life-cyber-offence.json");

    private static JsonObject Load(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();

    private static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private static string Canonical(byte[] json) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(json));

    [Fact]
    public void Down_parks_new_members_and_maps_new_enum_values_to_their_declared_fallbacks()
    {
        var result = MlatConverter.Default.Convert(File.ReadAllBytes(Additions), V10);

        Assert.True(result.IsSuccess, string.Join("; ", result.Findings.Select(f => f.Code + " " + f.Pointer)));
        var output = JsonNode.Parse(result.Output)!;
        Assert.Equal("1.0", (string?)output["header"]!["version"]);
        Assert.Equal("OTHER", (string?)output["body"]!["urgency"]!["reasons"]![0]);
        Assert.Null(output["body"]!["offences"]![0]!["committedByInformationSystem"]);
        var extensions = output["extensions"]!.AsObject();
        Assert.Equal("THREAT_TO_LIFE", (string?)extensions["mlat.v1.1:/body/urgency/reasons/0"]);
        Assert.True((bool)extensions["mlat.v1.1:/body/offences/0/committedByInformationSystem"]!);
        Assert.Contains(result.Changes, c => c is { Kind: ConversionChangeKind.EnumMapped, Pointer: "/body/urgency/reasons/0", Original: "THREAT_TO_LIFE", Fallback: "OTHER" });
        Assert.Contains(result.Changes, c => c is { Kind: ConversionChangeKind.EnumMapped, Original: "PRODUCTION", Fallback: "CUSTOM" });
        Assert.Contains(result.Changes, c => c is { Kind: ConversionChangeKind.MemberParked, Pointer: "/body/offences/0/committedByInformationSystem", ExtensionKey: "mlat.v1.1:/body/offences/0/committedByInformationSystem" });
        Assert.Equal(["1.1", "1.0"], result.Path.Select(v => v.ToString()));
        Assert.True(MlatValidator.Default.Validate(result.Output).IsSuccess);
    }

    [Fact]
    public void A_fallback_that_breaks_a_rule_of_the_target_fails_the_conversion_with_that_rules_finding()
    {
        // THREAT_TO_LIFE needs no explanation in 1.1; its 1.0 fallback OTHER does (MLAT-R-0009). Converting without one
        // would hand the 1.0 receiver a request its rules refuse, so nothing is produced and the sender learns what to add.
        var doc = Load(Additions);
        doc["body"]!["urgency"]!.AsObject().Remove("explanation");
        Assert.True(MlatValidator.Default.Validate(Bytes(doc)).IsSuccess);

        var result = MlatConverter.Default.Convert(Bytes(doc), V10);

        Assert.False(result.IsSuccess);
        Assert.Equal([("MLAT-R-0009", "/body/urgency/explanation", FindingCategory.Rule)], result.Findings.Select(f => (f.Code, f.Pointer, f.Category)));
        Assert.Contains(result.Changes, c => c is { Kind: ConversionChangeKind.EnumMapped, Original: "THREAT_TO_LIFE", Fallback: "OTHER" });
    }

    [Fact]
    public void A_rule_error_the_input_already_has_does_not_fail_the_conversion()
    {
        // The input's own content defects are its sender's to fix, in any version: conversion carries them unchanged.
        var input = File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.0", "rules", "MLAT-R-0071", "violates-transfer-to-issuing-state-going-the-other-way.json"));
        Assert.Contains(MlatValidator.Default.Validate(input).Findings, f => f.Code == "MLAT-R-0071");

        var result = MlatConverter.Default.Convert(input, V11);

        Assert.True(result.IsSuccess, string.Join("; ", result.Findings.Select(f => f.Code + " " + f.Pointer)));
        Assert.Contains(MlatValidator.Default.Validate(result.Output).Findings, f => f.Code == "MLAT-R-0071" && f.Pointer == "/body/measures/2/details/detainedPersonTransfer/direction");
    }

    /// <summary>
    /// The converter shares what it reads of each release's schemas between conversions and threads (issue 17 point 5):
    /// every 1.2 sample converted down to 1.1 four times over on eight threads at once gives, for each, the same output,
    /// changes and findings as converting it on one thread.
    /// </summary>
    [Fact]
    public void Down_conversions_on_many_threads_give_what_each_gives_alone()
    {
        var samples = Directory.GetFiles(Path.Combine(TestPaths.Samples, "1.2", "valid"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        string Outcome(ConversionResult r) => (r.Output is { } o ? Canonical(o) : "-") + "|" + string.Join(";", r.Changes.Select(c => $"{c.Kind} {c.Pointer} {c.ExtensionKey} {c.Original} {c.Fallback}"))
            + "|" + string.Join(";", r.Findings.Select(f => f.Code + " " + f.Pointer));
        var parallel = new string[samples.Length * 4];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Outcome(MlatConverter.Default.Convert(samples[i % samples.Length], V11)));
        var alone = samples.Select(b => Outcome(MlatConverter.Default.Convert(b, V11))).ToArray();

        Assert.True(samples.Length > 80, "the 1.2 samples are the corpus");
        Assert.Contains(alone, o => o.Contains("MemberParked", StringComparison.Ordinal));
        Assert.Contains(alone, o => o.Contains("EnumMapped", StringComparison.Ordinal));
        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(alone[i % samples.Length], parallel[i]);
        }
    }

    /// <summary>
    /// Two down steps in one call (1.2 -> 1.1 -> 1.0) give what the two calls give one after the other: the same output
    /// and the same changes, in order. The second step reads the tree the first one edited (written and read again once
    /// between the steps); up again restores the original exactly.
    /// </summary>
    [Fact]
    public void Two_down_steps_in_one_call_are_the_two_calls_composed_and_come_back_up_intact()
    {
        var v12 = MlatVersion.Parse("1.2");
        string Changes(IEnumerable<ConversionChange> changes) => string.Join("\n", changes.Select(c => $"{c.Kind} {c.Step} {c.Pointer} {c.ExtensionKey} {c.Original} {c.Fallback}"));
        var converted = 0;
        var parkedInBothSteps = 0;
        // The corpus, and the 1.1 additions sample brought up to 1.2 with a 1.2 header member: it parks in both steps.
        var both = JsonNode.Parse(MlatConverter.Default.Convert(File.ReadAllBytes(Additions), v12).OutputOrThrow())!;
        both["header"]!["route"] = "CENTRAL_AUTHORITY";
        var inputs = Directory.GetFiles(Path.Combine(TestPaths.Samples, "1.2", "valid"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (File: f, Bytes: File.ReadAllBytes(f))).Append(("additions + route", Bytes(both)));
        foreach (var (file, original) in inputs)
        {
            var toV11 = MlatConverter.Default.Convert(original, V11);
            var stepwise = toV11.IsSuccess ? MlatConverter.Default.Convert(toV11.Output!, V10) : null;
            var direct = MlatConverter.Default.Convert(original, V10);

            Assert.True(direct.IsSuccess == (stepwise?.IsSuccess ?? false), file);
            if (!direct.IsSuccess)
            {
                continue;
            }

            converted++;
            Assert.Equal(Canonical(stepwise!.Output!), Canonical(direct.Output!));
            Assert.Equal(Changes(toV11.Changes.Concat(stepwise.Changes)), Changes(direct.Changes));
            parkedInBothSteps += toV11.Changes.Any(c => c.Kind == ConversionChangeKind.MemberParked) && stepwise.Changes.Any(c => c.Kind == ConversionChangeKind.MemberParked) ? 1 : 0;
            var up = MlatConverter.Default.Convert(direct.Output!, v12);
            Assert.True(up.IsSuccess, file);
            Assert.Equal(Canonical(original), Canonical(up.Output!));
        }

        Assert.True(converted >= 20, $"only {converted} 1.2 samples went down to 1.0");
        Assert.True(parkedInBothSteps >= 1, "no sample parks members in both steps");
    }

    [Fact]
    public void Up_after_down_restores_the_original_exactly()
    {
        var original = File.ReadAllBytes(Additions);
        var down = MlatConverter.Default.Convert(original, V10);
        var up = MlatConverter.Default.Convert(down.Output!, V11);

        Assert.True(up.IsSuccess);
        Assert.Equal(Canonical(original), Canonical(up.Output!));
        Assert.Contains(up.Changes, c => c is { Kind: ConversionChangeKind.Restored, Pointer: "/body/urgency/reasons/0" });
    }

    [Fact]
    public void Fallbacks_that_collide_in_a_unique_array_park_the_whole_array_and_come_back_intact()
    {
        var doc = Load(Additions);
        doc["body"]!["urgency"]!["reasons"] = new JsonArray("THREAT_TO_LIFE", "OTHER", "CRITICAL_INFRASTRUCTURE");
        var original = Bytes(doc);

        var down = MlatConverter.Default.Convert(original, V10);
        Assert.True(down.IsSuccess, string.Join("; ", down.Findings.Select(f => f.Code + " " + f.Pointer)));
        var output = JsonNode.Parse(down.Output)!;
        Assert.Equal(["OTHER"], output["body"]!["urgency"]!["reasons"]!.AsArray().Select(v => (string)v!));
        Assert.Contains(down.Changes, c => c is { Kind: ConversionChangeKind.ArrayParked, Pointer: "/body/urgency/reasons" });
        Assert.Equal(Canonical(original), Canonical(MlatConverter.Default.Convert(down.Output!, V11).Output!));
    }

    [Fact]
    public void A_message_type_added_in_1_1_cannot_go_down_and_nothing_is_output()
    {
        var result = MlatConverter.Default.Convert(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.1", "valid", "ProductionOrder", "minimal.json")), V10);

        Assert.False(result.IsSuccess);
        Assert.Null(result.Output);
        Assert.Equal([(FindingCodes.ConversionLossy, "/header/messageType")], result.Findings.Select(f => (f.Code, f.Pointer)));
    }

    [Fact]
    public void Up_from_1_0_changes_only_the_header_version()
    {
        var path = Path.Combine(TestPaths.Samples, "1.0", "valid", "AssistanceRequest", "eio-de-fr-bank-records-fraud.json");
        var result = MlatConverter.Default.Convert(File.ReadAllBytes(path), V11);

        Assert.True(result.IsSuccess);
        var expected = Load(path);
        expected["header"]!["version"] = "1.1";
        Assert.Equal(Canonical(Bytes(expected)), Canonical(result.Output!));
        Assert.Equal([ConversionChangeKind.VersionChanged], result.Changes.Select(c => c.Kind));
    }

    [Fact]
    public void Conversion_removes_signatures_and_says_so_because_they_covered_the_old_form()
    {
        var doc = Load(Additions);
        doc["signatures"] = new JsonArray(new JsonObject { ["protected"] = "eyJhbGciOiJFUzI1NiJ9", ["signature"] = "c2ln" });
        var result = MlatConverter.Default.Convert(Bytes(doc), V10);

        Assert.True(result.IsSuccess, string.Join("; ", result.Findings.Select(f => f.Code + " " + f.Pointer)));
        Assert.Null(JsonNode.Parse(result.Output)!["signatures"]);
        Assert.Contains(result.Changes, c => c is { Kind: ConversionChangeKind.SignaturesRemoved, Pointer: "/signatures" });
    }

    [Fact]
    public void An_invalid_input_is_not_converted_and_its_findings_are_returned()
    {
        var doc = Load(Additions);
        doc["body"]!["profile"] = "NOPE";
        var result = MlatConverter.Default.Convert(Bytes(doc), V10);

        Assert.False(result.IsSuccess);
        Assert.Equal([("schema.enum", "/body/profile")], result.Findings.Select(f => (f.Code, f.Pointer)));
    }

    [Fact]
    public void A_taken_extensions_key_makes_down_conversion_lossy_instead_of_overwriting()
    {
        var doc = Load(Additions);
        doc["extensions"] = new JsonObject { ["mlat.v1.1:/body/urgency/reasons/0"] = "sender's own data" };
        var result = MlatConverter.Default.Convert(Bytes(doc), V10);

        Assert.Equal([(FindingCodes.ConversionLossy, "/extensions/mlat.v1.1:~1body~1urgency~1reasons~10")], result.Findings.Select(f => (f.Code, f.Pointer)));
    }

    [Fact]
    public void Converting_to_the_same_version_returns_the_input_unchanged()
    {
        var original = File.ReadAllBytes(Additions);
        var result = MlatConverter.Default.Convert(original, V11);

        Assert.Equal(original, result.Output);
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void An_unsupported_target_is_a_usage_error() => Assert.Throws<ArgumentException>(() => MlatConverter.Default.Convert(File.ReadAllBytes(Additions), MlatVersion.Parse("1.7")));

    public static TheoryData<string> TypesOf10 => new(StandardCatalogue.MessageTypesByVersion["1.0"].Order(StringComparer.Ordinal));

    private static readonly InstanceGen Gen11 = new(new SchemaFiles(Path.Combine(TestPaths.Schemas, "1.1")), olderMinor: true);

    [Theory]
    [MemberData(nameof(TypesOf10))]
    public void Property_any_1_1_message_of_a_1_0_type_goes_down_to_valid_1_0_and_up_again_unchanged(string typeName)
    {
        var type = Enum.Parse<MessageType>(typeName);
        var bodyType = typeof(MessageBody).Assembly.GetType("Mlat.Sdk.Messages." + typeName)!;
        var messages = from h in Gen11.ForDefinition<MessageHeader>("envelope.schema.json", "Header")
                       from b in Gen11.ForDefinition(bodyType, $"messages/{typeName}.schema.json", typeName)
                       select new MlatMessage { Header = h with { MessageType = type }, Body = (MessageBody)b! };

        var converted = 0;
        var total = 0;
        Prop.ForAll(messages.ToArbitrary(), message =>
        {
            total++;
            var original = MlatJson.SerializeToUtf8Bytes(message);
            var down = MlatConverter.Default.Convert(original, V10);
            if (!down.IsSuccess)
            {
                // Only a rule error the conversion causes may refuse it (an EPOC profile on a request falls back to
                // MLA_BILATERAL, whose rules then apply): never a structural failure, never a defect the input had.
                var had = MlatValidator.Default.Validate(original).Findings.Select(f => (f.Code, f.Pointer)).ToHashSet();
                return down.Findings.All(f => f.Category == FindingCategory.Rule && f.Severity == FindingSeverity.Error && !had.Contains((f.Code, f.Pointer)))
                    .Label("down: " + string.Join("; ", down.Findings.Select(f => f.Code + " " + f.Pointer)));
            }

            converted++;
            var up = MlatConverter.Default.Convert(down.Output!, V11);
            return (MlatValidator.Default.Validate(down.Output).Version?.ToString() == "1.0" && up.IsSuccess && Canonical(original) == Canonical(up.Output!)).Label("up(down(x)) != x");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));

        Assert.True(converted * 4 >= total, $"only {converted} of {total} generated messages converted down");
    }
}
