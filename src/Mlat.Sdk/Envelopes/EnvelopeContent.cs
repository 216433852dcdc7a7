using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// What <c>urn:mlat:content</c> and <c>urn:mlat:signature:n</c> digest (DESIGN §5.1): the RFC 8785 canonical bytes of the
/// envelope without its <c>signatures</c> member, and ASCII(protected + "." + signature) of a signature object.
/// </summary>
internal static class EnvelopeContent
{
    public const string SignaturesMember = "signatures";

    /// <summary>The canonical (RFC 8785) UTF-8 bytes of the envelope without <c>signatures</c>.</summary>
    public static byte[] CanonicalBytes(JsonElement envelope)
    {
        using var unsigned = new PooledByteBufferWriter(4096);
        using (var writer = new Utf8JsonWriter(unsigned, JadesHeader.CompactWriter))
        {
            writer.WriteStartObject();
            foreach (var member in envelope.EnumerateObject())
            {
                if (!member.NameEquals(SignaturesMember))
                {
                    member.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return JsonCanonicalizer.Canonicalize(unsigned.WrittenSpan);
    }

    public static byte[] Digest(JsonElement envelope, HashAlgorithmName hash)
        => CryptographicOperations.HashData(hash, CanonicalBytes(envelope));

    public static byte[] SignatureDigest(string protectedHeader, string signature, HashAlgorithmName hash)
        => CryptographicOperations.HashData(hash, Encoding.ASCII.GetBytes(protectedHeader + "." + signature));
}
