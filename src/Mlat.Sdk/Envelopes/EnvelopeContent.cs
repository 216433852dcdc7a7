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
        var members = new List<(byte[] Name, JsonElement Value)>();
        foreach (var member in envelope.EnumerateObject())
        {
            if (!member.NameEquals(SignaturesMember))
            {
                members.Add((Encoding.UTF8.GetBytes(member.Name), member.Value));
            }
        }

        members.Sort((x, y) => Utf16Order.Compare(x.Name, y.Name));
        using var output = new PooledByteBufferWriter(16 * 1024);
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
        return output.WrittenSpan.ToArray();
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

    public static byte[] Digest(JsonElement envelope, HashAlgorithmName hash)
        => CryptographicOperations.HashData(hash, CanonicalBytes(envelope));

    public static byte[] SignatureDigest(string protectedHeader, string signature, HashAlgorithmName hash, bool base64UrlEncoded = false)
    {
        var octets = Encoding.ASCII.GetBytes(protectedHeader + "." + signature);
        return CryptographicOperations.HashData(hash, base64UrlEncoded ? Encoding.ASCII.GetBytes(Base64UrlStrict.Encode(octets)) : octets);
    }
}
