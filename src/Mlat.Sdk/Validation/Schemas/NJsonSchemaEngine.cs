using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Mlat.Sdk.Validation.Schemas;

/// <summary>
/// NJsonSchema's validator with the SDK's own checks hooked in. NJsonSchema routes every sub-validation (properties,
/// items, oneOf/anyOf branches) through the overridable <c>Validate</c>, so the SDK's pattern, enum and uniqueItems
/// checks and its corrections (integral numbers are integers, required applies to objects only, string length in code
/// points) apply at every depth. Stateless after construction, so one instance serves all threads.
/// </summary>
internal sealed class NJsonSchemaEngine : JsonSchemaValidator
{
    private readonly CompiledSchema _compiled;

    public NJsonSchemaEngine(CompiledSchema compiled)
        : base(CreateSettings())
    {
        _compiled = compiled;
    }

    public ICollection<ValidationError> Run(JToken token) => Validate(token, _compiled.Root);

    protected override ICollection<ValidationError> Validate(JToken token, JsonSchema schema, SchemaType schemaType, string? propertyName, string propertyPath)
    {
        var errors = base.Validate(token, schema, schemaType, propertyName, propertyPath);

        // JSON Schema (draft-06 on) counts 1.0 as an integer; NJsonSchema looks at the token type, which says Float.
        if (token.Type == JTokenType.Float && IsIntegral((JValue)token))
        {
            RemoveAll(errors, e => e.Kind == ValidationErrorKind.IntegerExpected && ReferenceEquals(e.Token, token) && ReferenceEquals(e.Schema, schema));
        }

        // JSON Schema: "required" constrains objects only; NJsonSchema also reports it on arrays, strings and numbers.
        if (token is not JObject)
        {
            RemoveAll(errors, e => e.Kind == ValidationErrorKind.PropertyRequired && ReferenceEquals(e.Token, token) && ReferenceEquals(e.Schema, schema));
        }

        if (token.Type == JTokenType.String)
        {
            var text = token.Value<string>()!;

            // JSON Schema counts string length in Unicode code points (RFC 8259 characters); NJsonSchema counts UTF-16 units.
            RemoveAll(errors, e => e.Kind is ValidationErrorKind.StringTooShort or ValidationErrorKind.StringTooLong && ReferenceEquals(e.Token, token) && ReferenceEquals(e.Schema, schema));
            var length = CodePoints(text);
            if (schema.MinLength is { } min && length < min)
            {
                errors.Add(new ValidationError(ValidationErrorKind.StringTooShort, propertyName, propertyPath, token, schema));
            }

            if (schema.MaxLength is { } max && length > max)
            {
                errors.Add(new ValidationError(ValidationErrorKind.StringTooLong, propertyName, propertyPath, token, schema));
            }

            if (_compiled.Patterns.TryGetValue(schema, out var regex))
            {
                CheckPattern(token, schema, propertyName, propertyPath, regex, errors);
            }
        }

        if (_compiled.EnumKeys.TryGetValue(schema, out var allowed) && !allowed.Contains(JsonValues.Key(token)))
        {
            errors.Add(new ValidationError(ValidationErrorKind.NotInEnumeration, propertyName, propertyPath, token, schema));
        }

        if (token is JArray array && _compiled.UniqueItems.Contains(schema) && JsonValues.HasDuplicates(array))
        {
            errors.Add(new ValidationError(ValidationErrorKind.ItemsNotUnique, propertyName, propertyPath, token, schema));
        }

        return errors;
    }

    private static void CheckPattern(JToken token, JsonSchema schema, string? propertyName, string propertyPath, Regex regex, ICollection<ValidationError> errors)
    {
        try
        {
            if (!regex.IsMatch(token.Value<string>()!))
            {
                errors.Add(new ValidationError(ValidationErrorKind.PatternMismatch, propertyName, propertyPath, token, schema));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            errors.Add(new PatternTimeoutError(propertyName, propertyPath, token, schema));
        }
    }

    internal static int CodePoints(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsIntegral(JValue value) => value.Value switch
    {
        decimal d => d == decimal.Truncate(d),
        double d => double.IsFinite(d) && Math.Floor(d) == d,
        _ => false,
    };

    private static void RemoveAll(ICollection<ValidationError> errors, Func<ValidationError, bool> predicate)
    {
        foreach (var error in errors.Where(predicate).ToList())
        {
            errors.Remove(error);
        }
    }

    private static JsonSchemaValidatorSettings CreateSettings() => new() { FormatValidators = InvariantFormats.All };
}

/// <summary>A pattern whose match did not finish within the timeout: reported as <c>schema.pattern</c>, the value is not trusted.</summary>
internal sealed class PatternTimeoutError(string? propertyName, string? propertyPath, JToken token, JsonSchema schema)
    : ValidationError(ValidationErrorKind.PatternMismatch, propertyName, propertyPath, token, schema);
