using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// What <c>urn:mlat:content</c> and <c>urn:mlat:signature:n</c> digest (specification §7.3): the RFC 8785 canonical bytes of the
/// envelope without its <c>signatures</c> member, and ASCII(protected + "." + signature) of a signature object.
/// </summary>
internal static class EnvelopeContent
{
    public const string SignaturesMember = "signatures";

    /// <summary>
    /// The canonical (RFC 8785) UTF-8 bytes of the envelope without <c>signatures</c>. The root object is written here
    /// (members sorted by UTF-16 code units, RFC 8785 §3.2.3) and each member value by the canonicalizer, straight from
    /// the parsed document: the envelope is parsed once, not re-serialized and parsed again.
    /// </summary>
    public static byte[] CanonicalBytes(JsonElement envelope)
    {
        using var output = new PooledByteBufferWriter(16 * 1024);
        WriteCanonical(envelope, output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes what <see cref="CanonicalBytes"/> returns into <paramref name="output"/>, so that a caller who only hashes
    /// it (the signer, the verifier) needs no copy of the whole canonical form.
    /// </summary>
    public static void WriteCanonical(JsonElement envelope, PooledByteBufferWriter output)
    {
        var members = new List<(byte[] Name, JsonElement Value)>();
        foreach (var member in envelope.EnumerateObject())
        {
            if (!member.NameEquals(SignaturesMember))
            {
                members.Add((Encoding.UTF8.GetBytes(member.Name), member.Value));
            }
        }

        members.Sort((x, y) => Utf16Order.Compare(x.Name, y.Name));
        Write(output, "{"u8);
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                Write(output, ","u8);
            }

            Write(output, CanonicalString(members[i].Name));
            Write(output, ":"u8);
            JsonCanonicalizer.Canonicalize(members[i].Value, output);
        }

        Write(output, "}"u8);
    }

    private static byte[] CanonicalString(byte[] utf8)
    {
        // Printable ASCII without '"' or '\\' (every member name of the standard) is its own canonical form.
        if (utf8.All(b => b is >= 0x20 and < 0x7F and not (byte)'"' and not (byte)'\\'))
        {
            return [(byte)'"', .. utf8, (byte)'"'];
        }

        // The canonicalizer owns RFC 8785 §3.2.2.2 string escaping; a member name goes through it as a JSON string.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(utf8.Length + 8);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(utf8);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return JsonCanonicalizer.Canonicalize(document.RootElement);
    }

    private static void Write(PooledByteBufferWriter output, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    /// <summary>
    /// The pointer of the first number in the envelope (outside <c>signatures</c>) not spelled as RFC 8785 §3.2.2.3 writes
    /// it, or null. The content digest is over the canonical form, where <c>1</c>, <c>1.0</c> and <c>1e0</c> are one
    /// text; the bytes a reader binds are the received ones. Requiring the canonical spelling makes the two the same
    /// value (docs/security.md, "Numbers"), so a re-spelled number can neither keep a signature valid nor fail binding
    /// after verification.
    /// </summary>
    public static string? FirstNonCanonicalNumber(JsonElement envelope)
    {
        foreach (var member in envelope.EnumerateObject())
        {
            // The walk that finds one allocates nothing; the pointer is built only for the member that holds one (a
            // pointer string per member made this check cost more than the canonicalization itself on large messages).
            if (!member.NameEquals(SignaturesMember) && HasNonCanonicalNumber(member.Value)
                && FirstNonCanonicalNumber(member.Value, "/" + EscapePointer(member.Name), 0) is { } pointer)
            {
                return pointer;
            }
        }

        return null;
    }

    private static bool HasNonCanonicalNumber(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                // A number the canonicalizer cannot write counts as found: the slow path then fails on it as it always did.
                return !JsonCanonicalizer.IsCanonicalNumber(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element));
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (HasNonCanonicalNumber(member.Value))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (HasNonCanonicalNumber(item))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static string? FirstNonCanonicalNumber(JsonElement element, string pointer, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element);
                var written = JsonCanonicalizer.Canonicalize(element).AsSpan();
                return raw.SequenceEqual(written) ? null : pointer;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (FirstNonCanonicalNumber(member.Value, pointer + "/" + EscapePointer(member.Name), depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstNonCanonicalNumber(item, pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), depth + 1) is { } found)
                    {
                        return found;
                    }

                    i++;
                }

                return null;
            default:
                return null;
        }
    }

    // RFC 6901 §3.
    private static string EscapePointer(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>
    /// A first size for the buffer the canonical content is written into: the envelope's own length, which the canonical
    /// form (no whitespace, fewer escapes) rarely exceeds, so the buffer is not grown and copied ten times on 10 MB.
    /// </summary>
    public static int CanonicalCapacity(JsonElement envelope)
        => Math.Max(16 * 1024, System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(envelope).Length);

    public static byte[] Digest(JsonElement envelope, HashAlgorithmName hash)
    {
        using var output = new PooledByteBufferWriter(CanonicalCapacity(envelope));
        WriteCanonical(envelope, output);
        return CryptographicOperations.HashData(hash, output.WrittenSpan);
    }

    public static byte[] SignatureDigest(string protectedHeader, string signature, HashAlgorithmName hash, bool base64UrlEncoded = false)
    {
        var octets = Encoding.ASCII.GetBytes(protectedHeader + "." + signature);
        return CryptographicOperations.HashData(hash, base64UrlEncoded ? Encoding.ASCII.GetBytes(Base64UrlStrict.Encode(octets)) : octets);
    }
}
