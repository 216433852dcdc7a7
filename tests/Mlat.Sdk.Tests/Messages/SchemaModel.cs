using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>Reads the schema files of the latest release and the C# model so that tests can compare the two by definition name.</summary>
internal static class SchemaModel
{
    /// <summary>The release the C# model mirrors: the latest minor of the major (specification §3.5).</summary>
    public const string Release = "1.2";

    public static readonly string[] CommonFiles = ["codes.schema.json", "types.schema.json"];

    /// <summary>String definitions that are not enums and map to a C# primitive (CONTRACT.md "JSON conventions").</summary>
    public static readonly IReadOnlyDictionary<string, Type> PrimitiveDefinitions = new Dictionary<string, Type>
    {
        ["Date"] = typeof(DateOnly),
        ["PartialDate"] = typeof(PartialDate),
        ["Duration"] = typeof(IsoDuration),
        ["LocalId"] = typeof(string),
        ["IccsCode"] = typeof(string),
        ["ScriptCode"] = typeof(string), // ISO 15924, a pattern: the schema checks it, the model holds the text
        ["Instant"] = typeof(DateTimeOffset),
        ["Uuid"] = typeof(Guid),
        ["AuthorityId"] = typeof(string),
    };

    public static Assembly SdkAssembly => typeof(MessageHeader).Assembly;

    public static JsonObject LoadCommon(string file)
        => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Schemas, Release, "common", file)))!;

    public static JsonObject Definitions(string file) => LoadCommon(file)["definitions"]!.AsObject();

    /// <summary>Every definition of every schema file of the latest release (envelope, common, messages).</summary>
    public static IEnumerable<(string File, string Name, JsonObject Schema)> AllDefinitions()
    {
        var root = Path.Combine(TestPaths.Schemas, Release);
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

    /// <summary>Every string enum of every schema file of the latest release, named definitions and inline property schemas alike.</summary>
    public static IEnumerable<JsonObject> AllStringEnums()
    {
        var root = Path.Combine(TestPaths.Schemas, Release);
        return Directory.EnumerateFiles(root, "*.schema.json", SearchOption.AllDirectories)
            .SelectMany(path => Walk(JsonNode.Parse(File.ReadAllText(path))))
            .Where(IsStringEnum);

        static IEnumerable<JsonObject> Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    yield return o;
                    foreach (var (_, child) in o)
                    {
                        foreach (var inner in Walk(child))
                        {
                            yield return inner;
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        foreach (var inner in Walk(child))
                        {
                            yield return inner;
                        }
                    }

                    break;
            }
        }
    }

    public static bool IsStringEnum(JsonObject schema) => TypeOf(schema) == "string" && schema["enum"] is JsonArray;

    public static bool IsObject(JsonObject schema) => TypeOf(schema) == "object" && schema["properties"] is JsonObject;

    // A "properties" object may have a member named "type" whose value is a schema, not a type name.
    private static string? TypeOf(JsonObject schema)
        => schema["type"] is JsonValue value && value.TryGetValue<string>(out var type) ? type : null;

    public static Type? ModelType(string name) => SdkAssembly.GetType("Mlat.Sdk.Messages." + name);

    /// <summary>The JSON values of a C# enum: the explicit member name, or the C# name where none is given (CountryCode).</summary>
    public static IReadOnlyList<string> JsonValues(Type enumType)
        => enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name)
            .ToList();
}
