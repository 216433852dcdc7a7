using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Conformance.Tests.Interop;

/// <summary>
/// Beyond the hand-written samples: seeded single mutations of every valid sample (member removed, member added,
/// string retyped or emptied, array emptied, item duplicated, impossible date) are validated by the SDK and by ajv.
/// Both must agree on valid/invalid, and every SDK finding must be an error ajv also reports (same keyword, same
/// pointer) — ajv with allErrors reports a superset, since the SDK reports only the branch a discriminator selects.
/// </summary>
public class AjvMutationInteropTests
{
    private const int Seed = 20261128;
    private const int MutationsPerSample = 12;

    [Fact]
    public void Sdk_and_ajv_agree_on_seeded_mutations_of_every_valid_sample()
    {
        var samples = Directory.Exists(Path.Combine(TestPaths.Samples, "1.0", "valid"))
            ? Directory.GetFiles(Path.Combine(TestPaths.Samples, "1.0", "valid"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        samples.AddRange(Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "tests", "Mlat.Sdk.Conformance.Tests", "Fixtures", "1.0", "valid"), "*.json", SearchOption.AllDirectories));

        var random = new Random(Seed);
        var folder = Directory.CreateTempSubdirectory("mlat-ajv-mutations-");
        try
        {
            var cases = new List<(string Path, string MessageType, string Mutation)>();
            foreach (var sample in samples)
            {
                var original = JsonNode.Parse(File.ReadAllText(sample))!;
                var messageType = original["header"]!["messageType"]!.GetValue<string>();
                if (!SchemaCatalog.Embedded.TryGetSchema("1.0", messageType, out _))
                {
                    continue;
                }

                for (var i = 0; i < MutationsPerSample; i++)
                {
                    var copy = original.DeepClone();
                    var mutation = Mutate(copy, random);
                    if (mutation is null || !SelectsSameSchema(copy, messageType))
                    {
                        continue;
                    }

                    var path = Path.Combine(folder.FullName, $"{cases.Count.ToString("D5", CultureInfo.InvariantCulture)}.json");
                    File.WriteAllText(path, copy.ToJsonString(), new UTF8Encoding(false));
                    cases.Add((path, messageType, $"{Path.GetFileName(sample)}: {mutation}"));
                }
            }

            Assert.True(cases.Count > 100, "too few mutations generated");
            var output = NodePeer.Run("validate.mjs", ["--release", Path.Combine(TestPaths.Schemas, "1.0")], JsonSerializer.Serialize(cases.Select(c => c.Path).ToArray(), TestJsonContext.Default.StringArray));
            using var ajv = JsonDocument.Parse(output);
            var byFile = ajv.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("file").GetString()!, r => r, StringComparer.Ordinal);

            var disagreements = new List<string>();
            var invalidCount = 0;
            foreach (var (path, messageType, mutation) in cases)
            {
                var findings = SchemaValidator.Embedded.Validate(File.ReadAllBytes(path), "1.0", messageType);
                var result = byFile[path];
                var ajvValid = result.GetProperty("valid").GetBoolean();
                var ajvErrors = result.GetProperty("errors").EnumerateArray()
                    .Select(e => (e.GetProperty("keyword").GetString()!, e.GetProperty("pointer").GetString()!)).ToHashSet();
                invalidCount += ajvValid ? 0 : 1;

                if (ajvValid != (findings.Count == 0))
                {
                    disagreements.Add($"{mutation}: ajv valid={ajvValid}, SDK findings={string.Join(", ", findings.Select(f => f.Code + " " + f.Pointer))}");
                    continue;
                }

                foreach (var finding in findings.Where(f => !ajvErrors.Contains((f.Code["schema.".Length..], f.Pointer))))
                {
                    disagreements.Add($"{mutation}: SDK {finding.Code} at {finding.Pointer} not reported by ajv ({string.Join(", ", ajvErrors.Select(e => e.Item1 + " " + e.Item2))})");
                }
            }

            Assert.True(invalidCount > 50, "too few mutations were invalid to prove anything");
            Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Applies one mutation at a random place; returns its description (pointer only, no values) or null.</summary>
    private static string? Mutate(JsonNode root, Random random)
    {
        var nodes = new List<(JsonNode Node, string Pointer)>();
        Collect(root, string.Empty, nodes);

        // header.version and header.messageType select the schema (pipeline step 3, MLAT-VER-*/MLAT-TYPE-*), so they
        // are not schema-validation inputs: mutating them would compare schema choice, not schema semantics.
        nodes.RemoveAll(n => n.Pointer is "/header/version" or "/header/messageType");
        var (node, pointer) = nodes[random.Next(nodes.Count)];
        switch (random.Next(7))
        {
            case 0 when node is JsonObject obj && obj.Count > 0:
                var name = obj.ElementAt(random.Next(obj.Count)).Key;
                obj.Remove(name);
                return $"removed {pointer}/{name}";
            case 1 when node is JsonObject obj:
                obj["zzExtra"] = 1;
                return $"added {pointer}/zzExtra";
            case 2 when node is JsonValue value && value.GetValueKind() == JsonValueKind.String:
                Replace(node, JsonValue.Create(12));
                return $"string to number at {pointer}";
            case 3 when node is JsonValue value && value.GetValueKind() == JsonValueKind.String:
                Replace(node, JsonValue.Create(string.Empty));
                return $"emptied string at {pointer}";
            case 4 when node is JsonArray array:
                array.Clear();
                return $"emptied array at {pointer}";
            case 5 when node is JsonArray array && array.Count > 0:
                array.Add(array[0]!.DeepClone());
                return $"duplicated first item of {pointer}";
            case 6 when node is JsonValue value && value.GetValueKind() == JsonValueKind.String:
                Replace(node, JsonValue.Create(random.Next(2) == 0 ? "2027-02-29" : "2026-11-31T10:00:00Z"));
                return $"impossible date at {pointer}";
            default:
                return null;
        }
    }

    /// <summary>False when the mutation removed or retyped what selects the schema (header, version, messageType).</summary>
    private static bool SelectsSameSchema(JsonNode document, string messageType) =>
        document is JsonObject root && root["header"] is JsonObject header
        && header["messageType"] is JsonValue type && type.GetValueKind() == JsonValueKind.String && type.GetValue<string>() == messageType
        && header["version"] is JsonValue version && version.GetValueKind() == JsonValueKind.String && version.GetValue<string>() == "1.0";

    private static void Replace(JsonNode node, JsonNode replacement)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                parent[node.GetElementIndex()] = replacement;
                break;
        }
    }

    private static void Collect(JsonNode? node, string pointer, List<(JsonNode, string)> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add((node, pointer));
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Collect(child, pointer + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal), nodes);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), nodes);
                }

                break;
        }
    }
}
