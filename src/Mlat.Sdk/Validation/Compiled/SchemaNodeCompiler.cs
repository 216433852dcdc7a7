using System.Collections.Frozen;
using Mlat.Sdk.Validation.Schemas;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Mlat.Sdk.Validation.Compiled;

/// <summary>
/// Compiles the NJsonSchema objects of one <see cref="CompiledSchema"/> (loaded, resolved and prepared by the SDK's loader,
/// which stays the one reader of the schema files) into a tree of <see cref="SchemaNode"/>s. Each schema object
/// reached through <c>ActualSchema</c> becomes one node, so a definition referenced from many places is compiled
/// once and recursive references close into cycles. Keywords outside the portable profile that NJsonSchema would
/// evaluate (allOf, not, multipleOf, tuple items, schema-valued additionalProperties, patternProperties, min/max
/// properties, type arrays) are refused with <see cref="NotSupportedException"/>: the compiled validator never
/// silently skips a constraint the oracle checks.
/// </summary>
internal sealed class SchemaNodeCompiler
{
    private static readonly FrozenDictionary<string, NJsonSchema.Validation.FormatValidators.IFormatValidator> Formats =
        InvariantFormats.All.ToFrozenDictionary(v => v.Format, StringComparer.Ordinal);

    private readonly CompiledSchema _compiled;
    private readonly Dictionary<JsonSchema, SchemaNode> _nodes = new(ReferenceEqualityComparer.Instance);

    private SchemaNodeCompiler(CompiledSchema compiled)
    {
        _compiled = compiled;
    }

    /// <summary>Compiles the root of <paramref name="compiled"/> and everything it reaches.</summary>
    public static SchemaNode Compile(CompiledSchema compiled)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        return new SchemaNodeCompiler(compiled).Node(compiled.Root);
    }

    private SchemaNode Node(JsonSchema declared)
    {
        var schema = declared.ActualSchema;
        if (_nodes.TryGetValue(schema, out var existing))
        {
            return existing;
        }

        var node = new SchemaNode();
        _nodes[schema] = node; // registered before its children, so a $ref cycle ends here
        Refuse(schema);

        node.Type = SingleType(schema.Type);
        node.Nullable = schema.IsNullable(SchemaType.JsonSchema);
        node.TypeMessage = Describe("type", ValidationErrorKind.StringExpected, schema);

        if (_compiled.Patterns.TryGetValue(schema, out var regex))
        {
            node.Pattern = regex;
            node.PatternMessage = Describe("pattern", ValidationErrorKind.PatternMismatch, schema);
        }

        node.MinLength = schema.MinLength;
        node.MinLengthMessage = Describe("minLength", ValidationErrorKind.StringTooShort, schema);
        node.MaxLength = schema.MaxLength;
        node.MaxLengthMessage = Describe("maxLength", ValidationErrorKind.StringTooLong, schema);
        if (!string.IsNullOrEmpty(schema.Format) && Formats.TryGetValue(schema.Format, out var format))
        {
            node.Format = value => format.IsValid(value, Newtonsoft.Json.Linq.JTokenType.String);
            node.FormatMessage = Describe("format", format.ValidationErrorKind, schema);
        }

        node.Minimum = schema.Minimum;
        node.IsExclusiveMinimum = schema.IsExclusiveMinimum;
        node.ExclusiveMinimum = schema.ExclusiveMinimum;
        node.MinimumMessage = Describe("minimum", ValidationErrorKind.NumberTooSmall, schema);
        node.Maximum = schema.Maximum;
        node.IsExclusiveMaximum = schema.IsExclusiveMaximum;
        node.ExclusiveMaximum = schema.ExclusiveMaximum;
        node.MaximumMessage = Describe("maximum", ValidationErrorKind.NumberTooBig, schema);

        if (_compiled.Enums.TryGetValue(schema, out var values))
        {
            node.EnumKeys = values.Select(JsonValues.Key).ToFrozenSet(StringComparer.Ordinal);
            if (values.All(v => v.Type == Newtonsoft.Json.Linq.JTokenType.String))
            {
                node.EnumStrings = values.Select(v => (string)v!).ToFrozenSet(StringComparer.Ordinal);
            }

            node.EnumMessage = Describe("enum", ValidationErrorKind.NotInEnumeration, schema);
        }

        node.MinItems = schema.MinItems;
        node.MinItemsMessage = Describe("minItems", ValidationErrorKind.TooFewItems, schema);
        node.MaxItems = schema.MaxItems;
        node.MaxItemsMessage = Describe("maxItems", ValidationErrorKind.TooManyItems, schema);
        node.UniqueItems = _compiled.UniqueItems.Contains(schema);
        node.UniqueItemsMessage = Describe("uniqueItems", ValidationErrorKind.ItemsNotUnique, schema);
        node.Items = schema.Item is null ? null : Node(schema.Item);

        var properties = new List<PropertyNode>();
        foreach (var (name, property) in schema.Properties)
        {
            properties.Add(new PropertyNode(
                name,
                JsonPointer.Escape(name),
                Node(property),
                property.IsRequired,
                property.IsNullable(SchemaType.JsonSchema),
                Describe("required", ValidationErrorKind.PropertyRequired, schema, name)));
        }

        node.Properties = [.. properties];
        node.PropertyIndex = properties.Select((p, i) => (p.Name, i)).ToFrozenDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        node.UndeclaredRequired = schema.RequiredProperties
            .Where(name => !schema.Properties.ContainsKey(name))
            .Select(name => new RequiredName(name, JsonPointer.Escape(name), Describe("required", ValidationErrorKind.PropertyRequired, schema, name)))
            .ToArray();
        node.RejectAdditional = !schema.AllowAdditionalProperties;
        node.AdditionalMessage = Describe("additionalProperties", ValidationErrorKind.NoAdditionalPropertiesAllowed, schema);

        node.AnyOf = Choice(schema, schema.AnyOf, exactlyOne: false);
        node.OneOf = Choice(schema, schema.OneOf, exactlyOne: true);
        return node;
    }

    private Choice? Choice(JsonSchema schema, ICollection<JsonSchema> branches, bool exactlyOne)
    {
        if (branches.Count == 0)
        {
            return null;
        }

        var compiled = branches.Select(branch => new ChoiceBranch(Node(branch), Discriminators(branch.ActualSchema))).ToArray();
        var kind = exactlyOne ? ValidationErrorKind.NotOneOf : ValidationErrorKind.NotAnyOf;
        return new Choice(exactlyOne, SchemaKeywords.CodeOf(kind), Describe(exactlyOne ? "oneOf" : "anyOf", kind, schema), compiled);
    }

    /// <summary>The required members of a branch whose schema is a one-value enum (specification §4.2), as the oracle picks them.</summary>
    private (string Name, string Key)[] Discriminators(JsonSchema branch) =>
        branch.RequiredProperties
            .Select(name => (Name: name, Schema: branch.Properties.TryGetValue(name, out var p) ? p.ActualSchema : null))
            .Where(d => d.Schema is not null && _compiled.Enums.TryGetValue(d.Schema, out var values) && values.Length == 1)
            .Select(d => (d.Name, JsonValues.Key(_compiled.Enums[d.Schema!][0])))
            .ToArray();

    private string Describe(string keyword, ValidationErrorKind kind, JsonSchema schema, string? property = null) =>
        SchemaValidator.Describe(keyword, new ValidationError(kind, property, null, null, schema), _compiled);

    private static JsonObjectType SingleType(JsonObjectType type) => type switch
    {
        JsonObjectType.None or JsonObjectType.String or JsonObjectType.Integer or JsonObjectType.Number or JsonObjectType.Boolean
            or JsonObjectType.Object or JsonObjectType.Array or JsonObjectType.Null => type,
        _ => throw new NotSupportedException("A type array (or the file type) is outside the portable profile."),
    };

    private static void Refuse(JsonSchema schema)
    {
        string? keyword =
            schema.AllOf.Count > 0 ? "allOf"
            : schema.Not is not null ? "not"
            : schema.MultipleOf is not null ? "multipleOf"
            : schema.Items.Count > 0 ? "items (tuple)"
            : schema.AdditionalItemsSchema is not null ? "additionalItems"
            : schema.AdditionalPropertiesSchema is not null ? "additionalProperties (schema)"
            : schema.PatternProperties.Count > 0 ? "patternProperties"
            : schema.MinProperties > 0 || schema.MaxProperties > 0 ? "minProperties/maxProperties"
            : null;
        if (keyword is not null)
        {
            throw new NotSupportedException($"The keyword '{keyword}' is outside the portable profile; the compiled validator does not evaluate it.");
        }
    }
}
