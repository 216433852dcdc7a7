using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>
/// The executing-side samples (samples/manifest.exec.json) bind to their C# body types and write back to the same JSON:
/// the C# model and the schemas describe one shape. Cases are enumerated by id so a failing case names itself.
/// </summary>
public sealed class ExecutingSamplesRoundTripTests
{
    private static readonly string[] ExecutingTypes =
    [
        "AcknowledgementOfReceipt", "ForwardingNotice", "RequestForAdditionalInformation", "RecognitionDecision",
        "RefusalNotice", "PostponementNotice", "StatusUpdate", "ExecutionReport", "EvidenceTransmission", "Consultation",
        "TechnicalRejection",
    ];

    // Defects the strict binder must see on its own, without the schema: a missing required member, an unknown member,
    // an unknown enum value, a wrong JSON type. Pattern, format and minItems defects are the schema's job.
    private static readonly string[] BinderVisibleCodes =
        ["schema.required", "schema.additionalProperties", "schema.enum", "schema.type"];

    public static TheoryData<string> ValidCaseIds() => CaseIds(c => c.ExpectValid);

    public static TheoryData<string> BinderVisibleInvalidCaseIds() =>
        CaseIds(c => !c.ExpectValid && c.ExpectedFindings.Count == 1 && BinderVisibleCodes.Contains(c.ExpectedFindings[0].Code)
                     && c.ExpectedFindings[0].Pointer.StartsWith("/body/", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(ValidCaseIds))]
    public void Valid_sample_body_binds_and_serializes_back_to_the_same_json(string id)
    {
        var (envelope, messageType) = Load(id);
        var body = envelope["body"]!;

        var bound = Bind(messageType, body);
        var written = Write(messageType, bound);

        Assert.Equal(messageType, bound.MessageType.ToString());
        Assert.True(JsonNode.DeepEquals(body, written), $"{id}: body changed in the round trip: {written.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(BinderVisibleInvalidCaseIds))]
    public void Invalid_sample_with_structural_defect_in_body_is_refused_by_the_strict_binder(string id)
    {
        var (envelope, messageType) = Load(id);

        Assert.ThrowsAny<JsonException>(() => Bind(messageType, envelope["body"]!));
    }

    [Fact]
    public void Every_executing_type_has_a_minimal_a_full_and_three_invalid_samples()
    {
        var cases = Manifest();
        foreach (var type in ExecutingTypes)
        {
            var valid = cases.Where(c => c.MessageType == type && c.ExpectValid).Select(c => c.Id).ToList();
            Assert.Contains(valid, i => i.Contains("/minimal", StringComparison.Ordinal));
            Assert.Contains(valid, i => i.Contains("/full", StringComparison.Ordinal));
            Assert.True(cases.Count(c => c.MessageType == type && !c.ExpectValid) >= 3, type);
        }
    }

    [Fact]
    public void Every_invalid_sample_declares_exactly_one_expected_finding_and_kinds_vary_per_type()
    {
        foreach (var group in Manifest().Where(c => !c.ExpectValid).GroupBy(c => c.MessageType))
        {
            Assert.All(group, c => Assert.Single(c.ExpectedFindings));
            Assert.True(group.Select(c => c.ExpectedFindings[0].Code).Distinct().Count() >= 3, group.Key);
        }
    }

    private static MessageBody Bind(string messageType, JsonNode body) => messageType switch
    {
        "AcknowledgementOfReceipt" => Deserialize(body, MlatJsonContext.Default.AcknowledgementOfReceipt),
        "ForwardingNotice" => Deserialize(body, MlatJsonContext.Default.ForwardingNotice),
        "RequestForAdditionalInformation" => Deserialize(body, MlatJsonContext.Default.RequestForAdditionalInformation),
        "RecognitionDecision" => Deserialize(body, MlatJsonContext.Default.RecognitionDecision),
        "RefusalNotice" => Deserialize(body, MlatJsonContext.Default.RefusalNotice),
        "PostponementNotice" => Deserialize(body, MlatJsonContext.Default.PostponementNotice),
        "StatusUpdate" => Deserialize(body, MlatJsonContext.Default.StatusUpdate),
        "ExecutionReport" => Deserialize(body, MlatJsonContext.Default.ExecutionReport),
        "EvidenceTransmission" => Deserialize(body, MlatJsonContext.Default.EvidenceTransmission),
        "Consultation" => Deserialize(body, MlatJsonContext.Default.Consultation),
        "TechnicalRejection" => Deserialize(body, MlatJsonContext.Default.TechnicalRejection),
        _ => throw new InvalidOperationException("not an executing-side message type: " + messageType),
    };

    private static JsonNode Write(string messageType, MessageBody body) => messageType switch
    {
        "AcknowledgementOfReceipt" => Serialize((AcknowledgementOfReceipt)body, MlatJsonContext.Default.AcknowledgementOfReceipt),
        "ForwardingNotice" => Serialize((ForwardingNotice)body, MlatJsonContext.Default.ForwardingNotice),
        "RequestForAdditionalInformation" => Serialize((RequestForAdditionalInformation)body, MlatJsonContext.Default.RequestForAdditionalInformation),
        "RecognitionDecision" => Serialize((RecognitionDecision)body, MlatJsonContext.Default.RecognitionDecision),
        "RefusalNotice" => Serialize((RefusalNotice)body, MlatJsonContext.Default.RefusalNotice),
        "PostponementNotice" => Serialize((PostponementNotice)body, MlatJsonContext.Default.PostponementNotice),
        "StatusUpdate" => Serialize((StatusUpdate)body, MlatJsonContext.Default.StatusUpdate),
        "ExecutionReport" => Serialize((ExecutionReport)body, MlatJsonContext.Default.ExecutionReport),
        "EvidenceTransmission" => Serialize((EvidenceTransmission)body, MlatJsonContext.Default.EvidenceTransmission),
        "Consultation" => Serialize((Consultation)body, MlatJsonContext.Default.Consultation),
        "TechnicalRejection" => Serialize((TechnicalRejection)body, MlatJsonContext.Default.TechnicalRejection),
        _ => throw new InvalidOperationException("not an executing-side message type: " + messageType),
    };

    private static T Deserialize<T>(JsonNode node, JsonTypeInfo<T> info)
        => JsonSerializer.Deserialize(node.ToJsonString(), info) ?? throw new JsonException("null body");

    private static JsonNode Serialize<T>(T value, JsonTypeInfo<T> info)
        => JsonNode.Parse(JsonSerializer.Serialize(value, info))!;

    private static (JsonNode Envelope, string MessageType) Load(string id)
    {
        var entry = Manifest().Single(c => c.Id == id);
        var envelope = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, entry.File)))!;
        Assert.Equal(entry.MessageType, (string?)envelope["header"]?["messageType"]);
        return (envelope, entry.MessageType);
    }

    private static TheoryData<string> CaseIds(Func<Case, bool> filter)
    {
        var data = new TheoryData<string>();
        foreach (var c in Manifest().Where(filter))
        {
            data.Add(c.Id);
        }

        return data;
    }

    private static List<Case> Manifest()
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, "manifest.exec.json")))!;
        return root["cases"]!.AsArray().Select(n => new Case(
            (string)n!["id"]!,
            (string)n["file"]!,
            (string)n["messageType"]!,
            (bool)n["expectValid"]!,
            n["expectedFindings"]!.AsArray().Select(f => new ExpectedFinding((string)f!["code"]!, (string)f["pointer"]!)).ToList())).ToList();
    }

    private sealed record Case(string Id, string File, string MessageType, bool ExpectValid, IReadOnlyList<ExpectedFinding> ExpectedFindings);

    private sealed record ExpectedFinding(string Code, string Pointer);
}
