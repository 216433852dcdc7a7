using System.Text.Json.Nodes;
using NJsonSchema;

namespace Mlat.Sdk.Conformance.Tests.Versioning;

/// <summary>
/// Capabilities 1.1 is a MINOR step from 1.0 (specification §10.7): generated from it by
/// eng/generate-capabilities-1.1.py, it adds the optional <c>requirements</c> and changes nothing else, so every 1.0
/// document stays valid; and the code lists it copies from the newest release stay equal to release 1.2's.
/// </summary>
public sealed class CapabilitiesSchemaTests
{
    private static JsonObject Load(params string[] path) => JsonNode.Parse(File.ReadAllText(Path.Combine([TestPaths.Schemas, .. path])))!.AsObject();

    [Fact]
    public void Capabilities_1_1_keeps_every_member_and_definition_of_1_0_and_adds_only_optional_requirements()
    {
        var v10 = Load("capabilities", "1.0", "capabilities.schema.json");
        var v11 = Load("capabilities", "1.1", "capabilities.schema.json");

        Assert.Equal(v10["required"]!.ToJsonString(), v11["required"]!.ToJsonString());
        var added = v11["properties"]!.AsObject().Select(p => p.Key).Except(v10["properties"]!.AsObject().Select(p => p.Key)).ToList();
        Assert.Equal(["requirements"], added);
        foreach (var (name, schema) in v10["properties"]!.AsObject().Where(p => p.Key != "capabilitiesVersion"))
        {
            Assert.True(JsonNode.DeepEquals(schema, v11["properties"]![name]), name + " changed");
        }

        foreach (var (name, schema) in v10["definitions"]!.AsObject())
        {
            Assert.True(JsonNode.DeepEquals(schema, v11["definitions"]![name]), name + " changed");
        }

        Assert.Equal(["1.0", "1.1"], v11["properties"]!["capabilitiesVersion"]!["enum"]!.AsArray().Select(v => (string)v!));
    }

    [Fact]
    public async Task Every_capabilities_document_of_the_negotiation_samples_is_valid_in_1_1_when_it_is_in_1_0()
    {
        var v10 = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(TestPaths.Schemas, "capabilities", "1.0", "capabilities.schema.json")));
        var v11 = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(TestPaths.Schemas, "capabilities", "1.1", "capabilities.schema.json")));
        var checkedDocuments = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Samples, "negotiation"), "*.json"))
        {
            var case_ = JsonNode.Parse(File.ReadAllText(file))!;
            foreach (var side in new[] { "sender", "receiver" })
            {
                var text = case_[side]!.ToJsonString();
                if (v10.Validate(text).Count == 0)
                {
                    Assert.Empty(v11.Validate(text));
                    checkedDocuments++;
                }
            }
        }

        Assert.True(checkedDocuments >= 20, $"only {checkedDocuments} documents");
    }

    [Theory]
    [InlineData("InstrumentCode", "common/codes.schema.json")]
    [InlineData("MeasureType", "common/codes.schema.json")]
    [InlineData("UrgencyLevel", "common/codes.schema.json")]
    [InlineData("TransmissionRoute", "common/codes.schema.json")]
    [InlineData("IccsCode", "common/codes.schema.json")]
    [InlineData("DualCriminalityAssessment", "common/types.schema.json")]
    [InlineData("Duration", "common/types.schema.json")]
    [InlineData("AuthorityId", "envelope.schema.json")]
    public void A_code_list_the_profile_copies_equals_the_newest_release_s(string definition, string file)
    {
        var profile = Load("capabilities", "1.1", "capabilities.schema.json")["definitions"]![definition]!;
        var release = Load([.. new[] { "1.2" }, .. (file ?? string.Empty).Split('/')])["definitions"]![definition]!;
        foreach (var keyword in new[] { "type", "enum", "pattern", "minLength" })
        {
            Assert.True(JsonNode.DeepEquals(release[keyword], profile[keyword]), $"{definition}.{keyword} differs from release 1.2: run eng/generate-capabilities-1.1.py");
        }
    }
}
