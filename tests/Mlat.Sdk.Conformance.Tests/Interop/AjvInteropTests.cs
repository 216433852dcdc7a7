using System.Text.Json;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Conformance.Tests.Interop;

/// <summary>
/// specification §4 and §12: a schema means the same to the SDK (NJsonSchema) and to an independent validator (ajv 8 with
/// ajv-formats, tests/interop/validate.mjs), finding by finding. Runs every schema case of samples/manifest.json (or,
/// before the integrator merges it, every samples/manifest.*.json) and the fixtures of this project.
/// Cases whose expected findings are not schema findings (parse, version, business rules) belong to other layers and
/// are left to their own tests.
/// </summary>
public class AjvInteropTests
{
    private static readonly string Fixtures = Path.Combine(TestPaths.RepoRoot, "tests", "Mlat.Sdk.Conformance.Tests", "Fixtures");

    internal static readonly Lazy<IReadOnlyList<InteropCase>> AllCases = new(LoadCases);

    private static readonly Lazy<IReadOnlyDictionary<string, AjvResult>> AjvResults = new(RunAjv);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in AllCases.Value)
        {
            data.Add(c.Id);
        }

        return data;
    }

    [Fact]
    public void Interop_covers_the_fixtures_and_every_manifest_found()
    {
        Assert.Contains(AllCases.Value, c => c.Id.StartsWith("fixtures/", StringComparison.Ordinal) && c.ExpectValid);
        Assert.Contains(AllCases.Value, c => c.Id.StartsWith("fixtures/", StringComparison.Ordinal) && !c.ExpectValid);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sdk_and_ajv_agree_on_the_case(string id)
    {
        var c = AllCases.Value.Single(x => x.Id == id);
        var findings = SchemaValidator.Embedded.Validate(File.ReadAllBytes(c.Path), c.Version, c.MessageType);
        var ajv = AjvResults.Value[c.Path];

        if (c.ExpectValid)
        {
            Assert.Empty(findings.Select(f => (f.Code, f.Pointer)));
            Assert.True(ajv.Valid, $"ajv rejects a valid case: {string.Join(", ", ajv.Errors.Select(e => e.Keyword + " " + e.Pointer))}");
            return;
        }

        Assert.NotEmpty(findings);
        Assert.False(ajv.Valid, "ajv accepts an invalid case");
        foreach (var (code, pointer) in c.Expected)
        {
            Assert.Contains((code, pointer), findings.Select(f => (f.Code, f.Pointer)));
            Assert.Contains((code["schema.".Length..], pointer), ajv.Errors.Select(e => (e.Keyword, e.Pointer)));
        }
    }

    private static Dictionary<string, AjvResult> RunAjv()
    {
        var results = new Dictionary<string, AjvResult>(StringComparer.Ordinal);
        foreach (var byVersion in AllCases.Value.GroupBy(c => c.Version))
        {
            var files = JsonSerializer.Serialize(byVersion.Select(c => c.Path).Distinct().ToArray(), TestJsonContext.Default.StringArray);
            var output = NodePeer.Run("validate.mjs", ["--release", Path.Combine(TestPaths.Schemas, byVersion.Key)], files);
            using var document = JsonDocument.Parse(output);
            foreach (var result in document.RootElement.EnumerateArray())
            {
                var errors = result.GetProperty("errors").EnumerateArray()
                    .Select(e => new AjvError(e.GetProperty("keyword").GetString()!, e.GetProperty("pointer").GetString()!)).ToList();
                results[result.GetProperty("file").GetString()!] = new AjvResult(result.GetProperty("valid").GetBoolean(), errors);
            }
        }

        return results;
    }

    private static List<InteropCase> LoadCases()
    {
        var manifests = new List<(string Path, string Root)>();
        var main = Path.Combine(TestPaths.Samples, "manifest.json");
        if (File.Exists(main))
        {
            manifests.Add((main, TestPaths.Samples));
        }
        else if (Directory.Exists(TestPaths.Samples))
        {
            manifests.AddRange(Directory.GetFiles(TestPaths.Samples, "manifest.*.json").Order(StringComparer.Ordinal).Select(m => (m, TestPaths.Samples)));
        }

        manifests.Add((Path.Combine(Fixtures, "manifest.json"), Fixtures));

        var cases = new List<InteropCase>();
        foreach (var (manifest, root) in manifests)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(manifest));
            foreach (var entry in document.RootElement.GetProperty("cases").EnumerateArray())
            {
                if (!entry.TryGetProperty("messageType", out var type) || !entry.TryGetProperty("version", out var version))
                {
                    continue;
                }

                var expected = entry.TryGetProperty("expectedFindings", out var list)
                    ? list.EnumerateArray().Select(f => (f.GetProperty("code").GetString()!, f.GetProperty("pointer").GetString()!)).ToList()
                    : [];
                if (expected.Any(f => !f.Item1.StartsWith("schema.", StringComparison.Ordinal)))
                {
                    continue;
                }

                if (!SchemaCatalog.Embedded.TryGetSchema(version.GetString()!, type.GetString()!, out _))
                {
                    continue; // a message type whose schema is not embedded yet: the catalog tests report that
                }

                cases.Add(new InteropCase(
                    entry.GetProperty("id").GetString()!,
                    Path.GetFullPath(Path.Combine(root, entry.GetProperty("file").GetString()!)),
                    version.GetString()!,
                    type.GetString()!,
                    entry.GetProperty("expectValid").GetBoolean(),
                    expected));
            }
        }

        return cases;
    }

    internal sealed record InteropCase(string Id, string Path, string Version, string MessageType, bool ExpectValid, IReadOnlyList<(string Code, string Pointer)> Expected);

    private sealed record AjvResult(bool Valid, IReadOnlyList<AjvError> Errors);

    private sealed record AjvError(string Keyword, string Pointer);
}
