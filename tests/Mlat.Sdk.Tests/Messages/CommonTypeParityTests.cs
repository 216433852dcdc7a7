using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>Every object definition of types.schema.json has a C# record with the same members, requiredness and types.</summary>
public sealed class CommonTypeParityTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static TheoryData<string> ObjectDefinitions()
    {
        var data = new TheoryData<string>();
        foreach (var (name, schema) in SchemaModel.Definitions("types.schema.json"))
        {
            if (SchemaModel.IsObject(schema!.AsObject()))
            {
                data.Add(name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ObjectDefinitions))]
    public void Object_definition_has_a_sealed_record_of_the_same_name(string name)
    {
        var type = SchemaModel.ModelType(name);

        Assert.NotNull(type);
        Assert.True(type.IsSealed && type.IsClass, $"{name} is not a sealed class");
        Assert.NotNull(type.GetMethod("<Clone>$")); // only records have the compiler's clone method
    }

    [Theory]
    [MemberData(nameof(ObjectDefinitions))]
    public void Record_json_members_equal_schema_properties(string name)
    {
        var schema = SchemaModel.Definitions("types.schema.json")[name]!.AsObject();
        var expected = schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

        Assert.Equal(expected, JsonMembers(SchemaModel.ModelType(name)!).Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ObjectDefinitions))]
    public void Record_required_members_equal_schema_required_list(string name)
    {
        var schema = SchemaModel.Definitions("types.schema.json")[name]!.AsObject();
        var expected = (schema["required"]?.AsArray().Select(r => (string)r!) ?? []).Order(StringComparer.Ordinal);
        var actual = JsonMembers(SchemaModel.ModelType(name)!)
            .Where(m => m.Value.GetCustomAttribute<RequiredMemberAttribute>() is not null)
            .Select(m => m.Key)
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(ObjectDefinitions))]
    public void Record_member_types_follow_the_schema_and_only_optional_members_are_nullable(string name)
    {
        var schema = SchemaModel.Definitions("types.schema.json")[name]!.AsObject();
        var required = schema["required"]?.AsArray().Select(r => (string)r!).ToHashSet(StringComparer.Ordinal) ?? [];
        var members = JsonMembers(SchemaModel.ModelType(name)!);
        var mismatches = new List<string>();

        foreach (var (json, property) in schema["properties"]!.AsObject())
        {
            if (!members.TryGetValue(json, out var member))
            {
                continue; // reported by Record_json_members_equal_schema_properties
            }

            var isRequired = required.Contains(json);
            var expected = ExpectedType(property!.AsObject());
            var actual = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
            if (actual != expected)
            {
                mismatches.Add($"{json}: type {actual.Name}, schema wants {expected.Name}");
            }

            var nullable = member.PropertyType.IsValueType
                ? Nullable.GetUnderlyingType(member.PropertyType) is not null
                : Nullability.Create(member).ReadState == NullabilityState.Nullable;
            if (nullable == isRequired)
            {
                mismatches.Add($"{json}: nullable={nullable} but required={isRequired}");
            }
        }

        Assert.Empty(mismatches);
    }

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
