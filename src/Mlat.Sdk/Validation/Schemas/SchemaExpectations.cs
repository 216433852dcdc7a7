using System.Globalization;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Mlat.Sdk.Validation.Schemas;

/// <summary>
/// Says what a failed schema keyword expects, from the schema alone (issue 11 point 7): the code list and its meaning,
/// the allowed range or length, the meaning of a pattern (the description of the type that carries it), the format.
/// Everything comes from the schema; nothing from the message, whose values may be personal data.
/// </summary>
internal static class SchemaExpectations
{
    /// <summary>A code list is listed in full up to this many values; longer ones are named and counted.</summary>
    private const int ListedValues = 12;

    private static readonly string[] Abbreviations = ["art", "para", "No", "p", "e.g", "i.e", "cf", "Reg", "sect", "nos", "arts"];

    /// <summary>The expectation, a noun phrase starting in lower case ("one of the 249 codes of CountryCode ...").</summary>
    public static string Of(string keyword, ValidationError error, CompiledSchema compiled)
    {
        var declared = error.Schema;
        var actual = declared?.ActualSchema;
        return keyword switch
        {
            "required" => $"the member '{error.Property}', which the standard requires here",
            "additionalProperties" => "only the members the standard defines for this object",
            "type" => TypeOf(actual),
            "enum" => Enum(declared, actual, compiled),
            "pattern" => Pattern(declared, actual, compiled),
            "format" => Format(actual?.Format),
            "minLength" => Invariant($"at least {actual?.MinLength} characters (Unicode code points)"),
            "maxLength" => Invariant($"at most {actual?.MaxLength} characters (Unicode code points)"),
            "minimum" => Invariant($"a number of at least {actual?.Minimum}"),
            "maximum" => Invariant($"a number of at most {actual?.Maximum}"),
            "minItems" => Invariant($"at least {actual?.MinItems} item(s); absent and empty differ, so omit a list that would be empty"),
            "maxItems" => Invariant($"at most {actual?.MaxItems} items"),
            "uniqueItems" => "each value at most once",
            "oneOf" or "anyOf" => "exactly one alternative, chosen by its discriminating member",
            _ => "a value the schema allows",
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string TypeOf(JsonSchema? schema) => schema?.Type switch
    {
        JsonObjectType.String => "a JSON string",
        JsonObjectType.Integer => "a JSON integer (a number without a fraction; 2.0 counts as 2)",
        JsonObjectType.Number => "a JSON number",
        JsonObjectType.Boolean => "true or false",
        JsonObjectType.Object => "a JSON object",
        JsonObjectType.Array => "a JSON array",
        _ => "the JSON type the schema gives",
    };

    private static string Enum(JsonSchema? declared, JsonSchema? actual, CompiledSchema compiled)
    {
        var values = actual is not null && compiled.Enums.TryGetValue(actual, out var tokens)
            ? tokens.Select(t => t.ToString()).ToArray()
            : declared is not null && compiled.Enums.TryGetValue(declared, out var own) ? own.Select(t => t.ToString()).ToArray() : [];
        var name = NameOf(actual);
        var meaning = FirstSentence(actual?.Description ?? declared?.Description);
        var list = values.Length <= ListedValues ? ": " + string.Join(", ", values) : string.Empty;
        return name is null
            ? Invariant($"one of the {values.Length} allowed codes{list}")
            : Invariant($"one of the {values.Length} codes of {name}{list}{(meaning is null ? string.Empty : " (" + meaning + ")")}");
    }

    private static string Pattern(JsonSchema? declared, JsonSchema? actual, CompiledSchema compiled)
    {
        // The meaning of a pattern is the description of the type that carries it (Duration, LocalId, Date ...), or
        // of the member; the pattern itself, from the schema, is the precise answer and is always given.
        var regex = actual is not null && compiled.Patterns.TryGetValue(actual, out var r) ? r
            : declared is not null && compiled.Patterns.TryGetValue(declared, out var own) ? own : null;
        var name = NameOf(actual);
        var meaning = FirstSentence(actual?.Description) ?? FirstSentence(declared?.Description);
        var what = (name, meaning) switch
        {
            (not null, not null) => $"{name}: {Lower(meaning)}",
            (not null, null) => name,
            (null, not null) => Lower(meaning),
            _ => "text of the required form",
        };
        // A long pattern (Duration, Instant) adds nothing a reader gets from its meaning; a short one is the precise answer.
        return regex is null || (meaning is not null && regex.ToString().Length > 100) ? what : $"{what}, matching {regex}";
    }

    private static string Format(string? format) => format switch
    {
        "date" => "an RFC 3339 full-date (YYYY-MM-DD) that exists in the calendar",
        "date-time" => "an RFC 3339 date-time that exists in the calendar, in UTC with Z",
        "uuid" => "a UUID in the RFC 9562 text form (8-4-4-4-12 hexadecimal digits)",
        "email" => "an RFC 5321 e-mail address (local part @ domain)",
        "uri" => "an absolute RFC 3986 URI (scheme:...)",
        _ => "a value of the schema's format",
    };

    /// <summary>The definition name of a schema (CountryCode, Duration), when it is a definition of a schema file.</summary>
    private static string? NameOf(JsonSchema? schema)
    {
        if (schema?.Parent is JsonSchema parent)
        {
            foreach (var (key, value) in parent.Definitions)
            {
                if (ReferenceEquals(value, schema))
                {
                    return key;
                }
            }
        }

        return null;
    }

    /// <summary>The first sentence of a description, without a final period; abbreviations such as "art." do not end it.</summary>
    internal static string? FirstSentence(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }

        for (var i = description.IndexOf(". ", StringComparison.Ordinal); i > 0; i = description.IndexOf(". ", i + 1, StringComparison.Ordinal))
        {
            var start = description.LastIndexOfAny([' ', '('], i - 1) + 1;
            var word = description[start..i];
            if (!Abbreviations.Contains(word, StringComparer.Ordinal) && !(word.Length == 1 && char.IsUpper(word[0])))
            {
                return description[..i];
            }
        }

        return description.TrimEnd('.');
    }

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
