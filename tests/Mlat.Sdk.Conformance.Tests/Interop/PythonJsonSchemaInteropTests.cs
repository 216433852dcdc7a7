using System.Text.Json;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Conformance.Tests.Interop;

/// <summary>
/// specification §4 and §12, issue 11: a schema means the same to the SDK and to a second independent validator,
/// python-jsonschema (Debian's python3-jsonschema, Draft7Validator with format checking, every schema of the release in a
/// local $ref store: tests/interop/validate.py) — on every schema-level case of samples/manifest.json and the fixtures,
/// the same cases as <see cref="AjvInteropTests"/>, finding by finding.
/// </summary>
public class PythonJsonSchemaInteropTests
{
    private static readonly Lazy<(IReadOnlyList<string> Formats, IReadOnlyDictionary<string, PeerResult> Results)> Python = new(RunPython);

    public static TheoryData<string> Cases() => AjvInteropTests.Cases();

    [RequiresFact(Requirement.PythonJsonSchema)]
    public void Python_checks_every_format_the_schemas_use_except_uuid_of_the_envelope()
    {
        // date and email are the library's; uri needs python3-rfc3987 (in .ci/run); date-time is the library's only with
        // rfc3339-validator, which Debian lacks, so validate.py then registers its own RFC 3339 check and says so.
        var formats = Python.Value.Formats;
        Assert.Contains("date", formats);
        Assert.Contains("email", formats);
        Assert.Contains("uri", formats);
        Assert.Contains(formats, f => f.StartsWith("date-time", StringComparison.Ordinal));
    }

    [RequiresTheory(Requirement.PythonJsonSchema)]
    [MemberData(nameof(Cases))]
    public void Sdk_and_python_jsonschema_agree_on_the_case(string id)
    {
        var c = AjvInteropTests.AllCases.Value.Single(x => x.Id == id);
        var findings = SchemaValidator.Embedded.Validate(File.ReadAllBytes(c.Path), c.Version, c.MessageType);
        var python = Python.Value.Results[c.Path];

        if (c.ExpectValid)
        {
            Assert.Empty(findings.Select(f => (f.Code, f.Pointer)));
            Assert.True(python.Valid, $"python-jsonschema rejects a valid case: {string.Join(", ", python.Errors.Select(e => e.Keyword + " " + e.Pointer))}");
            return;
        }

        Assert.NotEmpty(findings);
        Assert.False(python.Valid, "python-jsonschema accepts an invalid case");
        foreach (var (code, pointer) in c.Expected)
        {
            Assert.Contains((code, pointer), findings.Select(f => (f.Code, f.Pointer)));
            Assert.Contains((code["schema.".Length..], pointer), python.Errors.Select(e => (e.Keyword, e.Pointer)));
        }
    }

    private static (IReadOnlyList<string>, IReadOnlyDictionary<string, PeerResult>) RunPython()
    {
        var results = new Dictionary<string, PeerResult>(StringComparer.Ordinal);
        var formats = new List<string>();
        foreach (var byVersion in AjvInteropTests.AllCases.Value.GroupBy(c => c.Version))
        {
            var files = JsonSerializer.Serialize(byVersion.Select(c => c.Path).Distinct().ToArray(), TestJsonContext.Default.StringArray);
            var output = NodePeer.RunWith(Requirements.Python, "validate.py", ["--release", Path.Combine(TestPaths.Schemas, byVersion.Key)], files);
            using var document = JsonDocument.Parse(output);
            formats = document.RootElement.GetProperty("formats").EnumerateArray().Select(f => f.GetString()!).ToList();
            foreach (var result in document.RootElement.GetProperty("results").EnumerateArray())
            {
                var errors = result.GetProperty("errors").EnumerateArray()
                    .Select(e => new PeerError(e.GetProperty("keyword").GetString()!, e.GetProperty("pointer").GetString()!)).ToList();
                results[result.GetProperty("file").GetString()!] = new PeerResult(result.GetProperty("valid").GetBoolean(), errors);
            }
        }

        return (formats, results);
    }

    private sealed record PeerResult(bool Valid, IReadOnlyList<PeerError> Errors);

    private sealed record PeerError(string Keyword, string Pointer);
}
