using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Serialization;

/// <summary>
/// Maps an RFC 6901 pointer of a finding to the C# member path of the model (<c>/body/measures/0/type</c> →
/// <c>Body.Measures[0].Type</c>), so a caller that built the message in code finds the property to fix. The mapping is
/// read from the source-generated JSON contract of the model (the same one that reads and writes messages), so it cannot
/// drift from the wire names.
/// </summary>
public static class MemberPaths
{
    /// <summary>The C# member path of <paramref name="pointer"/> in a message of <paramref name="messageType"/>.</summary>
    /// <param name="messageType">The message's type, which gives the body's C# type.</param>
    /// <param name="pointer">A JSON pointer into the envelope, as findings carry it.</param>
    /// <returns>
    /// The C# path: <c>Body.Measures[0].Type</c>; a pointer into an extension's content stops at the extension,
    /// <c>Extensions["id"]</c>; the empty pointer is the empty path; null when the pointer names nothing of the model (a
    /// member the model does not have, or a malformed pointer).
    /// </returns>
    public static string? For(MessageType messageType, string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        if (pointer.Length == 0)
        {
            return string.Empty;
        }

        if (pointer[0] != '/')
        {
            return null;
        }

        var path = new StringBuilder();
        Type? type = typeof(MlatMessage);
        foreach (var raw in pointer[1..].Split('/'))
        {
            var token = JsonPointer.Unescape(raw);
            if (type is null)
            {
                break; // inside a value the model keeps as raw JSON (an extension's content): the path of that value
            }

            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(MlatMessage))
            {
                // The envelope is written by hand (MlatJson.Serialize), not by the contract: its four members are fixed.
                (var name, type) = token switch
                {
                    "header" => ("Header", typeof(MessageHeader)),
                    "body" => ("Body", MlatJson.BodyTypeInfo(messageType).Type),
                    "extensions" => ("Extensions", typeof(IReadOnlyDictionary<string, System.Text.Json.JsonElement>)),
                    "signatures" => ("Signatures", typeof(IReadOnlyList<EnvelopeSignature>)),
                    _ => (null, null),
                };
                if (name is null)
                {
                    return null;
                }

                path.Append(name);
                continue;
            }

            if (ElementType(type) is { } element)
            {
                if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return null;
                }

                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                type = element;
                continue;
            }

            if (DictionaryValueType(type) is { } value)
            {
                path.Append("[\"").Append(token.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"]");
                type = value == typeof(System.Text.Json.JsonElement) ? null : value;
                continue;
            }

            var property = Properties(type)?.FirstOrDefault(p => string.Equals(p.Name, token, StringComparison.Ordinal));
            if (property?.AttributeProvider is not MemberInfo member)
            {
                return null;
            }

            if (path.Length > 0)
            {
                path.Append('.');
            }

            path.Append(member.Name);
            type = property.PropertyType;
        }

        return path.ToString();
    }

    private static IList<JsonPropertyInfo>? Properties(Type type)
        => MlatJsonContext.Default.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object } info ? info.Properties : null;

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && type.GetGenericTypeDefinition() is var d
            && (d == typeof(IReadOnlyList<>) || d == typeof(List<>) || d == typeof(IList<>) || d == typeof(IEnumerable<>) || d == typeof(IReadOnlyCollection<>))
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static Type? DictionaryValueType(Type type)
        => type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(IReadOnlyDictionary<,>) || d == typeof(Dictionary<,>) || d == typeof(IDictionary<,>))
            ? type.GetGenericArguments()[1]
            : null;
}
