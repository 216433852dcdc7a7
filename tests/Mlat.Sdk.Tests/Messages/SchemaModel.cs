using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>Reads the 1.0 schema files and the C# model so that tests can compare the two by definition name.</summary>
internal static class SchemaModel
{
    public static readonly string[] CommonFiles = ["codes.schema.json", "types.schema.json"];

    /// <summary>String definitions that are not enums and map to a C# primitive (CONTRACT.md "JSON conventions").</summary>
    public static readonly IReadOnlyDictionary<string, Type> PrimitiveDefinitions = new Dictionary<string, Type>
    {
        ["Date"] = typeof(DateOnly),
        ["PartialDate"] = typeof(string),
        ["Duration"] = typeof(string),
        ["LocalId"] = typeof(string),
        ["IccsCode"] = typeof(string),
        ["Instant"] = typeof(DateTimeOffset),
        ["Uuid"] = typeof(Guid),
        ["AuthorityId"] = typeof(string),
    };

    public static Assembly SdkAssembly => typeof(MessageHeader).Assembly;

    public static JsonObject LoadCommon(string file)
        => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Schemas, "1.0", "common", file)))!;

    public static JsonObject Definitions(string file) => LoadCommon(file)["definitions"]!.AsObject();

    /// <summary>Every definition of every schema file of release 1.0 (envelope, common, messages).</summary>
    public static IEnumerable<(string File, string Name, JsonObject Schema)> AllDefinitions()
    {
        var root = Path.Combine(TestPaths.Schemas, "1.0");
        foreach (var path in Directory.EnumerateFiles(root, "*.schema.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var doc = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            if (doc["definitions"] is not JsonObject defs)
            {
                continue;
            }

            foreach (var (name, schema) in defs)
            {
                yield return (Path.GetRelativePath(root, path), name, schema!.AsObject());
            }
        }
    }

    public static bool IsStringEnum(JsonObject schema)
        => (string?)schema["type"] == "string" && schema["enum"] is JsonArray;

    public static bool IsObject(JsonObject schema) => (string?)schema["type"] == "object" && schema["properties"] is JsonObject;

    public static Type? ModelType(string name) => SdkAssembly.GetType("Mlat.Sdk.Messages." + name);

    /// <summary>The JSON values of a C# enum: the explicit member name, or the C# name where none is given (CountryCode).</summary>
    public static IReadOnlyList<string> JsonValues(Type enumType)
        => enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name)
            .ToList();
}
