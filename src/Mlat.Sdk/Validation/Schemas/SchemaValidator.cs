using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Mlat.Sdk.Validation.Schemas;

/// <summary>
/// Step 4 of the pipeline (specification §5.5): validates a message's bytes against the preloaded schema of its version and
/// type and returns <c>schema.&lt;keyword&gt;</c> findings (specification §12) ordered by pointer. NJsonSchema validates
/// Newtonsoft tokens, so the SAME bytes the strict reader accepted are read again with Newtonsoft, configured so that
/// NJsonSchema sees exactly the strings and numbers of the input: no date parsing (a string stays a string), numbers
/// with a fraction or exponent as <see cref="decimal"/> (exact decimal digits, so minimum/maximum and enum compare
/// the written value, never a binary approximation; the strict reader already bounds numbers to I-JSON ranges), and
/// the same maximum depth. Safe to call from many threads.
/// </summary>
internal sealed class SchemaValidator
{
    private static readonly Lazy<SchemaValidator> EmbeddedValidator = new(() => new SchemaValidator(SchemaCatalog.Embedded), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SchemaCatalog _catalog;
    private readonly int _maxDepth;

    public SchemaValidator(SchemaCatalog catalog, int maxDepth = 64)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        _catalog = catalog;
        _maxDepth = maxDepth;
    }

    /// <summary>The maximum nesting depth the validator reads.</summary>
    public int MaxDepth => _maxDepth;

    /// <summary>The validator over the schemas embedded in the SDK.</summary>
    public static SchemaValidator Embedded => EmbeddedValidator.Value;

    /// <summary>Validates the raw bytes of an element the strict reader produced.</summary>
    public IReadOnlyList<Finding> Validate(JsonElement element, string version, string messageType) =>
        Validate(JsonMarshal.GetRawUtf8Value(element), version, messageType);

    /// <summary>Validates UTF-8 JSON against the schema of (<paramref name="version"/>, <paramref name="messageType"/>).</summary>
    public IReadOnlyList<Finding> Validate(ReadOnlySpan<byte> utf8Json, string version, string messageType)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(messageType);
        if (!_catalog.TryGetRelease(version, out var release))
        {
            return [Finding.Error(FindingCodes.VersionUnsupported, "/header/version", "The message's version is not one this SDK implements.")];
        }

        if (!release.MessageTypes.TryGetValue(messageType, out var schema))
        {
            return [Finding.Error(FindingCodes.TypeUnknown, "/header/messageType", "The message type is not a message type of the message's version.")];
        }

        JToken token;
        try
        {
            token = ReadToken(utf8Json, _maxDepth);
        }
        catch (JsonReaderException)
        {
            // The strict reader runs first and rejects these; this guard keeps the contract "bad data never throws".
            return [Unreadable()];
        }

        return Validate(token, schema);
    }

    /// <summary>Reads the bytes as Newtonsoft tokens with the settings described on the class.</summary>
    internal static JToken ReadToken(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        using var reader = new StringReader(Encoding.UTF8.GetString(utf8Json));
        using var json = new NoCommentReader(reader)
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            MaxDepth = maxDepth,
        };
        var token = JToken.ReadFrom(json, new JsonLoadSettings
        {
            DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
            CommentHandling = CommentHandling.Load, // loaded so that NoCommentReader sees and rejects them
            LineInfoHandling = LineInfoHandling.Ignore,
        });
        if (json.Read())
        {
            throw new JsonReaderException("Comments or trailing content are not JSON.");
        }

        return token;
    }

    /// <summary>Validates a token against a compiled schema and turns NJsonSchema's error tree into findings.</summary>
    internal static IReadOnlyList<Finding> Validate(JToken token, CompiledSchema schema)
    {
        var errors = schema.Engine.Run(token);
        var findings = new List<Finding>();
        var pointers = new PointerBuilder();
        foreach (var error in errors)
        {
            Flatten(error, schema, pointers, findings);
        }

        return findings
            .DistinctBy(f => (f.Code, f.Pointer, f.Message))
            .OrderBy(f => f.Pointer, StringComparer.Ordinal)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToList();
    }

    private static void Flatten(ValidationError error, CompiledSchema schema, PointerBuilder pointers, List<Finding> findings)
    {
        switch (error)
        {
            case ChildSchemaValidationError child when error.Kind is ValidationErrorKind.ArrayItemNotValid or ValidationErrorKind.AdditionalItemNotValid
                or ValidationErrorKind.AdditionalPropertiesNotValid or ValidationErrorKind.NotAllOf:
                // Containers: the real defects are inside (each item, each extra member, each allOf part).
                var before = findings.Count;
                foreach (var inner in child.Errors.Values.SelectMany(e => e))
                {
                    Flatten(inner, schema, pointers, findings);
                }

                if (findings.Count == before)
                {
                    findings.Add(Create(error, schema, pointers));
                }

                break;

            case ChildSchemaValidationError choice when error.Kind is ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf:
                // Portable profile: every branch has a required one-value-enum discriminator. When exactly one branch's
                // discriminator matches the instance, that branch is the one meant, and its errors are the defects.
                // Otherwise (no branch or several) the choice itself failed: one finding at the instance.
                var chosen = ChooseBranch(choice, schema);
                if (chosen is { Count: > 0 })
                {
                    foreach (var inner in chosen)
                    {
                        Flatten(inner, schema, pointers, findings);
                    }
                }
                else
                {
                    findings.Add(Create(error, schema, pointers));
                }

                break;

            default:
                findings.Add(Create(error, schema, pointers));
                break;
        }
    }

    private static ICollection<ValidationError>? ChooseBranch(ChildSchemaValidationError choice, CompiledSchema schema)
    {
        if (choice.Token is not JObject instance)
        {
            return null;
        }

        ICollection<ValidationError>? match = null;
        foreach (var (branch, errors) in choice.Errors)
        {
            var actual = branch.ActualSchema;
            var discriminators = actual.RequiredProperties
                .Select(name => (Name: name, Schema: actual.Properties.TryGetValue(name, out var p) ? p.ActualSchema : null))
                .Where(d => d.Schema is not null && schema.Enums.TryGetValue(d.Schema, out var values) && values.Length == 1)
                .ToList();
            if (discriminators.Count == 0)
            {
                continue;
            }

            var matches = discriminators.All(d => instance.TryGetValue(d.Name, StringComparison.Ordinal, out var value)
                                                  && JsonValues.AreEqual(schema.Enums[d.Schema!][0], value));
            if (matches)
            {
                if (match is not null)
                {
                    return null;
                }

                match = errors;
            }
        }

        return match;
    }

    private static Finding Create(ValidationError error, CompiledSchema schema, PointerBuilder pointers)
    {
        var code = SchemaKeywords.CodeOf(error.Kind);
        var pointer = error.Kind == ValidationErrorKind.PropertyRequired
            ? JsonPointer.Member(pointers.Of(error.Token), error.Property ?? string.Empty)
            : pointers.Of(error.Token);
        var keyword = code["schema.".Length..];
        var message = error is PatternTimeoutError ? PatternTimeoutMessage(pointer) : Describe(keyword, error, schema);
        return Finding.Error(code, pointer, message) with { Category = FindingCategory.Schema };
    }

    /// <summary>The message of a failed keyword; from the schema alone, so the compiled validator computes it once per schema node.</summary>
    internal static string Describe(string keyword, ValidationError error, CompiledSchema schema) =>
        string.Create(CultureInfo.InvariantCulture, $"{Explain(keyword)}; expected {SchemaExpectations.Of(keyword, error, schema)} (schema keyword '{keyword}').");

    /// <summary>The message of a pattern whose match timed out at <paramref name="pointer"/>.</summary>
    internal static string PatternTimeoutMessage(string pointer) =>
        string.Create(CultureInfo.InvariantCulture, $"Schema keyword 'pattern' could not be checked at '{pointer}': the match timed out.");

    /// <summary>The finding every schema stage returns when the document cannot be read for schema validation.</summary>
    internal static Finding Unreadable() =>
        Finding.Error(FindingCodes.JsonMalformed, string.Empty, "The document could not be read for schema validation.");

    /// <summary>What a failed keyword means, in words an integrator can act on; never quotes the value.</summary>
    private static string Explain(string keyword) => keyword switch
    {
        "required" => "A required member is missing",
        "additionalProperties" => "This member is not defined by the standard",
        "type" => "The value has the wrong JSON type",
        "enum" => "The value is not one of the allowed codes",
        "pattern" => "The value does not have the required form",
        "format" => "The value is not a valid date, time, uuid, e-mail address or URI",
        "minLength" => "The text is too short",
        "maxLength" => "The text is too long",
        "minimum" => "The number is too small",
        "maximum" => "The number is too large",
        "minItems" => "The list has too few items",
        "maxItems" => "The list has too many items",
        "uniqueItems" => "The list repeats a value",
        "oneOf" or "anyOf" => "The value matches none of the allowed alternatives",
        _ => "The value does not satisfy the schema",
    };

    /// <summary>Newtonsoft accepts comments; JSON (RFC 8259) does not, and the strict reader rejected them already.</summary>
    private sealed class NoCommentReader(TextReader reader) : JsonTextReader(reader)
    {
        public override bool Read()
        {
            var read = base.Read();
            return read && TokenType == JsonToken.Comment ? throw new JsonReaderException("Comments are not JSON.") : read;
        }
    }

    /// <summary>RFC 6901 pointers of Newtonsoft tokens, with array indexes cached per array so the cost stays linear.</summary>
    private sealed class PointerBuilder
    {
        private readonly Dictionary<JArray, Dictionary<JToken, int>> _indexes = new(ReferenceEqualityComparer.Instance);

        public string Of(JToken? token)
        {
            var segments = new List<string>();
            for (var current = token; current is not null;)
            {
                switch (current)
                {
                    case JProperty property:
                        segments.Add(JsonPointer.Escape(property.Name));
                        current = property.Parent;
                        break;
                    case { Parent: JArray array }:
                        segments.Add(IndexOf(array, current).ToString(CultureInfo.InvariantCulture));
                        current = array;
                        break;
                    case { Parent: JProperty property }:
                        current = property;
                        break;
                    default:
                        current = null;
                        break;
                }
            }

            segments.Reverse();
            return segments.Count == 0 ? string.Empty : "/" + string.Join('/', segments);
        }

        private int IndexOf(JArray array, JToken item)
        {
            if (!_indexes.TryGetValue(array, out var map))
            {
                map = new Dictionary<JToken, int>(ReferenceEqualityComparer.Instance);
                for (var i = 0; i < array.Count; i++)
                {
                    map[array[i]] = i;
                }

                _indexes[array] = map;
            }

            return map[item];
        }
    }
}
