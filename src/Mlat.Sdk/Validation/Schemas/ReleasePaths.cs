using System.Text.Json;

namespace Mlat.Sdk.Validation.Schemas;

/// <summary>
/// Path arithmetic inside one schema release and the offline check of every <c>$ref</c>: a reference must be relative,
/// must stay inside the release (specification §4.4: references are relative and never leave the release), and
/// must name an existing file and an existing location in it. Checked before NJsonSchema sees the files so that the
/// error names the file and the reference instead of surfacing from deep inside the resolver.
/// </summary>
internal static class ReleasePaths
{
    /// <summary>Resolves <paramref name="relative"/> against the folder of <paramref name="fromFile"/>; null when it climbs above the release root.</summary>
    public static string? Combine(string fromFile, string relative)
    {
        var segments = new List<string>(fromFile.Split('/'));
        segments.RemoveAt(segments.Count - 1); // the file name itself
        foreach (var segment in relative.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>Throws <see cref="SchemaLoadException"/> for the first <c>$ref</c> of any file that does not resolve inside the release.</summary>
    public static void CheckReferences(string version, IReadOnlyDictionary<string, JsonDocument> documents)
    {
        foreach (var (file, document) in documents)
        {
            CheckNode(version, file, document.RootElement, documents);
        }
    }

    private static void CheckNode(string version, string file, JsonElement node, IReadOnlyDictionary<string, JsonDocument> documents)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in node.EnumerateObject())
                {
                    if (member.Name == "$ref")
                    {
                        if (member.Value.ValueKind != JsonValueKind.String)
                        {
                            throw new SchemaLoadException(version, file, null, "a $ref value is not a string.");
                        }

                        CheckReference(version, file, member.Value.GetString()!, documents);
                    }
                    else if (member.Name is not ("enum" or "examples" or "default" or "const"))
                    {
                        // enum/examples/default hold instance data, not schemas: a "$ref" member there is just data.
                        CheckNode(version, file, member.Value, documents);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    CheckNode(version, file, item, documents);
                }

                break;
        }
    }

    private static void CheckReference(string version, string file, string reference, IReadOnlyDictionary<string, JsonDocument> documents)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var pathPart = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? string.Empty : reference[(hash + 1)..];

        if (pathPart.Contains(':', StringComparison.Ordinal) || pathPart.StartsWith('/') || pathPart.Contains('\\', StringComparison.Ordinal))
        {
            throw new SchemaLoadException(version, file, reference, "only relative references into the same release are allowed (no URL, scheme or absolute path).");
        }

        var target = pathPart.Length == 0 ? file : Combine(file, pathPart);
        if (target is null)
        {
            throw new SchemaLoadException(version, file, reference, "the reference leaves the release folder (references never cross releases).");
        }

        if (!documents.TryGetValue(target, out var targetDocument))
        {
            throw new SchemaLoadException(version, file, reference, $"the referenced file '{target}' is not part of the release.");
        }

        if (fragment.Length == 0)
        {
            return;
        }

        if (!fragment.StartsWith('/'))
        {
            throw new SchemaLoadException(version, file, reference, "the fragment is not a JSON pointer (anchors are not allowed).");
        }

        var current = targetDocument.RootElement;
        foreach (var raw in fragment[1..].Split('/'))
        {
            var name = JsonPointer.Unescape(Uri.UnescapeDataString(raw));
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                throw new SchemaLoadException(version, file, reference, $"the referenced location does not exist in '{target}'.");
            }
        }
    }
}
