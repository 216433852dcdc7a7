using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>
/// Hand-written fragments of common types (tests/Mlat.Sdk.Tests/Messages/Fragments, each valid against
/// types.schema.json) bind through the source-generated context and are written back unchanged.
/// </summary>
public sealed class CommonTypeRoundTripTests
{
    private static string Fragment(string file)
        => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Mlat.Sdk.Tests", "Messages", "Fragments", file));

    private static (T Value, JsonNode Written) RoundTrip<T>(string json, JsonTypeInfo<T> info)
    {
        var value = JsonSerializer.Deserialize(json, info)!;
        return (value, JsonNode.Parse(JsonSerializer.Serialize(value, info))!);
    }

    [Fact]
    public void Full_natural_person_round_trips_unchanged()
    {
        var json = Fragment("NaturalPerson.json");

        var (person, written) = RoundTrip(json, MlatJsonContext.Default.NaturalPerson);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written), written.ToJsonString());
        Assert.Equal(Sex.Female, person.Sex);
        Assert.Equal(PartialDate.FromYearMonth(1971, 8), person.DateOfBirth);
        Assert.Equal([CountryCode.DE, CountryCode.AT], person.Nationalities);
        Assert.Equal(new DateOnly(2031, 5, 31), person.IdentityDocuments![0].ExpiresOn);
        Assert.Equal(PersonAddressType.LastKnown, person.Addresses![1].Type);
        Assert.False(person.InCustody);
    }

    [Fact]
    public void Measure_with_interception_details_round_trips_unchanged()
    {
        var json = Fragment("MeasureInterception.json");

        var (measure, written) = RoundTrip(json, MlatJsonContext.Default.Measure);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written), written.ToJsonString());
        Assert.Equal(MeasureType.InterceptionOfTelecommunications, measure.Type);
        var interception = measure.Details!.Interception!;
        Assert.Equal(TargetIdentifierType.Imei, interception.Targets![1].Type);
        Assert.Equal(InterceptionTransmission.RecordAndTransmit, interception.Transmission);
        Assert.Equal(IsoDuration.FromMonths(3), interception.Duration);
        Assert.Equal(TranslationMethod.Human, measure.Description.Entries[1].Translation!.Method);
        Assert.Null(measure.Details.Hearing);
    }

    [Fact]
    public void Evidence_item_with_custody_chain_round_trips_unchanged()
    {
        var json = Fragment("EvidenceItem.json");

        var (item, written) = RoundTrip(json, MlatJsonContext.Default.EvidenceItem);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written), written.ToJsonString());
        Assert.Equal(CustodyAction.Sealed, item.CustodyEvents![1].Action);
        Assert.Equal(new DateTimeOffset(2027, 1, 2, 11, 30, 0, 500, TimeSpan.Zero), item.CustodyEvents[1].At);
        Assert.Equal(["att-3", "att-4"], item.AttachmentRefs);
    }

    [Theory]
    [InlineData("\"sex\": \"FEMALE\"", "\"sex\": \"F\"", "$.sex")]
    [InlineData("\"type\": \"PASSPORT\"", "\"type\": \"passport\"", "$.identityDocuments[0].type")]
    [InlineData("\"expiresOn\": \"2031-05-31\"", "\"expiresOn\": \"31.05.2031\"", "$.identityDocuments[0].expiresOn")]
    public void Natural_person_with_a_value_outside_its_type_is_rejected_at_that_member(string original, string replacement, string path)
    {
        var json = Fragment("NaturalPerson.json");
        Assert.Contains(original, json, StringComparison.Ordinal);

        var error = Record.Exception(() => JsonSerializer.Deserialize(json.Replace(original, replacement, StringComparison.Ordinal), MlatJsonContext.Default.NaturalPerson));

        Assert.Equal(path, Assert.IsType<JsonException>(error).Path);
    }

    [Fact]
    public void Measure_missing_its_required_type_is_rejected()
    {
        var json = JsonNode.Parse(Fragment("MeasureInterception.json"))!.AsObject();
        Assert.True(json.Remove("type"));

        var error = Record.Exception(() => JsonSerializer.Deserialize(json.ToJsonString(), MlatJsonContext.Default.Measure));

        Assert.IsType<JsonException>(error);
    }

    [Fact]
    public void Evidence_item_with_a_member_unknown_to_the_schema_is_rejected_at_that_member()
    {
        var json = JsonNode.Parse(Fragment("EvidenceItem.json"))!.AsObject();
        json["custodyEvents"]![0]!.AsObject()["hash"] = "x";

        var error = Record.Exception(() => JsonSerializer.Deserialize(json.ToJsonString(), MlatJsonContext.Default.EvidenceItem));

        Assert.Equal("$.custodyEvents[0].hash", Assert.IsType<JsonException>(error).Path);
    }
}
