using System.Collections.Frozen;
using NJsonSchema.Validation;

namespace Mlat.Sdk.Validation.Schemas;

/// <summary>
/// Maps every NJsonSchema <see cref="ValidationErrorKind"/> to the JSON Schema keyword it reports, which names the
/// finding code <c>schema.&lt;keyword&gt;</c> (specification §12) so that findings compare one to one with any other validator
/// (ajv reports the same keyword names). The table is explicit for every enum value; a value added by a later
/// NJsonSchema falls back to <c>schema.invalid</c> and a test fails until it is mapped.
/// </summary>
internal static class SchemaKeywords
{
    /// <summary>Code for an error kind the table does not know.</summary>
    public const string InvalidCode = "schema.invalid";

    public static FrozenDictionary<ValidationErrorKind, string> Table { get; } = new Dictionary<ValidationErrorKind, string>
    {
        [ValidationErrorKind.Unknown] = "invalid",
        [ValidationErrorKind.StringExpected] = "type",
        [ValidationErrorKind.NumberExpected] = "type",
        [ValidationErrorKind.IntegerExpected] = "type",
        [ValidationErrorKind.BooleanExpected] = "type",
        [ValidationErrorKind.ObjectExpected] = "type",
        [ValidationErrorKind.ArrayExpected] = "type",
        [ValidationErrorKind.NullExpected] = "type",
        [ValidationErrorKind.NoTypeValidates] = "type",
        [ValidationErrorKind.PropertyRequired] = "required",
        [ValidationErrorKind.PatternMismatch] = "pattern",
        [ValidationErrorKind.StringTooShort] = "minLength",
        [ValidationErrorKind.StringTooLong] = "maxLength",
        [ValidationErrorKind.NumberTooSmall] = "minimum",
        [ValidationErrorKind.NumberTooBig] = "maximum",
        [ValidationErrorKind.IntegerTooBig] = "maximum",
        [ValidationErrorKind.TooManyItems] = "maxItems",
        [ValidationErrorKind.TooFewItems] = "minItems",
        [ValidationErrorKind.ItemsNotUnique] = "uniqueItems",
        [ValidationErrorKind.DateTimeExpected] = "format",
        [ValidationErrorKind.DateExpected] = "format",
        [ValidationErrorKind.TimeExpected] = "format",
        [ValidationErrorKind.TimeSpanExpected] = "format",
        [ValidationErrorKind.UriExpected] = "format",
        [ValidationErrorKind.IpV4Expected] = "format",
        [ValidationErrorKind.IpV6Expected] = "format",
        [ValidationErrorKind.GuidExpected] = "format",
        [ValidationErrorKind.UuidExpected] = "format",
        [ValidationErrorKind.EmailExpected] = "format",
        [ValidationErrorKind.HostnameExpected] = "format",
        [ValidationErrorKind.Base64Expected] = "format",
        [ValidationErrorKind.NotAnyOf] = "anyOf",
        [ValidationErrorKind.NotAllOf] = "allOf",
        [ValidationErrorKind.NotOneOf] = "oneOf",
        [ValidationErrorKind.ExcludedSchemaValidates] = "not",
        [ValidationErrorKind.NumberNotMultipleOf] = "multipleOf",
        [ValidationErrorKind.IntegerNotMultipleOf] = "multipleOf",
        [ValidationErrorKind.NotInEnumeration] = "enum",
        [ValidationErrorKind.TooManyItemsInTuple] = "additionalItems",
        [ValidationErrorKind.ArrayItemNotValid] = "items",
        [ValidationErrorKind.AdditionalItemNotValid] = "additionalItems",
        [ValidationErrorKind.AdditionalPropertiesNotValid] = "additionalProperties",
        [ValidationErrorKind.NoAdditionalPropertiesAllowed] = "additionalProperties",
        [ValidationErrorKind.TooManyProperties] = "maxProperties",
        [ValidationErrorKind.TooFewProperties] = "minProperties",
    }.ToFrozenDictionary();

    /// <summary>The finding code for <paramref name="kind"/>.</summary>
    public static string CodeOf(ValidationErrorKind kind) =>
        Table.TryGetValue(kind, out var keyword) ? "schema." + keyword : InvalidCode;
}
