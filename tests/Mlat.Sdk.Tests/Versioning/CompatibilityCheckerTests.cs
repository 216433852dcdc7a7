using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Tests.Versioning;

/// <summary>specification §3.3, §11: a MINOR release only adds; the checker catches every kind of breaking change.</summary>
public sealed class CompatibilityCheckerTests
{
    private static SchemaSet Release(string version)
    {
        var root = Path.Combine(TestPaths.Schemas, version);
        var files = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
        return new SchemaSet(version, files);
    }

    [Fact]
    public void Release_1_1_makes_no_breaking_change_to_1_0()
    {
        var declaration = ConversionDeclaration.Parse(File.ReadAllText(Path.Combine(TestPaths.Schemas, "conversions", "1.1-to-1.0.json")));
        var changes = CompatibilityChecker.Compare(Release("1.0"), Release("1.1"), declaration);

        Assert.Empty(changes.Where(c => c.Compatibility == Compatibility.Breaking).Select(c => $"{c.Kind} {c.Location} {c.Detail}"));
        Assert.Equal(7, changes.Count(c => c.Kind == SchemaChangeKind.MessageTypeAdded));
        Assert.Contains(changes, c => c.Kind == SchemaChangeKind.PropertyAdded && c.Location == "common/types.schema.json#/definitions/Offence/properties/committedByInformationSystem");
        Assert.Contains(changes, c => c.Kind == SchemaChangeKind.EnumValueAdded && c.Location == "common/codes.schema.json#/definitions/UrgencyReason" && c.Detail == "THREAT_TO_LIFE");
        Assert.Contains(changes, c => c.Kind == SchemaChangeKind.ReleaseVersionChanged);
    }

    [Fact]
    public void Every_enum_value_added_in_1_1_to_a_1_0_list_declares_a_fallback_that_exists_in_1_0()
    {
        var declaration = ConversionDeclaration.Parse(File.ReadAllText(Path.Combine(TestPaths.Schemas, "conversions", "1.1-to-1.0.json")));
        var changes = CompatibilityChecker.Compare(Release("1.0"), Release("1.1"), null);

        var added = changes.Where(c => c.Kind == SchemaChangeKind.EnumValueAddedWithoutFallback && !c.Location.EndsWith("/properties/messageType", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, c => Assert.True(declaration.EnumFallbacks.TryGetValue(c.Location, out var map) && map.ContainsKey(c.Detail), $"{c.Location} {c.Detail}"));
    }

    [Fact]
    public void Release_1_2_makes_no_breaking_change_to_1_1()
    {
        var declaration = ConversionDeclaration.Parse(File.ReadAllText(Path.Combine(TestPaths.Schemas, "conversions", "1.2-to-1.1.json")));
        var changes = CompatibilityChecker.Compare(Release("1.1"), Release("1.2"), declaration);

        Assert.Empty(changes.Where(c => c.Compatibility == Compatibility.Breaking).Select(c => $"{c.Kind} {c.Location} {c.Detail}"));
        Assert.Equal(
            ["ClosureNotice", "EnforcingAuthorityDecision", "EvidenceReceipt", "PreservationResponse", "WithdrawalAcknowledgement"],
            changes.Where(c => c.Kind == SchemaChangeKind.MessageTypeAdded).Select(c => c.Location).Order(StringComparer.Ordinal));
        Assert.Contains(changes, c => c.Kind == SchemaChangeKind.PropertyAdded && c.Location == "envelope.schema.json#/definitions/Header/properties/copies");
        Assert.Contains(changes, c => c.Kind == SchemaChangeKind.EnumValueAdded && c.Location == "envelope.schema.json#/definitions/Party/properties/role" && c.Detail == "SERVICE_PROVIDER");
        Assert.Contains(changes, c => c.Kind == SchemaChangeKind.LimitRelaxed && c.Location.EndsWith("StatusUpdate/properties/outcomes/minItems", StringComparison.Ordinal));
        // issue 21: a life sentence or the death penalty needs no invented maximum; declared, so it is no breaking change
        Assert.Contains(changes, c => c is { Kind: SchemaChangeKind.PropertyMadeOptional, Location: "common/types.schema.json#/definitions/Penalty/properties/maximum", Detail: "maximum", Compatibility: Compatibility.Compatible });
    }

    [Fact]
    public void An_undeclared_member_made_optional_is_breaking()
    {
        var declaration = ConversionDeclaration.Parse(File.ReadAllText(Path.Combine(TestPaths.Schemas, "conversions", "1.2-to-1.1.json")));
        var undeclared = ConversionDeclaration.Parse(File.ReadAllText(Path.Combine(TestPaths.Schemas, "conversions", "1.2-to-1.1.json")).Replace("\"membersMadeOptional\"", "\"ignored\"", StringComparison.Ordinal));

        Assert.Contains(CompatibilityChecker.Compare(Release("1.1"), Release("1.2"), undeclared), c => c is { Kind: SchemaChangeKind.PropertyMadeOptional, Detail: "maximum", Compatibility: Compatibility.Breaking });
        Assert.DoesNotContain(CompatibilityChecker.Compare(Release("1.1"), Release("1.2"), declaration), c => c.Compatibility == Compatibility.Breaking);
    }

    [Fact]
    public void Every_enum_value_added_in_1_2_to_a_1_1_list_declares_a_fallback_that_exists_in_1_1()
    {
        var declaration = ConversionDeclaration.Parse(File.ReadAllText(Path.Combine(TestPaths.Schemas, "conversions", "1.2-to-1.1.json")));
        var changes = CompatibilityChecker.Compare(Release("1.1"), Release("1.2"), null);

        var added = changes.Where(c => c.Kind == SchemaChangeKind.EnumValueAddedWithoutFallback && !c.Location.EndsWith("/properties/messageType", StringComparison.Ordinal)).ToList();
        // 53 values with a 1.1 fallback, and XK (Kosovo), which no 1.1 country stands for: declared rejected on downgrade
        Assert.Equal(54, added.Count);
        var withoutEquivalent = added.Where(c => !(declaration.EnumFallbacks.TryGetValue(c.Location, out var map) && map.ContainsKey(c.Detail))).ToList();
        var xk = Assert.Single(withoutEquivalent);
        Assert.Equal(("common/codes.schema.json#/definitions/CountryCode", "XK"), (xk.Location, xk.Detail));
        Assert.Contains("XK", (IEnumerable<string>)declaration.EnumRejectOnDowngrade[xk.Location]);
        Assert.Equal(added.Count - 1, declaration.EnumFallbacks.Sum(kv => kv.Value.Count));
    }

    private const string Codes = """{"$schema":"http://json-schema.org/draft-07/schema#","$id":"x","definitions":{"Color":{"type":"string","description":"c","enum":["RED","GREEN"]}}}""";

    private static SchemaSet Synthetic(string version, string messageDefinition, string codes = Codes, string messageType = "Thing")
        => new(version, new Dictionary<string, string>
        {
            ["index.json"] = $$$"""{"version":"{{{version}}}","messageTypes":{"{{{messageType}}}":"messages/{{{messageType}}}.schema.json"}}""",
            ["common/codes.schema.json"] = codes,
            [$"messages/{messageType}.schema.json"] = """
                {"$schema":"http://json-schema.org/draft-07/schema#","$id":"x","type":"object","required":["body"],"additionalProperties":false,
                 "properties":{"body":{"$ref":"#/definitions/TYPE"}},
                 "definitions":{"TYPE":DEFINITION,"Other":{"type":"object","additionalProperties":false,"properties":{"n":{"type":"string"}}}}}
                """.Replace("TYPE", messageType, StringComparison.Ordinal).Replace("DEFINITION", messageDefinition, StringComparison.Ordinal),
        });

    private const string Base = """{"type":"object","required":["id"],"additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z]+$","minLength":1,"maxLength":10},"note":{"type":"string"},"tags":{"type":"array","minItems":1,"maxItems":5,"items":{"type":"string"}},"color":{"$ref":"../common/codes.schema.json#/definitions/Color"},"size":{"type":"integer","minimum":0,"maximum":10}}}""";

    public static TheoryData<string, string, string> BreakingChanges => new()
    {
        { "PropertyRemoved", Base.Replace(",\"note\":{\"type\":\"string\"}", string.Empty, StringComparison.Ordinal), Codes },
        { "PropertyRemoved", Base.Replace("\"note\":", "\"remark\":", StringComparison.Ordinal), Codes }, // a rename is a removal
        { "TypeChanged", Base.Replace("\"note\":{\"type\":\"string\"}", "\"note\":{\"type\":\"integer\"}", StringComparison.Ordinal), Codes },
        { "RequiredPropertyAdded", Base.Replace("\"required\":[\"id\"]", "\"required\":[\"id\",\"extra\"]", StringComparison.Ordinal).Replace("\"note\":", "\"extra\":{\"type\":\"string\"},\"note\":", StringComparison.Ordinal), Codes },
        { "PropertyMadeRequired", Base.Replace("\"required\":[\"id\"]", "\"required\":[\"id\",\"note\"]", StringComparison.Ordinal), Codes },
        { "PatternChanged", Base.Replace("^[a-z]+$", "^[a-z]{2,}$", StringComparison.Ordinal), Codes },
        { "PatternChanged", Base.Replace("\"note\":{\"type\":\"string\"}", "\"note\":{\"type\":\"string\",\"pattern\":\"^x$\"}", StringComparison.Ordinal), Codes },
        { "FormatChanged", Base.Replace("\"note\":{\"type\":\"string\"}", "\"note\":{\"type\":\"string\",\"format\":\"date\"}", StringComparison.Ordinal), Codes },
        { "LimitTightened", Base.Replace("\"maxLength\":10", "\"maxLength\":9", StringComparison.Ordinal), Codes },
        { "LimitTightened", Base.Replace("\"minItems\":1", "\"minItems\":2", StringComparison.Ordinal), Codes },
        { "LimitTightened", Base.Replace("\"maximum\":10", "\"maximum\":5", StringComparison.Ordinal), Codes },
        { "LimitTightened", Base.Replace("\"note\":{\"type\":\"string\"}", "\"note\":{\"type\":\"string\",\"maxLength\":50}", StringComparison.Ordinal), Codes },
        { "EnumValueRemoved", Base, Codes.Replace(",\"GREEN\"", string.Empty, StringComparison.Ordinal) },
        { "EnumValueAddedWithoutFallback", Base, Codes.Replace("\"GREEN\"]", "\"GREEN\",\"BLUE\"]", StringComparison.Ordinal) },
        { "EnumAdded", Base.Replace("\"note\":{\"type\":\"string\"}", "\"note\":{\"type\":\"string\",\"enum\":[\"A\"]}", StringComparison.Ordinal), Codes },
        { "ReferenceChanged", Base.Replace("../common/codes.schema.json#/definitions/Color", "#/definitions/Other", StringComparison.Ordinal), Codes },
        { "UniqueItemsAdded", Base.Replace("\"maxItems\":5,", "\"maxItems\":5,\"uniqueItems\":true,", StringComparison.Ordinal), Codes },
        { "ClosedObject", Base.Replace("\"additionalProperties\":false,", string.Empty, StringComparison.Ordinal), Codes },
    };

    [Theory]
    [MemberData(nameof(BreakingChanges))]
    public void Each_breaking_kind_is_caught_on_a_small_schema(string kind, string changedDefinition, string changedCodes)
    {
        var (older, newer) = kind == "ClosedObject"
            ? (Synthetic("1.0", changedDefinition, changedCodes), Synthetic("1.1", Base))
            : (Synthetic("1.0", Base), Synthetic("1.1", changedDefinition, changedCodes));

        var changes = CompatibilityChecker.Compare(older, newer, null);

        Assert.Contains(changes, c => c.Kind.ToString() == kind && c.Compatibility == Compatibility.Breaking);
    }

    [Fact]
    public void A_removed_message_type_is_breaking_and_an_added_one_is_not()
    {
        var changes = CompatibilityChecker.Compare(Synthetic("1.0", Base), Synthetic("1.1", Base, messageType: "Other2"), null);

        Assert.Contains(changes, c => c is { Kind: SchemaChangeKind.MessageTypeRemoved, Compatibility: Compatibility.Breaking, Location: "Thing" });
        Assert.Contains(changes, c => c is { Kind: SchemaChangeKind.MessageTypeAdded, Compatibility: Compatibility.Compatible, Location: "Other2" });
    }

    [Fact]
    public void Additions_with_declared_fallbacks_and_relaxed_limits_are_compatible()
    {
        var newer = Base.Replace("\"note\":{\"type\":\"string\"}", "\"note\":{\"type\":\"string\"},\"added\":{\"type\":\"boolean\"}", StringComparison.Ordinal)
            .Replace("\"maxLength\":10", "\"maxLength\":20", StringComparison.Ordinal);
        var declaration = ConversionDeclaration.Parse("""{"from":"1.1","to":"1.0","enumFallbacks":{"common/codes.schema.json#/definitions/Color":{"BLUE":"GREEN"}},"messageTypesAdded":[]}""");

        var changes = CompatibilityChecker.Compare(Synthetic("1.0", Base), Synthetic("1.1", newer, Codes.Replace("\"GREEN\"]", "\"GREEN\",\"BLUE\"]", StringComparison.Ordinal)), declaration);

        Assert.Empty(changes.Where(c => c.Compatibility == Compatibility.Breaking).Select(c => $"{c.Kind} {c.Location}"));
        Assert.Contains(changes, c => c.Kind == SchemaChangeKind.PropertyAdded && c.Detail == "added");
        Assert.Contains(changes, c => c.Kind == SchemaChangeKind.EnumValueAdded && c.Detail == "BLUE");
        Assert.Contains(changes, c => c.Kind == SchemaChangeKind.LimitRelaxed);
    }

    [Fact]
    public void A_fallback_that_does_not_exist_in_the_older_list_is_not_accepted()
    {
        var declaration = ConversionDeclaration.Parse("""{"from":"1.1","to":"1.0","enumFallbacks":{"common/codes.schema.json#/definitions/Color":{"BLUE":"PURPLE"}},"messageTypesAdded":[]}""");

        var changes = CompatibilityChecker.Compare(Synthetic("1.0", Base), Synthetic("1.1", Base, Codes.Replace("\"GREEN\"]", "\"GREEN\",\"BLUE\"]", StringComparison.Ordinal)), declaration);

        Assert.Contains(changes, c => c is { Kind: SchemaChangeKind.EnumValueAddedWithoutFallback, Detail: "BLUE" });
    }
}
