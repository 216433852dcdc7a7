using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>
/// The C# model and the schemas describe one shape. Every object definition of every common and message schema of the
/// release has a sealed record of the same name with the same JSON members, the same required list (C# `required`,
/// and nullable exactly when optional) and matching member types; every string-enum definition has a C# enum with the
/// same JSON values. A member added on one side only fails here before it fails an integrator. (Code lists are
/// checked value by value in <see cref="CodeListParityTests"/>.)
/// </summary>
public sealed class ModelParityTests
{
    private const string DecimalAmountPattern = "^(0|[1-9][0-9]{0,15})(\\.[0-9]{1,4})?$";

    private static readonly NullabilityInfoContext Nullability = new();

    public static TheoryData<string, string> ObjectDefinitions() => DefinitionsWhere(SchemaModel.IsObject);

    public static TheoryData<string, string> EnumDefinitions() => DefinitionsWhere(SchemaModel.IsStringEnum);

    [Theory]
    [MemberData(nameof(ObjectDefinitions))]
    public void Object_definition_has_a_sealed_record_with_the_same_members_requiredness_and_types(string file, string name)
    {
        var schema = Definition(file, name);
        var type = SchemaModel.ModelType(name);
        Assert.NotNull(type);
        Assert.True(type.IsSealed && type.GetMethod("<Clone>$") is not null, $"{name} is not a sealed record");

        var members = JsonMembers(type);
        var properties = schema["properties"]!.AsObject();
        Assert.Equal(properties.Select(p => p.Key).Order(StringComparer.Ordinal), members.Keys.Order(StringComparer.Ordinal));

        var required = schema["required"]?.AsArray().Select(r => (string)r!).ToHashSet(StringComparer.Ordinal) ?? [];
        var mismatches = new List<string>();
        foreach (var (json, property) in properties)
        {
            var member = members[json];
            var isRequired = required.Contains(json);
            if ((member.GetCustomAttribute<RequiredMemberAttribute>() is not null) != isRequired)
            {
                mismatches.Add($"{json}: C# required keyword does not match the schema's required list");
            }

            var nullable = member.PropertyType.IsValueType
                ? Nullable.GetUnderlyingType(member.PropertyType) is not null
                : Nullability.Create(member).ReadState == NullabilityState.Nullable;
            if (nullable == isRequired)
            {
                mismatches.Add($"{json}: nullable={nullable} but required={isRequired}");
            }

            var actual = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
            mismatches.AddRange(Compare(json, property!.AsObject(), actual));
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

    [Fact]
    public void Every_message_type_has_a_body_record_that_reports_it_and_is_registered_in_the_context()
    {
        foreach (var messageType in Enum.GetValues<MessageType>())
        {
            var type = SchemaModel.ModelType(messageType.ToString());
            Assert.NotNull(type);
            Assert.True(typeof(MessageBody).IsAssignableFrom(type), messageType.ToString());
            var body = (MessageBody)RuntimeHelpers.GetUninitializedObject(type);
            Assert.Equal(messageType, body.MessageType);
            Assert.Same(type, MlatJson.BodyTypeInfo(messageType).Type);
        }
    }

    private static TheoryData<string, string> DefinitionsWhere(Func<JsonObject, bool> predicate)
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, name, schema) in SchemaModel.AllDefinitions())
        {
            // rules.schema.json describes the release's rule list (specification §13), not a message: it has no C# model.
            if (file != "envelope.schema.json" && file != "common/codes.schema.json" && file != "rules.schema.json" && predicate(schema))
            {
                data.Add(file, name);
            }
        }

        return data;
    }

    private static JsonObject Definition(string file, string name)
        => JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Schemas, SchemaModel.Release, file)))!["definitions"]![name]!.AsObject();

    private static IEnumerable<string> Compare(string json, JsonObject property, Type actual)
    {
        if (property["$ref"] is JsonNode reference)
        {
            var target = ((string)reference!).Split("/definitions/")[1];
            var expected = SchemaModel.PrimitiveDefinitions.TryGetValue(target, out var primitive) ? primitive : SchemaModel.ModelType(target);
            if (actual != expected)
            {
                yield return $"{json}: type {actual.Name}, schema wants {target}";
            }

            yield break;
        }

        switch ((string?)property["type"])
        {
            case "string" when property["enum"] is JsonArray values:
                var wanted = values.Select(v => (string)v!).Order(StringComparer.Ordinal);
                if (!actual.IsEnum || !SchemaModel.JsonValues(actual).Order(StringComparer.Ordinal).SequenceEqual(wanted))
                {
                    yield return $"{json}: {actual.Name} is not an enum with the schema's values";
                }

                break;
            // An amount: a string of digits on the wire (read exactly in every language), a decimal in C#.
            case "string" when actual == typeof(decimal):
                if ((string?)property["pattern"] != DecimalAmountPattern)
                {
                    yield return $"{json}: decimal in C#, but the schema's string is not a decimal amount";
                }

                break;
            case "string" when actual != typeof(string):
                yield return $"{json}: type {actual.Name}, schema wants string";
                break;
            case "boolean" when actual != typeof(bool):
                yield return $"{json}: type {actual.Name}, schema wants boolean";
                break;
            case "integer" when actual != typeof(int):
                yield return $"{json}: type {actual.Name}, schema wants integer";
                break;
            case "object":
                yield return $"{json}: an inline object schema; define it under definitions so it has a record";
                break;
            case "array":
                if (!actual.IsGenericType || actual.GetGenericTypeDefinition() != typeof(IReadOnlyList<>))
                {
                    yield return $"{json}: type {actual.Name}, schema wants an array";
                    break;
                }

                foreach (var inner in Compare(json + "[]", property["items"]!.AsObject(), actual.GetGenericArguments()[0]))
                {
                    yield return inner;
                }

                break;
        }
    }

    private static Dictionary<string, PropertyInfo> JsonMembers(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.Name != "EqualityContract")
            .ToDictionary(
                p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                StringComparer.Ordinal);
}
