using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>
/// Every valid sample of the five requesting-side message types binds to its C# body and writes back to the same JSON:
/// a member the model drops, renames or re-spells (enum, date, instant, uuid) shows up as a difference.
/// </summary>
public sealed class RequestSamplesRoundTripTests
{
    private static readonly string[] RequestTypes =
        ["AssistanceRequest", "SupplementaryRequest", "AdditionalInformationResponse", "StatusQuery", "WithdrawalNotice"];

    public static TheoryData<string, string> ValidRequestSamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in RequestTypes)
        {
            var dir = Path.Combine(TestPaths.Samples, "1.0", "valid", type);
            foreach (var file in Directory.EnumerateFiles(dir, "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(type, Path.GetFileNameWithoutExtension(file));
            }
        }

        return data;
    }

    [Fact]
    public void Every_requesting_side_type_has_a_minimal_and_a_full_valid_sample()
    {
        foreach (var type in RequestTypes)
        {
            var names = Directory.EnumerateFiles(Path.Combine(TestPaths.Samples, "1.0", "valid", type), "*.json")
                .Select(Path.GetFileNameWithoutExtension).ToList();
            Assert.Contains("minimal", names);
            Assert.True(names.Count >= 2, type);
        }
    }

    [Theory]
    [MemberData(nameof(ValidRequestSamples))]
    public void Valid_sample_body_binds_and_writes_back_JCS_equal(string type, string name)
    {
        var envelope = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, "1.0", "valid", type, name + ".json")))!;
        Assert.Equal(type, envelope["header"]!["messageType"]!.GetValue<string>());
        var body = envelope["body"]!.ToJsonString();

        var (written, bound) = RoundTrip(type, body);

        Assert.Equal(type, bound.MessageType.ToString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(written)), $"{type}/{name}: {written}");
    }

    private static (string Written, MessageBody Bound) RoundTrip(string type, string json)
    {
        var ctx = MlatJsonContext.Default;
        return type switch
        {
            "AssistanceRequest" => Write(JsonSerializer.Deserialize(json, ctx.AssistanceRequest)!, ctx.AssistanceRequest),
            "SupplementaryRequest" => Write(JsonSerializer.Deserialize(json, ctx.SupplementaryRequest)!, ctx.SupplementaryRequest),
            "AdditionalInformationResponse" =>
                Write(JsonSerializer.Deserialize(json, ctx.AdditionalInformationResponse)!, ctx.AdditionalInformationResponse),
            "StatusQuery" => Write(JsonSerializer.Deserialize(json, ctx.StatusQuery)!, ctx.StatusQuery),
            "WithdrawalNotice" => Write(JsonSerializer.Deserialize(json, ctx.WithdrawalNotice)!, ctx.WithdrawalNotice),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    private static (string, MessageBody) Write<T>(T body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
        where T : MessageBody => (JsonSerializer.Serialize(body, info), body);
}
