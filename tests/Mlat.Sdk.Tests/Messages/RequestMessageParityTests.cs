using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>
/// Every definition of the five requesting-side message schemas has a C# type of the same name: object definitions a
/// sealed record with the same JSON members, requiredness and member types; enum definitions a C# enum with the same
/// JSON values. A member added on one side only fails here before it fails an integrator.
/// </summary>
public sealed class RequestMessageParityTests
{
    private static readonly string[] Files =
        ["AssistanceRequest", "SupplementaryRequest", "AdditionalInformationResponse", "StatusQuery", "WithdrawalNotice"];

    private static readonly NullabilityInfoContext Nullability = new();

    public static TheoryData<string, string> ObjectDefinitions() => DefinitionsWhere(SchemaModel.IsObject);

    public static TheoryData<string, string> EnumDefinitions() => DefinitionsWhere(SchemaModel.IsStringEnum);

    [Theory]
    [MemberData(nameof(ObjectDefinitions))]
    public void Object_definition_has_a_sealed_record_with_the_same_members_and_required_list(string file, string name)
    {
        var schema = Definition(file, name);
        var type = SchemaModel.ModelType(name);

        Assert.NotNull(type);
        Assert.True(type.IsSealed && type.GetMethod("<Clone>$") is not null, $"{name} is not a sealed record");
        var members = JsonMembers(type);
        Assert.Equal(schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal), members.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            schema["required"]!.AsArray().Select(r => (string)r!).Order(StringComparer.Ordinal),
            members.Where(m => m.Value.GetCustomAttribute<RequiredMemberAttribute>() is not null).Select(m => m.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ObjectDefinitions))]
    public void Record_member_types_follow_the_schema_and_only_optional_members_are_nullable(string file, string name)
    {
        var schema = Definition(file, name);
        var required = schema["required"]!.AsArray().Select(r => (string)r!).ToHashSet(StringComparer.Ordinal);
        var members = JsonMembers(SchemaModel.ModelType(name)!);
        var mismatches = new List<string>();

        foreach (var (json, property) in schema["properties"]!.AsObject())
        {
            if (!members.TryGetValue(json, out var member))
            {
                mismatches.Add($"{json}: no C# member");
                continue;
            }

            var actual = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
            var expected = ExpectedType(property!.AsObject());
            if (actual != expected)
            {
                mismatches.Add($"{json}: type {actual.Name}, schema wants {expected.Name}");
            }

            var nullable = member.PropertyType.IsValueType
                ? Nullable.GetUnderlyingType(member.PropertyType) is not null
                : Nullability.Create(member).ReadState == NullabilityState.Nullable;
            if (nullable == required.Contains(json))
            {
                mismatches.Add($"{json}: nullable={nullable} but required={required.Contains(json)}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [MemberData(nameof(EnumDefinitions))]
    public void Enum_definition_has_a_csharp_enum_with_exactly_the_same_json_values(string file, string name)
    {
        var values = Definition(file, name)["enum"]!.AsArray().Select(v => (string)v!).Order(StringComparer.Ordinal);
        var type = SchemaModel.ModelType(name);

        Assert.NotNull(type);
        Assert.True(type.IsEnum, $"{name} is not an enum");
        Assert.Equal(values, SchemaModel.JsonValues(type).Order(StringComparer.Ordinal));
    }

    private static TheoryData<string, string> DefinitionsWhere(Func<JsonObject, bool> predicate)
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Files)
        {
            foreach (var (name, schema) in Load(file)["definitions"]!.AsObject())
            {
                if (predicate(schema!.AsObject()))
                {
                    data.Add(file, name);
                }
            }
        }

        return data;
    }

    private static JsonObject Load(string file)
        => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Schemas, "1.0", "messages", file + ".schema.json")))!;

    private static JsonObject Definition(string file, string name) => Load(file)["definitions"]![name]!.AsObject();

    private static Dictionary<string, PropertyInfo> JsonMembers(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.Name != "EqualityContract")
            .ToDictionary(
                p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                StringComparer.Ordinal);

    private static Type ExpectedType(JsonObject property)
    {
        if (property["$ref"] is JsonNode reference)
        {
            var target = ((string)reference!).Split("/definitions/")[1];
            return SchemaModel.PrimitiveDefinitions.TryGetValue(target, out var primitive)
                ? primitive
                : SchemaModel.ModelType(target) ?? throw new InvalidOperationException($"no model type {target}");
        }

        return (string?)property["type"] switch
        {
            "string" => typeof(string),
            "boolean" => typeof(bool),
            "array" => typeof(IReadOnlyList<>).MakeGenericType(ExpectedType(property["items"]!.AsObject())),
            var other => throw new InvalidOperationException($"unexpected schema type {other}"),
        };
    }
}
