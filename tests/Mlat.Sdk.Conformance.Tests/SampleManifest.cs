using System.Text.Json.Nodes;

namespace Mlat.Sdk.Conformance.Tests;

/// <summary>One case of samples/manifest.json.</summary>
internal sealed record SampleCase(
    string Id,
    string File,
    string Version,
    string MessageType,
    bool ExpectValid,
    IReadOnlyList<(string Code, string Pointer)> ExpectedFindings)
{
    public string FullPath => Path.Combine(TestPaths.Samples, File);
}

/// <summary>Reads samples/manifest.json once.</summary>
internal static class SampleManifest
{
    private static readonly Lazy<IReadOnlyList<SampleCase>> Loaded = new(Load);

    public static IReadOnlyList<SampleCase> Cases => Loaded.Value;

    public static SampleCase Get(string id) => Cases.Single(c => c.Id == id);

    public static TheoryData<string> Ids(Func<SampleCase, bool> filter)
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Where(filter))
        {
            data.Add(c.Id);
        }

        return data;
    }

    private static List<SampleCase> Load()
    {
        var root = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(TestPaths.Samples, "manifest.json")))!;
        return root["cases"]!.AsArray().Select(c => new SampleCase(
            c!["id"]!.GetValue<string>(),
            c["file"]!.GetValue<string>(),
            c["version"]!.GetValue<string>(),
            c["messageType"]!.GetValue<string>(),
            c["expectValid"]!.GetValue<bool>(),
            c["expectedFindings"]!.AsArray().Select(f => (f!["code"]!.GetValue<string>(), f["pointer"]!.GetValue<string>())).ToList()))
            .ToList();
    }
}
