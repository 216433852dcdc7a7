using System.Text.Json.Nodes;

namespace Mlat.Sdk.Conformance.Tests;

/// <summary>One case of samples/manifest.json.</summary>
internal sealed record SampleCase(
    string Id,
    string File,
    string Version,
    string MessageType,
    bool ExpectValid,
    IReadOnlyList<(string Code, string Pointer)> ExpectedFindings,
    string? Kind = null,
    string? Rule = null,
    string? Profile = null,
    string? Request = null)
{
    public string FullPath => Path.Combine(TestPaths.Samples, File);

    /// <summary>A business-rule case (samples/1.0/rules): schema-valid; expectValid follows the rule's severity.</summary>
    public bool IsRuleCase => Kind == "rule";

    /// <summary>The validator of the case: the default one, or one forcing the case's profile (specification §13).</summary>
    public Mlat.Sdk.Validation.MlatValidator Validator => Profile is null
        ? Mlat.Sdk.Validation.MlatValidator.Default
        : new(new Mlat.Sdk.Validation.MlatValidatorOptions { Profile = Mlat.Sdk.Serialization.MlatJson.TryParseWireName<Mlat.Sdk.Messages.Profile>(Profile, out var p) ? p : throw new InvalidOperationException("unknown profile") });

    /// <summary>Validates the case's bytes as the manifest says: with its forced profile, in its request's context.</summary>
    public Mlat.Sdk.Validation.ValidationReport Validate(byte[] bytes) => Request is null
        ? Validator.Validate(bytes)
        : Validator.Validate(bytes, Mlat.Sdk.Validation.MlatValidator.Default.Validate(System.IO.File.ReadAllBytes(Path.Combine(TestPaths.Samples, Request))).MessageOrThrow());
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
            c["expectedFindings"]!.AsArray().Select(f => (f!["code"]!.GetValue<string>(), f["pointer"]!.GetValue<string>())).ToList(),
            c["kind"]?.GetValue<string>(),
            c["rule"]?.GetValue<string>(),
            c["profile"]?.GetValue<string>(),
            c["request"]?.GetValue<string>()))
            .ToList();
    }
}
