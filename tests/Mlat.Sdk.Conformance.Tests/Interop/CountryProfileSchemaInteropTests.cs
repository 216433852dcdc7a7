using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk.Versioning;
using NJsonSchema;

namespace Mlat.Sdk.Conformance.Tests.Interop;

/// <summary>
/// schemas/capabilities/1.1 (country profiles, specification §10.7) read alike by three independent validators —
/// NJsonSchema (the SDK's), ajv 8 in strict mode and python-jsonschema: every sample profile is valid in all three, and
/// a profile item without its source, or with a source status the schema does not know, is refused by all three at the
/// same place, while the SDK's lenient reader skips that item and lists its pointer (specification §10.2).
/// </summary>
public sealed class CountryProfileSchemaInteropTests
{
    private static string Schema => Path.Combine(TestPaths.Schemas, "capabilities", "1.1", "capabilities.schema.json");

    private static string[] Profiles => Directory.EnumerateFiles(Path.Combine(TestPaths.Samples, "capabilities"), "*.json").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Every_sample_profile_is_valid_in_NJsonSchema()
    {
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Schema));
        Assert.Equal(6, Profiles.Length);
        foreach (var file in Profiles)
        {
            Assert.Empty(schema.Validate(File.ReadAllText(file)).Select(e => e.Path + " " + e.Kind));
        }

        var (_, defects) = Defective();
        foreach (var (text, _) in defects)
        {
            Assert.NotEmpty(schema.Validate(text));
        }
    }

    [Fact]
    public void Every_sample_profile_is_valid_in_ajv_and_defects_are_found_at_the_item()
        => Agree(NodePeer.Run("capabilities.mjs", ["--schema", Schema, .. Profiles, .. Defective().Files], null));

    [RequiresFact(Requirement.PythonJsonSchema)]
    public void Every_sample_profile_is_valid_in_python_jsonschema_and_defects_are_found_at_the_item()
        => Agree(NodePeer.RunWith(Requirements.Python, "capabilities.py", ["--schema", Schema, .. Profiles, .. Defective().Files], null));

    [Fact]
    public void The_lenient_reader_skips_the_defective_items_and_lists_their_pointers()
    {
        var (files, defects) = Defective();
        for (var i = 0; i < files.Length; i++)
        {
            var result = CapabilitiesReader.Read(File.ReadAllBytes(files[i]));
            Assert.Empty(result.Findings);
            Assert.Contains(defects[i].Pointer, result.Ignored);
        }
    }

    private static void Agree(string output)
    {
        var results = JsonNode.Parse(output)!.AsArray();
        var (files, defects) = Defective();
        Assert.Equal(Profiles.Length + files.Length, results.Count);
        for (var i = 0; i < Profiles.Length; i++)
        {
            Assert.True(results[i]!["valid"]!.GetValue<bool>(), results[i]!.ToJsonString());
        }

        for (var i = 0; i < files.Length; i++)
        {
            var result = results[Profiles.Length + i]!;
            Assert.False(result["valid"]!.GetValue<bool>());
            Assert.Contains(result["errors"]!.AsArray(), e => ((string)e!["instancePath"]!).StartsWith(defects[i].Pointer, StringComparison.Ordinal));
        }
    }

    /// <summary>Two defective copies of the German profile, written to temporary files: an item without source, and a source status nobody defined.</summary>
    private static (string[] Files, (string Text, string Pointer)[] Defects) Defective()
    {
        var good = File.ReadAllText(Path.Combine(TestPaths.Samples, "capabilities", "de-bfj.json"));
        var noSource = JsonNode.Parse(good)!;
        noSource["requirements"]!["instruments"]![0]!["languages"]![0]!.AsObject().Remove("source");
        var badStatus = JsonNode.Parse(good)!;
        badStatus["requirements"]!["instruments"]![0]!["channels"]![0]!["source"]!["status"] = "ASSUMED";
        (string, string)[] defects =
        [
            (noSource.ToJsonString(), "/requirements/instruments/0/languages/0"),
            (badStatus.ToJsonString(), "/requirements/instruments/0/channels/0"),
        ];
        var folder = Path.Combine(Path.GetTempPath(), "mlat-profile-interop-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        var files = defects.Select((d, i) =>
        {
            var path = Path.Combine(folder, $"defect-{i}.json");
            File.WriteAllText(path, d.Item1);
            return path;
        }).ToArray();
        return (files, defects);
    }
}
