using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Mlat.Sdk.Validation.Schemas;

/// <summary>
/// One NJsonSchema <see cref="JsonSchema"/> prepared for validation by the SDK. The keywords NJsonSchema checks in a way
/// the SDK cannot accept are taken out of the schema objects at load time and checked by the SDK instead:
/// <list type="bullet">
/// <item><c>pattern</c>: NJsonSchema calls the static <see cref="Regex.IsMatch(string, string)"/> without a match timeout;
/// the SDK compiles each pattern once with a timeout (non-backtracking where the pattern allows it).</item>
/// <item><c>enum</c>: NJsonSchema compares string forms, so <c>"1"</c> equals <c>1</c>; the SDK compares JSON values.</item>
/// <item><c>uniqueItems</c>: NJsonSchema compares string forms, so <c>"1"</c> and <c>1</c> are duplicates; the SDK compares JSON values.</item>
/// </list>
/// Instances are immutable once built and safe to share between threads.
/// </summary>
internal sealed class CompiledSchema
{
    /// <summary>Default match timeout for schema patterns: generous for the anchored patterns of the portable profile, finite for hostile input.</summary>
    public static readonly TimeSpan DefaultPatternTimeout = TimeSpan.FromMilliseconds(250);

    private CompiledSchema(JsonSchema root, FrozenDictionary<JsonSchema, Regex> patterns, FrozenDictionary<JsonSchema, JToken[]> enums, FrozenSet<JsonSchema> uniqueItems)
    {
        Root = root;
        Patterns = patterns;
        Enums = enums;
        EnumKeys = enums.ToFrozenDictionary<KeyValuePair<JsonSchema, JToken[]>, JsonSchema, FrozenSet<string>>(kv => kv.Key, kv => kv.Value.Select(JsonValues.Key).ToFrozenSet(StringComparer.Ordinal), ReferenceEqualityComparer.Instance);
        UniqueItems = uniqueItems;
        Engine = new NJsonSchemaEngine(this);
    }

    public JsonSchema Root { get; }

    public FrozenDictionary<JsonSchema, Regex> Patterns { get; }

    public FrozenDictionary<JsonSchema, JToken[]> Enums { get; }

    /// <summary>The enum values of each schema as canonical keys, so a check is one hash lookup however long the list (country codes).</summary>
    public FrozenDictionary<JsonSchema, FrozenSet<string>> EnumKeys { get; }

    public FrozenSet<JsonSchema> UniqueItems { get; }

    internal NJsonSchemaEngine Engine { get; }

    /// <summary>Takes pattern, enum and uniqueItems out of every schema object reachable from <paramref name="root"/>.</summary>
    public static CompiledSchema Compile(JsonSchema root, TimeSpan patternTimeout, Dictionary<string, Regex> regexCache)
    {
        var patterns = new Dictionary<JsonSchema, Regex>(ReferenceEqualityComparer.Instance);
        var enums = new Dictionary<JsonSchema, JToken[]>(ReferenceEqualityComparer.Instance);
        var unique = new HashSet<JsonSchema>(ReferenceEqualityComparer.Instance);
        var visited = new HashSet<JsonSchema>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<JsonSchema>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var schema = stack.Pop();
            if (!visited.Add(schema))
            {
                continue;
            }

            if (!string.IsNullOrEmpty(schema.Pattern))
            {
                if (!regexCache.TryGetValue(schema.Pattern, out var regex))
                {
                    regex = CompilePattern(schema.Pattern, patternTimeout);
                    regexCache[schema.Pattern] = regex;
                }

                patterns[schema] = regex;
                schema.Pattern = null;
            }

            if (schema.Enumeration.Count > 0)
            {
                enums[schema] = schema.Enumeration.Select(ToToken).ToArray();
                schema.Enumeration.Clear();
            }

            if (schema.UniqueItems)
            {
                unique.Add(schema);
                schema.UniqueItems = false;
            }

            PushIfAny(stack, schema.Reference);
            PushIfAny(stack, schema.Item);
            PushIfAny(stack, schema.Not);
            PushIfAny(stack, schema.AdditionalItemsSchema);
            PushIfAny(stack, schema.AdditionalPropertiesSchema);
            foreach (var child in schema.Items.Concat(schema.AllOf).Concat(schema.AnyOf).Concat(schema.OneOf)
                         .Concat(schema.Properties.Values).Concat(schema.Definitions.Values).Concat(schema.PatternProperties.Values))
            {
                stack.Push(child);
            }
        }

        return new CompiledSchema(root, patterns.ToFrozenDictionary(ReferenceEqualityComparer.Instance), enums.ToFrozenDictionary(ReferenceEqualityComparer.Instance), unique.ToFrozenSet<JsonSchema>(ReferenceEqualityComparer.Instance));
    }

    /// <summary>Loads one schema that must not reference anything outside itself (used by the JSON Schema Test Suite run).</summary>
    public static CompiledSchema FromStandaloneJson(string json, TimeSpan? patternTimeout = null)
    {
        const string Url = "https://w3id.org/mlat/schemas/standalone/schema.json";
        var files = new Dictionary<string, string>();
        var schema = JsonSchema.FromJsonAsync(json, Url, EmbeddedReferenceResolver.Factory("standalone", "https://w3id.org/mlat/schemas/standalone/", files), CancellationToken.None)
            .GetAwaiter().GetResult();
        return Compile(schema, patternTimeout ?? DefaultPatternTimeout, []);
    }

    private static void PushIfAny(Stack<JsonSchema> stack, JsonSchema? schema)
    {
        if (schema is not null)
        {
            stack.Push(schema);
        }
    }

    private static JToken ToToken(object? value) => value switch
    {
        null => JValue.CreateNull(),
        JToken token => token,
        _ => JToken.FromObject(value),
    };

    private static Regex CompilePattern(string pattern, TimeSpan timeout)
    {
        // ECMA-262 patterns of the portable profile have no lookaround or backreference, so the linear-time engine
        // accepts them; the timeout remains as the bound for anything the non-backtracking engine refuses.
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, timeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, timeout);
        }
    }
}
