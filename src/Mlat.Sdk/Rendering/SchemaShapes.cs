using System.Collections.Frozen;
using System.Text.Json;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Rendering;

/// <summary>
/// The shapes the renderer reads from the embedded schema releases: for a member of an object, which definition its
/// value has and which code list (if any) its value comes from. The same walk derives every label key, so the label
/// packs and the page can never disagree on what exists.
/// </summary>
internal sealed class SchemaShapes
{
    private static readonly Lazy<SchemaShapes> EmbeddedShapes = new(
        () => new SchemaShapes(SchemaCatalog.ReadEmbeddedFiles()), LazyThreadSafetyMode.ExecutionAndPublication);

    // Inline enums that are not code lists: the header's version is shown as written (specification §2.2).
    private static readonly FrozenSet<string> NotCodeLists = new[] { "Header.version" }.ToFrozenSet(StringComparer.Ordinal);

    // The schema of rules.json describes the SDK's rule catalogue, not a message.
    private const string RulesSchema = "rules.schema.json";

    private readonly FrozenDictionary<string, FrozenDictionary<string, JsonElement>> _files; // version → path → root

    private SchemaShapes(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> releases)
    {
        var files = new Dictionary<string, FrozenDictionary<string, JsonElement>>(StringComparer.Ordinal);
        foreach (var (version, map) in releases)
        {
            files[version] = map
                .Where(kv => kv.Key.EndsWith(".schema.json", StringComparison.Ordinal) && kv.Key != RulesSchema)
                .ToFrozenDictionary(kv => kv.Key, kv => JsonDocument.Parse(kv.Value).RootElement.Clone(), StringComparer.Ordinal);
        }

        _files = files.ToFrozenDictionary(StringComparer.Ordinal);
        (FieldNames, CodeLists) = DeriveKeys(_files.Keys);
    }

    /// <summary>The shapes of the schema releases embedded in the SDK.</summary>
    public static SchemaShapes Embedded => EmbeddedShapes.Value;

    /// <summary>The versions whose schemas are embedded.</summary>
    public IEnumerable<string> Versions => _files.Keys;

    /// <summary>Every member name of every object of every embedded release.</summary>
    public FrozenSet<string> FieldNames { get; }

    /// <summary>Every code list (named definition with an enum, or <c>Definition.member</c> for an inline enum) with its values.</summary>
    public FrozenDictionary<string, FrozenSet<string>> CodeLists { get; }

    /// <summary>The envelope node of a message type in a version; false when the version or type is not embedded.</summary>
    public bool TryGetEnvelope(string version, string messageType, out Shape envelope)
    {
        envelope = default;
        var path = $"messages/{messageType}.schema.json";
        if (!_files.TryGetValue(version, out var files) || !files.TryGetValue(path, out var root))
        {
            return false;
        }

        envelope = new Shape(version, path, root, messageType);
        return true;
    }

    /// <summary>The shape of member <paramref name="name"/> of an object shape; false for a member the schema does not declare.</summary>
    public bool TryGetMember(Shape owner, string name, out Shape member)
    {
        member = default;
        var resolved = Resolve(owner);
        if (!resolved.Node.TryGetProperty("properties", out var properties) || !properties.TryGetProperty(name, out var node))
        {
            return false;
        }

        member = new Shape(resolved.Version, resolved.File, node, resolved.Definition, name);
        return true;
    }

    /// <summary>The shape of the items of an array shape.</summary>
    public bool TryGetItems(Shape array, out Shape items)
    {
        items = default;
        var resolved = Resolve(array);
        if (!resolved.Node.TryGetProperty("items", out var node))
        {
            return false;
        }

        items = new Shape(resolved.Version, resolved.File, node, resolved.Definition, resolved.Member);
        return true;
    }

    /// <summary>The code list a string shape takes its value from, or null.</summary>
    public string? CodeListOf(Shape shape)
    {
        // An inline enum belongs to the member that declares it; a referenced enum to its definition.
        if (shape.Node.TryGetProperty("enum", out _))
        {
            var name = shape.Member is null ? shape.Definition : $"{shape.Definition}.{shape.Member}";
            return name is null || NotCodeLists.Contains(name) ? null : name;
        }

        var resolved = Resolve(shape);
        return resolved.Node.TryGetProperty("enum", out _) ? resolved.Definition : null;
    }

    /// <summary>The name of the definition a shape refers to (after following <c>$ref</c>), e.g. <c>MultilingualText</c>.</summary>
    public string? DefinitionOf(Shape shape) => shape.Node.TryGetProperty("$ref", out _) ? Resolve(shape).Definition : null;

    private Shape Resolve(Shape shape)
    {
        var current = shape;
        for (var hops = 0; hops < 16 && current.Node.TryGetProperty("$ref", out var reference); hops++)
        {
            var text = reference.GetString() ?? string.Empty;
            var hash = text.IndexOf('#', StringComparison.Ordinal);
            var filePart = hash < 0 ? text : text[..hash];
            var pointer = hash < 0 ? string.Empty : text[(hash + 1)..];
            var file = filePart.Length == 0 ? current.File : Combine(current.File, filePart);
            var node = _files[current.Version][file];
            string? definition = current.Definition;
            foreach (var token in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                node = node.GetProperty(token);
                definition = token;
            }

            current = new Shape(current.Version, file, node, definition, null);
        }

        return current;
    }

    private static string Combine(string from, string relative)
    {
        var parts = from.Split('/').SkipLast(1).ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>The member names and code lists of the given releases only (the releases a label pack covers).</summary>
    public (FrozenSet<string> Fields, FrozenDictionary<string, FrozenSet<string>> Codes) DeriveKeys(IEnumerable<string> versions)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        var codes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var files in versions.Where(_files.ContainsKey).Select(v => _files[v]))
        {
            foreach (var root in files.Values)
            {
                if (root.TryGetProperty("properties", out var rootProperties))
                {
                    Collect(rootProperties, root.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "", fields, codes);
                }

                if (!root.TryGetProperty("definitions", out var definitions))
                {
                    continue;
                }

                foreach (var definition in definitions.EnumerateObject())
                {
                    if (definition.Value.TryGetProperty("enum", out var values))
                    {
                        AddCodes(codes, definition.Name, values);
                    }

                    if (definition.Value.TryGetProperty("properties", out var properties))
                    {
                        Collect(properties, definition.Name, fields, codes);
                    }
                }
            }
        }

        return (fields.ToFrozenSet(StringComparer.Ordinal),
            codes.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    private static void Collect(JsonElement properties, string definition, HashSet<string> fields, Dictionary<string, HashSet<string>> codes)
    {
        foreach (var property in properties.EnumerateObject())
        {
            fields.Add(property.Name);
            var node = property.Value;
            if (node.TryGetProperty("items", out var items))
            {
                node = items;
            }

            var name = $"{definition}.{property.Name}";
            if (node.TryGetProperty("enum", out var values) && !NotCodeLists.Contains(name))
            {
                AddCodes(codes, name, values);
            }
        }
    }

    private static void AddCodes(Dictionary<string, HashSet<string>> codes, string list, JsonElement values)
    {
        if (!codes.TryGetValue(list, out var set))
        {
            codes[list] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        foreach (var value in values.EnumerateArray())
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                set.Add(value.GetString()!);
            }
        }
    }
}

/// <summary>A schema node with where it was found: the release, the file, the definition and the member that hold it.</summary>
internal readonly record struct Shape(string Version, string File, JsonElement Node, string? Definition, string? Member = null);
