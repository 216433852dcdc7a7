using System.Text;
using System.Text.Json;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Conformance.Tests;

/// <summary>
/// Runs the official JSON Schema Test Suite (draft 7, <c>TestPaths.Vectors</c>/json-schema-test-suite) through the SDK's
/// NJsonSchema wrapper — same format validators, same pattern engine, same enum/uniqueItems/integer checks, same
/// Newtonsoft reading settings as message validation — for every keyword the portable profile (specification §4) allows.
/// <para>
/// Exclusion rules (a group is not run when its schema uses something the profile forbids, so no profile schema can
/// contain it; each rule must exclude at least one group, see <see cref="Every_case_is_run_or_excluded_by_a_named_rule"/>):
/// </para>
/// <list type="bullet">
/// <item><c>boolean-schema</c>: true/false where a schema is expected.</item>
/// <item><c>type-array</c>: type given as an array.</item>
/// <item><c>null</c>: the null type, or null among enum values.</item>
/// <item><c>non-string-enum</c>: enum values that are not strings (the profile allows string enums only).</item>
/// <item><c>ref-outside-definitions</c>: a $ref that is not <c>#/definitions/Name</c> (remote refs, $id base changes, refs to
/// properties/items/root, URNs); the profile's $ref points into definitions only.</item>
/// <item><c>ref-with-siblings</c>: a $ref with sibling keywords.</item>
/// <item><c>id</c>: $id anywhere in the schema (base URI changes).</item>
/// <item><c>keyword-outside-profile</c>: any keyword outside the profile (allOf, not, const, if, patternProperties,
/// additionalItems, contains, dependencies, exclusiveMinimum, ...).</item>
/// <item><c>tuple-items</c>: items as an array of schemas.</item>
/// <item><c>open-additional-properties</c>: additionalProperties given as a schema (the profile only has false).</item>
/// <item><c>non-integer-bound</c>: minimum/maximum/minLength/maxLength/minItems/maxItems not written as an integer
/// (the profile has integer bounds only; amounts are strings).</item>
/// </list>
/// Known deviations of the wrapper on cases that ARE run are listed in <see cref="KnownDeviations"/> and in
/// docs/validation.md with the SDK check that covers them; the list is asserted to be exact.
/// </summary>
public class JsonSchemaTestSuiteTests
{
    private static readonly string[] Keywords =
    [
        "type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "uniqueItems", "enum",
        "pattern", "minLength", "maxLength", "minimum", "maximum", "oneOf", "anyOf", "ref", "definitions",
        "optional/format/date", "optional/format/date-time", "optional/format/email", "optional/format/uri",
    ];

    private static readonly HashSet<string> ProfileKeywords = new(StringComparer.Ordinal)
    {
        "$schema", "$ref", "definitions", "title", "description", "examples", "$comment", "default", "type", "properties",
        "required", "additionalProperties", "items", "minItems", "maxItems", "uniqueItems", "enum", "pattern", "format",
        "minLength", "maxLength", "minimum", "maximum", "oneOf", "anyOf",
    };

    /// <summary>
    /// Cases inside the profile that the wrapper gets wrong, each with the SDK check that keeps it from mattering.
    /// Keep in step with docs/validation.md.
    /// </summary>
    private static readonly Dictionary<string, string> KnownDeviations = new(StringComparer.Ordinal)
    {
    };

    /// <summary>
    /// Cases inside the profile that NJsonSchema 11.6.2 on its own (with the SDK's format validators, without the SDK's
    /// hooks) gets wrong, each with the SDK check that corrects it. Asserted exact, so the list documents precisely what
    /// the wrapper adds; keep in step with docs/validation.md.
    /// </summary>
    private static readonly Dictionary<string, string> FixedBySdk = new(StringComparer.Ordinal)
    {
        ["maxLength/maxLength validation/two graphemes is long enough"] = "length in code points (NJsonSchemaEngine)",
        ["minLength/minLength validation/one grapheme is not long enough"] = "length in code points (NJsonSchemaEngine)",
        ["required/required properties whose names are Javascript object property names/ignores arrays"] = "required applies to objects only (NJsonSchemaEngine)",
        ["required/required properties whose names are Javascript object property names/ignores other non-objects"] = "required applies to objects only (NJsonSchemaEngine)",
        ["required/required validation/ignores arrays"] = "required applies to objects only (NJsonSchemaEngine)",
        ["required/required validation/ignores boolean"] = "required applies to objects only (NJsonSchemaEngine)",
        ["required/required validation/ignores null"] = "required applies to objects only (NJsonSchemaEngine)",
        ["required/required validation/ignores other non-objects"] = "required applies to objects only (NJsonSchemaEngine)",
        ["required/required validation/ignores strings"] = "required applies to objects only (NJsonSchemaEngine)",
        ["type/integer type matches integers/a float with zero fractional part is an integer"] = "integral numbers are integers (NJsonSchemaEngine)",
        ["uniqueItems/uniqueItems validation/numbers are unique if mathematically unequal"] = "uniqueItems by JSON value (JsonValues)",
        ["uniqueItems/uniqueItems validation/objects are non-unique despite key order"] = "uniqueItems by JSON value (JsonValues)",
        ["uniqueItems/uniqueItems validation/property order of array of objects is ignored"] = "uniqueItems by JSON value (JsonValues)",
        ["uniqueItems/uniqueItems validation/unique heterogeneous types are valid"] = "uniqueItems by JSON value (JsonValues)",
    };

    internal static readonly Lazy<IReadOnlyList<SuiteCase>> AllCases = new(Load);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in AllCases.Value.Where(c => c.ExcludedBy is null))
        {
            data.Add(c.Id);
        }

        return data;
    }

    [RequiresTheory(Requirement.Vectors)]
    [MemberData(nameof(Cases))]
    public void Wrapper_agrees_with_the_test_suite(string id)
    {
        var suiteCase = AllCases.Value.Single(c => c.Id == id);
        var actual = Run(suiteCase);

        if (KnownDeviations.ContainsKey(id))
        {
            Assert.True(actual != suiteCase.Valid, $"{id} is listed as a known deviation but now passes: remove it from the list and from docs/validation.md.");
        }
        else
        {
            Assert.Equal(suiteCase.Valid, actual);
        }
    }

    [RequiresFact(Requirement.Vectors)]
    public void Raw_njsonschema_deviations_are_exactly_the_cases_the_sdk_checks_correct()
    {
        var wrong = AllCases.Value.Where(c => c.ExcludedBy is null && RunRaw(c) != c.Valid).Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
        var listed = FixedBySdk.Keys.Concat(KnownDeviations.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(listed.SequenceEqual(wrong, StringComparer.Ordinal), "Raw NJsonSchema now gets these wrong:\n" + string.Join('\n', wrong));
    }

    [RequiresFact(Requirement.Vectors)]
    public void Known_deviations_name_only_cases_that_are_run()
    {
        var run = AllCases.Value.Where(c => c.ExcludedBy is null).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(KnownDeviations.Keys, id => Assert.Contains(id, run));
    }

    [RequiresFact(Requirement.Vectors)]
    public void Every_case_is_run_or_excluded_by_a_named_rule()
    {
        var cases = AllCases.Value;
        Assert.True(cases.Count(c => c.ExcludedBy is null) > 200, "too few suite cases run");
        var rules = new[] { "boolean-schema", "type-array", "null", "non-string-enum", "ref-outside-definitions", "ref-with-siblings", "id", "keyword-outside-profile", "tuple-items", "open-additional-properties", "non-integer-bound" };
        Assert.All(cases.Where(c => c.ExcludedBy is not null), c => Assert.Contains(c.ExcludedBy, rules));
        Assert.All(rules, r => Assert.Contains(cases, c => c.ExcludedBy == r));
    }

    private static bool? Run(SuiteCase suiteCase)
    {
        CompiledSchema schema;
        try
        {
            schema = CompiledSchema.FromStandaloneJson(suiteCase.Schema);
        }
        catch (Exception e) when (e is InvalidOperationException or SchemaLoadException or NotSupportedException or ArgumentException or Newtonsoft.Json.JsonException)
        {
            return null; // the wrapper cannot load the schema: never agrees with the suite
        }

        var token = SchemaValidator.ReadToken(Encoding.UTF8.GetBytes(suiteCase.Data), 64);
        return SchemaValidator.Validate(token, schema).Count == 0;
    }

    private static bool? RunRaw(SuiteCase suiteCase)
    {
        try
        {
            var schema = NJsonSchema.JsonSchema.FromJsonAsync(suiteCase.Schema).GetAwaiter().GetResult();
            var token = SchemaValidator.ReadToken(Encoding.UTF8.GetBytes(suiteCase.Data), 64);
            var validator = new NJsonSchema.Validation.JsonSchemaValidator(new NJsonSchema.Validation.JsonSchemaValidatorSettings { FormatValidators = InvariantFormats.All });
            return validator.Validate(token, schema).Count == 0;
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    private static List<SuiteCase> Load()
    {
        var root = Path.Combine(TestPaths.Vectors, "json-schema-test-suite", "tests", "draft7");
        var cases = new List<SuiteCase>();
        foreach (var keyword in Keywords)
        {
            using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, keyword + ".json")));
            foreach (var group in file.RootElement.EnumerateArray())
            {
                var schema = group.GetProperty("schema");
                var excludedBy = ExclusionRule(schema);
                var groupName = group.GetProperty("description").GetString()!;
                foreach (var test in group.GetProperty("tests").EnumerateArray())
                {
                    cases.Add(new SuiteCase(
                        $"{keyword}/{groupName}/{test.GetProperty("description").GetString()}",
                        schema.GetRawText(),
                        test.GetProperty("data").GetRawText(),
                        test.GetProperty("valid").GetBoolean(),
                        excludedBy));
                }
            }
        }

        return cases;
    }

    /// <summary>The first profile rule the schema breaks, walking schema positions only (property names are data).</summary>
    private static string? ExclusionRule(JsonElement schema)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return "boolean-schema";
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return "keyword-outside-profile";
        }

        foreach (var member in schema.EnumerateObject())
        {
            if (member.Name == "$id")
            {
                return "id";
            }

            if (!ProfileKeywords.Contains(member.Name))
            {
                return "keyword-outside-profile";
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            if (schema.EnumerateObject().Count() > 1)
            {
                return "ref-with-siblings";
            }

            var text = reference.GetString() ?? string.Empty;
            return text.StartsWith("#/definitions/", StringComparison.Ordinal) && text.IndexOf('/', "#/definitions/".Length) < 0 ? null : "ref-outside-definitions";
        }

        if (schema.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.Array)
            {
                return "type-array";
            }

            if (type.GetString() == "null")
            {
                return "null";
            }
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            if (values.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Null))
            {
                return "null";
            }

            if (values.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            {
                return "non-string-enum";
            }
        }

        foreach (var bound in new[] { "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems" })
        {
            if (schema.TryGetProperty(bound, out var value) && !value.TryGetInt64(out _))
            {
                return "non-integer-bound";
            }
        }

        if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
        {
            return "open-additional-properties";
        }

        if (schema.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            return "tuple-items";
        }

        var children = new List<JsonElement>();
        foreach (var container in new[] { "properties", "definitions" })
        {
            if (schema.TryGetProperty(container, out var map))
            {
                children.AddRange(map.EnumerateObject().Select(p => p.Value));
            }
        }

        foreach (var list in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(list, out var branches))
            {
                children.AddRange(branches.EnumerateArray());
            }
        }

        if (items.ValueKind != JsonValueKind.Undefined)
        {
            children.Add(items);
        }

        return children.Select(ExclusionRule).FirstOrDefault(r => r is not null);
    }

    internal sealed record SuiteCase(string Id, string Schema, string Data, bool Valid, string? ExcludedBy);
}
