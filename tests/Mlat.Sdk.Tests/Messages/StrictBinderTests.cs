using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>
/// The source-generated context is strict on its own, not only behind the schema: a body with a missing required
/// member, an unknown member, an unknown enum value or a wrong JSON type does not bind. Each invalid sample whose one
/// defect is of those kinds is a case (round trips of the valid samples are in the conformance tests).
/// </summary>
public sealed class StrictBinderTests
{
    private static readonly string[] BinderVisibleCodes =
        ["schema.required", "schema.additionalProperties", "schema.enum", "schema.type"];

    public static TheoryData<string> BinderVisibleInvalidSamples()
    {
        var data = new TheoryData<string>();
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, "manifest.json")))!;
        foreach (var c in manifest["cases"]!.AsArray())
        {
            var findings = c!["expectedFindings"]!.AsArray();
            if (!(bool)c["expectValid"]! && findings.Count == 1
                && BinderVisibleCodes.Contains((string)findings[0]!["code"]!)
                && ((string)findings[0]!["pointer"]!).StartsWith("/body/", StringComparison.Ordinal))
            {
                data.Add((string)c["file"]!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BinderVisibleInvalidSamples))]
    public void Body_with_structural_defect_is_refused_by_the_source_generated_context(string file)
    {
        var envelope = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, file)))!;
        var type = Enum.Parse<MessageType>((string)envelope["header"]!["messageType"]!);

        Assert.ThrowsAny<JsonException>(() => envelope["body"].Deserialize(MlatJson.BodyTypeInfo(type)));
    }

    [Fact]
    public void Duplicate_member_is_refused_by_the_context_itself()
    {
        const string Body = """{"request":{"issuingReference":"X-1"},"request":{"issuingReference":"X-2"}}""";

        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(Body, MlatJsonContext.Default.StatusQuery));
    }
}
