using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Versioning;

/// <summary>
/// The raw schema files of one release as JSON trees, with the release's relative <c>$ref</c>s resolved offline
/// (specification §3.1). Conversion walks a message against it to learn which members and enum values the release has; the
/// compatibility checker compares two of them. Immutable after construction; safe to share between threads as long as
/// callers do not modify the nodes it returns.
/// </summary>
internal sealed class SchemaSet
{
    private static readonly Lazy<FrozenDictionary<string, SchemaSet>> EmbeddedSets = new(() =>
        StandardCatalogue.ReadEmbeddedFiles().ToFrozenDictionary(kv => kv.Key, kv => new SchemaSet(kv.Key, kv.Value), StringComparer.Ordinal));

    private readonly FrozenDictionary<string, JsonObject> files;

    public SchemaSet(string version, IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        Version = version;
        this.files = files.Where(kv => kv.Key.EndsWith(".schema.json", StringComparison.Ordinal))
            .ToFrozenDictionary(kv => kv.Key, kv => Materialize(JsonNode.Parse(kv.Value)!).AsObject(), StringComparer.Ordinal);
        MessageTypes = files.TryGetValue(StandardCatalogue.IndexFile, out var index)
            && StandardCatalogue.ParseIndex(version, System.Text.Json.JsonDocument.Parse(index).RootElement, files.ContainsKey).Release is { } release
            ? release.SchemaPaths
            : FrozenDictionary<string, string>.Empty;
    }

    public string Version { get; }

    // JsonNode builds its children lazily on first access, which is not thread-safe: touch every node once, here, so
    // that the shared tree is only ever read afterwards.
    private static JsonNode Materialize(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        Materialize(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Materialize(child);
                    }
                }

                break;
        }

        return node;
    }

    /// <summary>Message type → schema file, from index.json.</summary>
    public FrozenDictionary<string, string> MessageTypes { get; }

    public IEnumerable<string> Files => files.Keys;

    public static bool TryGetEmbedded(string version, out SchemaSet set) => EmbeddedSets.Value.TryGetValue(version, out set!);

    public JsonObject File(string path) => files[path];

    public bool TryGetFile(string path, out JsonObject root) => files.TryGetValue(path, out root!);

    /// <summary>The schema of a message type's envelope (the file root).</summary>
    public SchemaRef? MessageRoot(string messageType)
        => MessageTypes.TryGetValue(messageType, out var file) && files.TryGetValue(file, out var root) ? new SchemaRef(file, root, null) : null;

    /// <summary>Follows <c>$ref</c>s until a schema that is not a reference; the result names the last definition reached.</summary>
    public SchemaRef Resolve(SchemaRef schema)
    {
        var current = schema;
        for (var hops = 0; current.Node["$ref"] is JsonValue reference; hops++)
        {
            if (hops > 32)
            {
                throw new InvalidOperationException("$ref loop in release " + Version + ".");
            }

            var target = Target(current.File, reference.GetValue<string>());
            current = target ?? throw new InvalidOperationException("Unresolvable $ref in release " + Version + ".");
        }

        return current;
    }

    /// <summary>Resolves a reference text written in <paramref name="fromFile"/>; null when it does not resolve.</summary>
    public SchemaRef? Target(string fromFile, string reference)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var filePart = hash < 0 ? reference : reference[..hash];
        var pointer = hash < 0 ? string.Empty : reference[(hash + 1)..];
        var file = filePart.Length == 0 ? fromFile : Combine(fromFile, filePart);
        if (file is null || !files.TryGetValue(file, out var root))
        {
            return null;
        }

        JsonNode? node = root;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JsonObject o ? o[JsonPointer.Unescape(segment)] : null;
        }

        return node is JsonObject target ? new SchemaRef(file, target, file + "#" + pointer) : null;
    }

    private static string? Combine(string fromFile, string relative)
    {
        var parts = new List<string>(fromFile.Split('/')[..^1]);
        foreach (var segment in relative.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null; // would leave the release
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment != ".")
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }
}

/// <summary>A schema node with its file and, when reached through a reference, the definition it is (<c>file#/definitions/Name</c>).</summary>
internal sealed record SchemaRef(string File, JsonObject Node, string? Definition);
