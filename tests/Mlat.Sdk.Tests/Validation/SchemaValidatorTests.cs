using System.Collections.Concurrent;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Mlat.Sdk.Validation.Schemas;
using NJsonSchema.Validation;

namespace Mlat.Sdk.Tests.Validation;

public class SchemaValidatorTests
{
    private const string Message = """
        {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","required":["header","body"],"additionalProperties":false,
         "properties":{
           "header":{"type":"object","required":["id","kind"],"additionalProperties":false,"properties":{
               "id":{"type":"string","format":"uuid","pattern":"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},
               "kind":{"type":"string","enum":["1","TWO"]},
               "day":{"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
               "at":{"type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},
               "count":{"type":"integer","minimum":1,"maximum":10},
               "tags":{"type":"array","minItems":1,"maxItems":3,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":4}}}},
           "body":{"type":"object","additionalProperties":false,"properties":{
               "detail":{"oneOf":[
                  {"type":"object","required":["kind","a"],"additionalProperties":false,"properties":{"kind":{"type":"string","enum":["A"]},"a":{"type":"string"}}},
                  {"type":"object","required":["kind","b"],"additionalProperties":false,"properties":{"kind":{"type":"string","enum":["B"]},"b":{"type":"integer"}}}]},
               "map":{"type":"object"}}}}}
        """;

    private const string Id = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private static readonly SchemaValidator Validator = SchemaTestKit.ValidatorFor(Message);

    /// <summary>A valid envelope with extra header members and body members written with single quotes.</summary>
    private static string Doc(string header = "", string body = "") =>
        J("{'header':{'id':'" + Id + "','kind':'TWO'" + header + "},'body':{" + body + "}}");

    private static string J(string singleQuoted) => singleQuoted.Replace('\'', '"');

    [Fact]
    public void Valid_document_has_no_findings() =>
        Assert.Empty(Validator.Validate(Doc(",'day':'2024-02-29','at':'2026-11-28T09:30:00Z','count':10,'tags':['a','b']", "'detail':{'kind':'B','b':3}")));

    [Fact]
    public void Required_names_the_missing_member() =>
        Assert.Equal([("schema.required", "/header/kind")], Validator.Validate(J("{'header':{'id':'" + Id + "'},'body':{}}")).Pairs());

    [Fact]
    public void Additional_properties_names_the_extra_member_with_rfc6901_escapes() =>
        Assert.Equal([("schema.additionalProperties", "/header/a~1b~0c")], Validator.Validate(Doc(",'a/b~c':1")).Pairs());

    [Fact]
    public void Enum_compares_json_values_so_number_1_is_not_string_1()
    {
        var doc = J("{'header':{'id':'" + Id + "','kind':1},'body':{}}");
        Assert.Equal([("schema.enum", "/header/kind"), ("schema.type", "/header/kind")], Validator.Validate(doc).Pairs());
        Assert.Empty(Validator.Validate(J("{'header':{'id':'" + Id + "','kind':'1'},'body':{}}")));
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-04-31")]
    [InlineData("1900-02-29")]
    public void Date_format_rejects_days_the_calendar_does_not_have(string day) =>
        Assert.Equal([("schema.format", "/header/day")], Validator.Validate(Doc($",'day':'{day}' ")).Pairs());

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2000-02-29")]
    [InlineData("2026-12-31")]
    public void Date_format_accepts_real_calendar_days_including_leap_days(string day) =>
        Assert.Empty(Validator.Validate(Doc($",'day':'{day}' ")));

    [Theory]
    [InlineData("2026-11-28T24:00:00Z")]
    [InlineData("2026-11-28T23:60:00Z")]
    [InlineData("2026-02-30T10:00:00Z")]
    public void Date_time_format_rejects_impossible_times_and_dates(string at) =>
        Assert.Equal([("schema.format", "/header/at")], Validator.Validate(Doc($",'at':'{at}' ")).Pairs());

    [Fact]
    public void Pattern_and_format_are_separate_findings_at_the_same_pointer() =>
        Assert.Equal([("schema.format", "/header/id"), ("schema.pattern", "/header/id")],
            Validator.Validate("""{"header":{"id":"x","kind":"TWO"},"body":{}}""").Pairs());

    [Theory]
    [InlineData("0", "schema.minimum")]
    [InlineData("11", "schema.maximum")]
    [InlineData("1.5", "schema.type")]
    [InlineData("\"3\"", "schema.type")]
    public void Integer_bounds_and_type_are_reported_by_keyword(string count, string code) =>
        Assert.Equal([(code, "/header/count")], Validator.Validate(Doc($",'count':{count}")).Pairs());

    [Fact]
    public void Integer_written_with_a_zero_fraction_is_an_integer_as_in_draft_07() =>
        Assert.Empty(Validator.Validate(Doc(",'count':2.0")));

    [Fact]
    public void Array_keywords_point_at_the_array_and_item_keywords_at_the_item()
    {
        Assert.Equal([("schema.uniqueItems", "/header/tags")], Validator.Validate(Doc(",'tags':['a','a']")).Pairs());
        Assert.Equal([("schema.maxItems", "/header/tags")], Validator.Validate(Doc(",'tags':['a','b','c','d']")).Pairs());
        Assert.Equal([("schema.minItems", "/header/tags")], Validator.Validate(Doc(",'tags':[]")).Pairs());
        Assert.Equal([("schema.maxLength", "/header/tags/1"), ("schema.minLength", "/header/tags/2")], Validator.Validate(Doc(",'tags':['a','abcde','']")).Pairs());
    }

    [Fact]
    public void OneOf_with_a_matching_discriminator_reports_the_errors_of_that_branch()
    {
        Assert.Equal([("schema.type", "/body/detail/b")], Validator.Validate(Doc(body: "'detail':{'kind':'B','b':'x'}")).Pairs());
        Assert.Equal([("schema.required", "/body/detail/a")], Validator.Validate(Doc(body: "'detail':{'kind':'A'}")).Pairs());
    }

    [Fact]
    public void OneOf_without_a_matching_discriminator_is_one_finding_at_the_instance() =>
        Assert.Equal([("schema.oneOf", "/body/detail")], Validator.Validate(Doc(body: "'detail':{'kind':'C'}")).Pairs());

    [Fact]
    public void Open_object_accepts_any_members() =>
        Assert.Empty(Validator.Validate(Doc(body: "'map':{'x.y':{'any':[1,null]}}")));

    [Fact]
    public void Findings_are_ordered_by_pointer_then_code_and_carry_no_values()
    {
        var findings = Validator.Validate("""{"header":{"id":"secret-value","kind":"secret-kind","count":0},"body":{"zzz":1},"aaa":2}""");

        Assert.Equal(findings.OrderBy(f => f.Pointer, StringComparer.Ordinal).ThenBy(f => f.Code, StringComparer.Ordinal), findings);
        Assert.Equal(
            [("schema.additionalProperties", "/aaa"), ("schema.additionalProperties", "/body/zzz"), ("schema.minimum", "/header/count"),
             ("schema.format", "/header/id"), ("schema.pattern", "/header/id"), ("schema.enum", "/header/kind")],
            findings.Pairs());
        Assert.All(findings, f => Assert.DoesNotContain("secret", f.Message, StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
    }

    [Fact]
    public void Pattern_match_that_times_out_becomes_a_pattern_finding()
    {
        // A lookahead keeps the pattern off the non-backtracking engine; (a+)+ then backtracks exponentially.
        var validator = SchemaTestKit.ValidatorFor("""{"type":"object","properties":{"v":{"type":"string","pattern":"^(?=x*)(a+)+$"}}}""", TimeSpan.FromMilliseconds(1));
        var findings = validator.Validate("{\"v\":\"" + new string('a', 5000) + "!\"}");

        var finding = Assert.Single(findings);
        Assert.Equal(("schema.pattern", "/v"), (finding.Code, finding.Pointer));
        Assert.Contains("timed out", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_version_and_type_are_reported_with_their_codes()
    {
        Assert.Equal([(FindingCodes.VersionUnsupported, "/header/version")], Validator.Validate("{}"u8, "8.8", "T").Pairs());
        Assert.Equal([(FindingCodes.TypeUnknown, "/header/messageType")], Validator.Validate("{}"u8, "9.9", "Nope").Pairs());
    }

    [Fact]
    public void Error_kind_table_covers_every_njsonschema_error_kind()
    {
        var unmapped = Enum.GetValues<ValidationErrorKind>().Where(k => !SchemaKeywords.Table.ContainsKey(k)).ToList();
        Assert.Empty(unmapped);
        Assert.Equal("schema.invalid", SchemaKeywords.CodeOf((ValidationErrorKind)9999));
        Assert.Equal("schema.required", SchemaKeywords.CodeOf(ValidationErrorKind.PropertyRequired));
        Assert.Equal("schema.additionalProperties", SchemaKeywords.CodeOf(ValidationErrorKind.NoAdditionalPropertiesAllowed));
    }

    [Fact]
    public void Concurrent_validation_gives_the_same_findings_as_sequential()
    {
        var samples = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            samples.Add(Doc($",'count':{i % 13},'tags':['a','{(i % 3 == 0 ? "a" : "b")}'],'day':'2024-02-{(i % 31) + 1:00}' ", i % 2 == 0 ? "'detail':{'kind':'A'}" : string.Empty));
        }

        var sequential = samples.Select(s => Validator.Validate(s).Pairs()).ToList();
        var parallel = new ConcurrentDictionary<int, (string, string)[]>();
        Parallel.For(0, samples.Count * 10, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Validator.Validate(samples[i % samples.Count]).Pairs());

        Assert.Contains(sequential, s => s.Length > 0);
        for (var i = 0; i < samples.Count * 10; i++)
        {
            Assert.Equal(sequential[i % samples.Count], parallel[i]);
        }
    }

    [Fact]
    public void Malformed_bytes_are_a_finding_not_an_exception() =>
        Assert.Equal([(FindingCodes.JsonMalformed, "")], Validator.Validate(Encoding.UTF8.GetBytes("{\"header\": /* c */ 1}"), "9.9", "T").Pairs());

    [Fact]
    public void Njsonschema_format_validators_are_replaced_so_formats_outside_the_profile_are_annotations_only()
    {
        // NJsonSchema's own ipv4 validator would reject this; the SDK hands NJsonSchema only its five profile formats.
        var validator = SchemaTestKit.ValidatorFor("""{"type":"object","properties":{"ip":{"type":"string","format":"ipv4"},"d":{"type":"string","format":"date"}}}""");
        Assert.Empty(validator.Validate("""{"ip":"not-an-address","d":"2024-02-29"}"""));
        Assert.Equal([("schema.format", "/d")], validator.Validate("""{"ip":"x","d":"2024-02-30"}""").Pairs());
    }

    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e", true)]
    [InlineData("0F8FAD5B-D9CB-469F-A165-70867728950E", true)]
    [InlineData("0f8fad5bd9cb469fa16570867728950e", false)]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950", false)]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950g", false)]
    [InlineData("{0f8fad5b-d9cb-469f-a165-70867728950e}", false)]
    public void Uuid_format_is_the_rfc_9562_hyphenated_form(string value, bool valid) =>
        Assert.Equal(valid, InvariantFormats.IsUuid(value));

    [Theory]
    [InlineData("2026-11-28T09:30:00Z", true)]
    [InlineData("2026-11-28T09:30:00.5+01:00", true)]
    [InlineData("2016-12-31T23:59:60Z", true)]
    [InlineData("2016-12-31T22:59:60Z", false)]
    [InlineData("2026-11-28T09:30:00", false)]
    [InlineData("2026-11-28 09:30:00Z", false)]
    [InlineData("2026-11-28T09:30:00+24:00", false)]
    public void Date_time_format_follows_rfc_3339(string value, bool valid) =>
        Assert.Equal(valid, InvariantFormats.IsDateTime(value));

    [Fact]
    public void Nesting_beyond_the_depth_limit_is_a_finding_not_a_stack_overflow()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 100_000)) + string.Concat(Enumerable.Repeat("]", 100_000));
        var doc = "{\"header\":{\"id\":\"" + Id + "\",\"kind\":\"TWO\"},\"body\":{\"map\":{\"x\":" + deep + "}}}";
        Assert.Equal([(FindingCodes.JsonMalformed, "")], Validator.Validate(doc).Pairs());
    }

    [Fact]
    public void Json_element_overload_validates_the_raw_bytes_of_the_element()
    {
        using var document = System.Text.Json.JsonDocument.Parse(J("{'outer':{'header':{'id':'" + Id + "'},'body':{}}}"));
        var findings = Validator.Validate(document.RootElement.GetProperty("outer"), "9.9", "T");
        Assert.Equal([("schema.required", "/header/kind")], findings.Pairs());
    }

    [FsCheck.Xunit.Property]
    public void Extra_member_pointer_is_the_rfc_6901_escape_of_any_member_name(NonNull<string> name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Get is "header" or "body")
        {
            return;
        }

        var doc = Doc().TrimEnd('}') + "}," + System.Text.Json.JsonSerializer.Serialize(name.Get, TestJsonContext.Default.String) + ":1}";
        var expected = "/" + name.Get.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

        Assert.Equal([("schema.additionalProperties", expected)], Validator.Validate(doc).Pairs());
        Assert.Equal(name.Get, expected[1..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
    }

    [FsCheck.Xunit.Property]
    public void Date_check_agrees_with_the_invariant_calendar(DateTime day, int shift)
    {
        var text = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(InvariantFormats.IsDate(text));
        var bumped = $"{text[..8]}{(Math.Abs(shift) % 40):00}";
        Assert.Equal(DateOnly.TryParseExact(bumped, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _), InvariantFormats.IsDate(bumped));
    }
}
