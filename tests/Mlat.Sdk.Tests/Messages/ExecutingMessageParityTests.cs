using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>
/// Every object definition of the executing-side message schemas has a C# record of the same name with the same JSON
/// members, the same required list, and member types that follow the schema (inline enums → C# enums with the same
/// JSON values). The samples prove one shape per type; this proves every member, including those no sample uses.
/// </summary>
public sealed class ExecutingMessageParityTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly string[] ExecutingTypes =
    [
        "AcknowledgementOfReceipt", "ForwardingNotice", "RequestForAdditionalInformation", "RecognitionDecision",
        "RefusalNotice", "PostponementNotice", "StatusUpdate", "ExecutionReport", "EvidenceTransmission", "Consultation",
        "TechnicalRejection",
    ];

    public static TheoryData<string, string> ObjectDefinitions()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in ExecutingTypes)
        {
            foreach (var (name, _) in Definitions(type))
            {
                data.Add(type, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ObjectDefinitions))]
    public void Message_definition_has_a_sealed_record_with_the_same_members_requiredness_and_types(string file, string name)
    {
        var schema = Definitions(file)[name]!.AsObject();
        var type = SchemaModel.ModelType(name);
        Assert.NotNull(type);
        Assert.True(type.IsSealed && type.GetMethod("<Clone>$") is not null, $"{name} is not a sealed record");

        var members = JsonMembers(type);
        var properties = schema["properties"]!.AsObject();
        Assert.Equal(properties.Select(p => p.Key).Order(StringComparer.Ordinal), members.Keys.Order(StringComparer.Ordinal));

        var required = schema["required"]!.AsArray().Select(r => (string)r!).ToHashSet(StringComparer.Ordinal);
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

    [Fact]
    public void Every_executing_body_reports_its_own_message_type_and_is_registered_in_the_context()
    {
        foreach (var name in ExecutingTypes)
        {
            var type = SchemaModel.ModelType(name)!;
            Assert.True(typeof(MessageBody).IsAssignableFrom(type), name);
            var body = (MessageBody)RuntimeHelpers.GetUninitializedObject(type);
            Assert.Equal(name, body.MessageType.ToString());
            Assert.NotNull(MlatJsonContext.Default.GetTypeInfo(type));
        }
    }

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
            case "string" when actual != typeof(string):
                yield return $"{json}: type {actual.Name}, schema wants string";
                break;
            case "boolean" when actual != typeof(bool):
                yield return $"{json}: type {actual.Name}, schema wants boolean";
                break;
            case "integer" when actual != typeof(int):
                yield return $"{json}: type {actual.Name}, schema wants integer";
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

    private static JsonObject Definitions(string messageType)
        => JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Schemas, "1.0", "messages", messageType + ".schema.json")))!["definitions"]!.AsObject();

    private static Dictionary<string, PropertyInfo> JsonMembers(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.Name != "EqualityContract")
            .ToDictionary(
                p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                StringComparer.Ordinal);
}
