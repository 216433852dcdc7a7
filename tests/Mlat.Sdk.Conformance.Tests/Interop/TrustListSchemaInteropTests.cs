using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.Conformance.Tests.Interop;

/// <summary>
/// schemas/trust-list/1.0 in ajv (strict mode, so the schema itself must be clean draft-07): the SDK's trust lists are
/// valid, and a list the SDK's reader refuses for a schema reason is refused by ajv with the same keyword at the same place.
/// </summary>
public sealed class TrustListSchemaInteropTests
{
    [Fact]
    public void Trust_lists_written_by_the_SDK_are_valid_in_ajv_and_defects_are_found_at_the_same_place()
    {
        var good = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "envelopes", "verification", "keys", "test-only-trust-list.json")));
        var extra = JsonNode.Parse(good)!;
        extra["countries"]![0]!["comment"] = "x";
        var badRole = JsonNode.Parse(good)!;
        badRole["countries"]![0]!["authorities"]![0]!["roles"]![0] = "JUDGE";
        var documents = new[] { good, extra.ToJsonString(), badRole.ToJsonString() };

        var results = JsonNode.Parse(NodePeer.Run("trust-list.mjs", [], JsonSerializer.Serialize(documents, TestJsonContext.Default.StringArray)))!.AsArray();
        var sdk = documents.Select(d => TrustList.Read(Encoding.UTF8.GetBytes(d))).ToList();

        Assert.True(results[0]!["valid"]!.GetValue<bool>());
        Assert.True(sdk[0].IsSuccess);
        Assert.Equal(("additionalProperties", "/countries/0"), Keyword(results[1]!));
        Assert.Equal("/countries/0/comment", sdk[1].Findings[0].Pointer);
        Assert.Equal(("enum", "/countries/0/authorities/0/roles/0"), Keyword(results[2]!));
        Assert.Equal("/countries/0/authorities/0/roles/0", sdk[2].Findings[0].Pointer);
    }

    private static (string, string) Keyword(JsonNode result)
    {
        Assert.False(result["valid"]!.GetValue<bool>());
        var error = Assert.Single(result["errors"]!.AsArray())!;
        return (error["keyword"]!.GetValue<string>(), error["instancePath"]!.GetValue<string>());
    }
}
