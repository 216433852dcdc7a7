using System.Text.Json;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Versioning;

/// <summary>
/// Checks a capabilities document against the schema of the format version it declares (specification §10.1, §10.7):
/// <c>schemas/capabilities/1.0</c>, or <c>1.1</c> for a country profile. This is the writer's check — what a central
/// authority runs before it signs and publishes its profile (<c>mlat capabilities validate</c>); a reader stays lenient
/// (<see cref="CapabilitiesReader"/>). Besides the schema, every requirement item's <c>id</c> must be unique in the
/// document, since <c>MLAT-REQ-*</c> findings and <c>mlat capabilities diff</c> name items by id.
/// </summary>
public static class CapabilitiesSchema
{
    private static readonly Lazy<CompiledSchema> V10 = new(() => Load("1.0"));
    private static readonly Lazy<CompiledSchema> V11 = new(() => Load("1.1"));
    private static readonly ReaderLimits Limits = new() { MaxBytes = 1024 * 1024, MaxDepth = 64 };

    /// <summary>Validates a capabilities document as a writer must produce it.</summary>
    /// <param name="utf8Json">The document's UTF-8 bytes.</param>
    /// <returns>Coded findings with pointers: <c>MLAT-JSON-*</c> for bytes that are not strict JSON, <c>schema.*</c> for
    /// schema violations (a <c>capabilitiesVersion</c> other than 1.0 or 1.1 is <c>schema.enum</c> at
    /// <c>/capabilitiesVersion</c>), <see cref="FindingCodes.CapabilitiesDuplicateId"/> for a repeated item id;
    /// empty when the document is valid.</returns>
    public static IReadOnlyList<Finding> Validate(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = StrictJsonReader.Parse(utf8Json, Limits, out var findings);
        if (document is null)
        {
            return findings;
        }

        var root = document.RootElement;
        var version = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("capabilitiesVersion"u8, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var schema = version == "1.0" ? V10.Value : V11.Value;
        var result = new List<Finding>(SchemaValidator.Validate(SchemaValidator.ReadToken(utf8Json.Span, Limits.MaxDepth), schema));
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("requirements"u8, out var requirements))
        {
            Ids(requirements, "/requirements", seen, result);
        }

        return result;
    }

    private static void Ids(JsonElement element, string pointer, Dictionary<string, string> seen, List<Finding> findings)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("id"u8, out var id) && id.ValueKind == JsonValueKind.String && element.TryGetProperty("source"u8, out _)
                && !seen.TryAdd(id.GetString()!, pointer))
            {
                findings.Add(Finding.Error(FindingCodes.CapabilitiesDuplicateId, pointer + "/id", $"The requirement item's id is already used at {seen[id.GetString()!]}; ids must be unique in the document."));
            }

            foreach (var member in element.EnumerateObject())
            {
                Ids(member.Value, JsonPointer.Member(pointer, member.Name), seen, findings);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                Ids(item, pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), seen, findings);
                i++;
            }
        }
    }

    private static CompiledSchema Load(string version)
    {
        var name = $"schemas/capabilities/{version}/capabilities.schema.json";
        using var stream = typeof(CapabilitiesSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing: the SDK was built without its schemas.");
        using var reader = new StreamReader(stream);
        return CompiledSchema.FromStandaloneJson(reader.ReadToEnd());
    }
}
