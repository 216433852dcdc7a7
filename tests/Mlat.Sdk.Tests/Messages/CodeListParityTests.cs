using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>The code lists and small enums of the schemas and the C# enums must carry exactly the same JSON values.</summary>
public sealed class CodeListParityTests
{
    public static TheoryData<string, string> CommonEnumDefinitions()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in SchemaModel.CommonFiles)
        {
            foreach (var (name, schema) in SchemaModel.Definitions(file))
            {
                if (SchemaModel.IsStringEnum(schema!.AsObject()))
                {
                    data.Add(file, name);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommonEnumDefinitions))]
    public void Schema_enum_has_a_csharp_enum_with_exactly_the_same_json_values(string file, string name)
    {
        var schemaValues = SchemaModel.Definitions(file)[name]!["enum"]!.AsArray().Select(v => (string)v!).ToList();
        var type = SchemaModel.ModelType(name);

        Assert.NotNull(type);
        Assert.True(type.IsEnum, $"{name} is not an enum");
        var csharpValues = SchemaModel.JsonValues(type);
        Assert.Equal(schemaValues.Count, schemaValues.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(schemaValues.Order(StringComparer.Ordinal), csharpValues.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Common_schemas_define_every_code_list_of_the_contract()
    {
        string[] contract =
        [
            "CountryCode", "LanguageCode", "InstrumentCode", "Profile", "AuthorityType", "ProceduralRole", "MeasureType",
            "EioAnnexDCategory", "IccsSection", "RefusalGroundCode", "UrgencyLevel", "UrgencyReason", "MeasureStatus", "DocumentType",
        ];
        var codes = SchemaModel.Definitions("codes.schema.json");

        var missing = contract.Where(c => codes[c] is not JsonObject o || !SchemaModel.IsStringEnum(o)).ToList();

        Assert.Empty(missing);
        Assert.Equal("string", (string?)codes["IccsCode"]!["type"]);
    }

    [Fact]
    public void Every_csharp_enum_of_the_model_has_a_schema_enum_with_the_same_values()
    {
        // Code lists and the small enums of the common types are definitions of the same name (checked by value above);
        // an enum used by one message type only, or by the frozen envelope header (messageType, Party.role), may be
        // written inline in its property, so it is matched by its value set.
        var named = SchemaModel.AllDefinitions()
            .Where(d => SchemaModel.IsStringEnum(d.Schema))
            .GroupBy(d => d.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => ValueSet(d.Schema)).ToList(), StringComparer.Ordinal);
        var anywhere = SchemaModel.AllStringEnums().Select(ValueSet).ToHashSet(StringComparer.Ordinal);
        var csharpEnums = SchemaModel.SdkAssembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic && t.Namespace == "Mlat.Sdk.Messages")
            .ToList();

        var unmatched = csharpEnums
            .Where(t =>
            {
                var values = string.Join(' ', SchemaModel.JsonValues(t).Order(StringComparer.Ordinal));
                return named.TryGetValue(t.Name, out var definitions) ? !definitions.Contains(values) : !anywhere.Contains(values);
            })
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(csharpEnums);
        Assert.Empty(unmatched);
    }

    private static string ValueSet(JsonObject schema)
        => string.Join(' ', schema["enum"]!.AsArray().Select(v => (string)v!).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_csharp_enum_of_the_model_is_written_by_its_own_string_enum_converter()
    {
        var enums = SchemaModel.SdkAssembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && t.Namespace == "Mlat.Sdk.Messages").ToList();

        var withoutConverter = enums
            .Where(t => t.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType != typeof(JsonStringEnumConverter<>).MakeGenericType(t))
            .Select(t => t.Name)
            .ToList();

        Assert.NotEmpty(enums);
        Assert.Empty(withoutConverter);
    }

    [Fact]
    public void Every_member_of_the_new_code_lists_names_its_json_value_explicitly()
    {
        // CountryCode predates the rule and its member names are the ISO codes themselves.
        var enums = SchemaModel.CommonFiles
            .SelectMany(f => SchemaModel.Definitions(f).Where(d => SchemaModel.IsStringEnum(d.Value!.AsObject())).Select(d => d.Key))
            .Where(n => n != "CountryCode")
            .Select(n => SchemaModel.ModelType(n)!);

        var missing = enums
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>() is null)
                .Select(f => $"{t.Name}.{f.Name}"))
            .ToList();

        Assert.Empty(missing);
    }
}
