using System.Collections.Frozen;
using System.Text.Json;

namespace Mlat.Sdk.Validation.Schemas;

/// <summary>
/// The member names the standard defines: every key of every <c>properties</c> object of the embedded schemas of every
/// release. A name outside this set came from a message (an undefined member, an extension id, a key of the open
/// <c>extensions</c> object) and may be personal data, so a TechnicalRejection pointer stops before it.
/// </summary>
internal static class DefinedMembers
{
    private static readonly Lazy<FrozenSet<string>> Names = new(Collect);

    /// <summary>The longest prefix of <paramref name="pointer"/> whose tokens are defined member names or array indexes.</summary>
    public static string Truncate(string pointer)
    {
        if (pointer.Length == 0)
        {
            return pointer;
        }

        var end = 0;
        while (end < pointer.Length)
        {
            var next = pointer.IndexOf('/', end + 1);
            next = next < 0 ? pointer.Length : next;
            var token = JsonPointer.Unescape(pointer[(end + 1)..next]);
            if (!IsIndex(token) && !Names.Value.Contains(token))
            {
                break;
            }

            end = next;
        }

        return pointer[..end];
    }

    private static bool IsIndex(string token)
        => token.Length is > 0 and <= 9 && token.All(char.IsAsciiDigit) && (token.Length == 1 || token[0] != '0');

    private static FrozenSet<string> Collect()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var files in StandardCatalogue.ReadEmbeddedFiles().Values)
        {
            foreach (var (path, text) in files)
            {
                if (path.EndsWith(".schema.json", StringComparison.Ordinal))
                {
                    using var document = JsonDocument.Parse(text);
                    Walk(document.RootElement, names);
                }
            }
        }

        return names.ToFrozenSet(StringComparer.Ordinal);
    }

    private static void Walk(JsonElement element, HashSet<string> names)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (member.NameEquals("properties"u8) && member.Value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in member.Value.EnumerateObject())
                        {
                            names.Add(property.Name);
                        }
                    }

                    Walk(member.Value, names);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, names);
                }

                break;
        }
    }
}
