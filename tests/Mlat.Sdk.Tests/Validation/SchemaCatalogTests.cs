using System.Text.Json;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Tests.Validation;

public class SchemaCatalogTests
{
    private const string Types = """
        {"$schema":"http://json-schema.org/draft-07/schema#","definitions":{
          "Code":{"type":"string","enum":["A","B"]},
          "Wrapper":{"type":"object","required":["code"],"additionalProperties":false,"properties":{"code":{"$ref":"#/definitions/Code"}}}}}
        """;

    private static string MessageWithRef(string reference) =>
        "{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"x\":{\"$ref\":\"" + reference + "\"}}}";

    [Fact]
    public void Relative_references_resolve_to_other_files_of_the_same_release()
    {
        var validator = SchemaTestKit.ValidatorFor(MessageWithRef("../common/types.schema.json#/definitions/Wrapper"), extra: new() { ["common/types.schema.json"] = Types });

        Assert.Empty(validator.Validate("""{"x":{"code":"A"}}"""));
        Assert.Equal([("schema.enum", "/x/code")], validator.Validate("""{"x":{"code":"C"}}""").Pairs());
    }

    [Theory]
    [InlineData("https://example.org/types.schema.json#/definitions/Code")]
    [InlineData("http://json-schema.org/draft-07/schema#")]
    [InlineData("https://w3id.org/mlat/schemas/9.9/common/types.schema.json#/definitions/Code")]
    [InlineData("file:///etc/types.schema.json#/definitions/Code")]
    [InlineData("/etc/types.schema.json#/definitions/Code")]
    [InlineData("../../1.0/common/types.schema.json#/definitions/Code")]
    [InlineData("../common/missing.schema.json#/definitions/Code")]
    [InlineData("../common/types.schema.json#/definitions/Missing")]
    [InlineData("#/definitions/Missing")]
    [InlineData("../common/types.schema.json#Code")]
    public void Load_fails_naming_the_file_and_the_reference_for_anything_outside_the_release(string reference)
    {
        var files = new Dictionary<string, string>
        {
            ["common/types.schema.json"] = Types,
            ["messages/T.schema.json"] = MessageWithRef(reference),
        };

        var error = Assert.Throws<SchemaLoadException>(() => SchemaTestKit.Release(files));

        Assert.Equal("messages/T.schema.json", error.File);
        Assert.Equal(reference, error.Reference);
        Assert.Equal("9.9", error.Version);
    }

    [Fact]
    public void Release_data_that_is_not_a_schema_is_not_checked_for_references()
    {
        var files = new Dictionary<string, string>
        {
            ["messages/T.schema.json"] = """{"type":"object","additionalProperties":false,"properties":{}}""",
            ["rules.json"] = """{"rules":[{"id":"MLAT-R-0001","$ref":"https://example.org/not-a-schema"}]}""",
        };

        var release = SchemaTestKit.Release(files);

        Assert.Equal(["T"], release.MessageTypes.Keys.ToArray());
    }

    [Fact]
    public void Load_fails_when_index_names_a_schema_file_that_is_missing()
    {
        var files = new Dictionary<string, string>
        {
            ["index.json"] = """{"version":"9.9","messageTypes":{"T":"messages/T.schema.json"}}""",
        };

        var error = Assert.Throws<SchemaLoadException>(() => SchemaRelease.Load("9.9", files));

        Assert.Equal("index.json", error.File);
        Assert.Equal("messages/T.schema.json", error.Reference);
    }

    [Fact]
    public void Lazy_release_loads_no_message_type_until_asked_and_then_only_that_one()
    {
        var release = SchemaRelease.Load("1.0", SchemaCatalog.ReadEmbeddedFiles()["1.0"], lazy: true);
        var eager = SchemaRelease.Load("1.0", SchemaCatalog.ReadEmbeddedFiles()["1.0"]);

        Assert.Equal(0, release.LoadedTypes);
        Assert.Equal(eager.MessageTypes.Keys.Order(StringComparer.Ordinal), release.MessageTypes.Keys.Order(StringComparer.Ordinal));
        Assert.True(release.MessageTypes.TryGetValue("AssistanceRequest", out var schema));
        Assert.Same(schema, release.MessageTypes["AssistanceRequest"]);
        Assert.False(release.MessageTypes.TryGetValue("NoSuchType", out _));
        Assert.Equal(1, release.LoadedTypes);
        Assert.Equal(eager.MessageTypes.Count, eager.LoadedTypes);
    }

    [Fact]
    public void Lazy_release_checks_the_index_at_load_and_a_type_schema_at_first_use()
    {
        var missing = new Dictionary<string, string>
        {
            ["index.json"] = """{"version":"9.9","messageTypes":{"T":"messages/T.schema.json"}}""",
        };
        Assert.Equal("index.json", Assert.Throws<SchemaLoadException>(() => SchemaRelease.Load("9.9", missing, lazy: true)).File);

        var badPattern = SchemaTestKit.WithIndex(new Dictionary<string, string> { ["messages/T.schema.json"] = """{"type":"string","pattern":"^([a-z$"}""" });
        var release = SchemaRelease.Load("9.9", badPattern, lazy: true);
        var error = Assert.Throws<SchemaLoadException>(() => release.MessageTypes.TryGetValue("T", out _));
        Assert.Equal("messages/T.schema.json", error.File);
    }

    [Fact]
    public void Load_fails_on_a_pattern_that_does_not_compile()
    {
        var files = new Dictionary<string, string> { ["messages/T.schema.json"] = """{"type":"string","pattern":"^([a-z$"}""" };

        var error = Assert.Throws<SchemaLoadException>(() => SchemaTestKit.Release(files));

        Assert.Equal("messages/T.schema.json", error.File);
    }

    [Fact]
    public void Embedded_catalog_has_a_schema_for_every_message_type_file_of_each_release_on_disk()
    {
        foreach (var folder in Directory.GetDirectories(TestPaths.Schemas).Where(d => SchemaRelease.VersionPattern().IsMatch(Path.GetFileName(d))))
        {
            var version = Path.GetFileName(folder);
            Assert.True(SchemaCatalog.Embedded.TryGetRelease(version, out var release), $"release {version} not embedded");
            var onDisk = Directory.GetFiles(Path.Combine(folder, "messages"), "*.schema.json")
                .Select(f => Path.GetFileName(f)[..^".schema.json".Length]).Order(StringComparer.Ordinal);
            Assert.Equal(onDisk, release.MessageTypes.Keys.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Every_message_type_the_envelope_header_allows_has_a_schema_in_the_release()
    {
        foreach (var folder in Directory.GetDirectories(TestPaths.Schemas).Where(d => SchemaRelease.VersionPattern().IsMatch(Path.GetFileName(d))))
        {
            using var envelope = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "envelope.schema.json")));
            var declared = envelope.RootElement.GetProperty("definitions").GetProperty("Header").GetProperty("properties")
                .GetProperty("messageType").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToArray();
            Assert.True(SchemaCatalog.Embedded.TryGetRelease(Path.GetFileName(folder), out var release));
            Assert.Equal(declared, release.MessageTypes.Keys.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Embedded_catalog_is_the_same_instance_from_every_thread()
    {
        var seen = new SchemaCatalog[16];
        Parallel.For(0, seen.Length, i => seen[i] = SchemaCatalog.Embedded);
        Assert.All(seen, c => Assert.Same(SchemaCatalog.Embedded, c));
    }
}
