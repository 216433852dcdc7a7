using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// Encrypts a (signed) envelope to its recipient as a JWE in compact serialisation (RFC 7516 §7.1; specification §9):
/// sign first, then encrypt the whole signed envelope, so the signatures stay verifiable after decryption. Stateless
/// and thread-safe; the content key and IV come from the system's cryptographic random generator.
/// </summary>
public static class EnvelopeEncryptor
{
    /// <summary>The <c>cty</c> of the JWE: the plaintext is a standard message (RFC 7516 §4.1.12 short form).</summary>
    public const string ContentType = "vnd.mlat+json";

    /// <summary>Encrypts to the public key of a recipient's certificate.</summary>
    /// <param name="plaintext">The bytes to encrypt, normally a signed envelope.</param>
    /// <param name="recipient">The recipient's certificate (EC P-256/P-384/P-521 or RSA ≥ 2048). If it has a key usage
    /// extension, it must allow keyAgreement (EC) or keyEncipherment (RSA).</param>
    /// <param name="algorithm">Key management; null picks ECDH-ES+A256KW for EC keys and RSA-OAEP-256 for RSA keys.</param>
    /// <param name="encryption">Content encryption; null picks A256GCM.</param>
    /// <returns>The compact JWE.</returns>
    /// <exception cref="ArgumentException">The certificate, key and algorithms do not fit together.</exception>
    public static string EncryptToCertificate(ReadOnlyMemory<byte> plaintext, X509Certificate2 recipient, string? algorithm = null, string? encryption = null)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        if (recipient.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is { } usage
            && (usage.KeyUsages & (X509KeyUsageFlags.KeyAgreement | X509KeyUsageFlags.KeyEncipherment)) == 0)
        {
            throw new ArgumentException("The recipient certificate's key usage allows neither key agreement nor key encipherment.", nameof(recipient));
        }

        using var ec = recipient.PublicKey.GetECDiffieHellmanPublicKey();
        using var rsa = ec is null ? recipient.PublicKey.GetRSAPublicKey() : null;
        AsymmetricAlgorithm key = (AsymmetricAlgorithm?)ec ?? rsa ?? throw new ArgumentException("The recipient certificate has neither an EC nor an RSA key.", nameof(recipient));
        var thumbprint = Base64UrlStrict.Encode(SHA256.HashData(recipient.RawData));
        return Encrypt(plaintext.Span, key, algorithm, encryption, keyId: null, thumbprint);
    }

    /// <summary>Encrypts to a public key the caller holds (<see cref="ECDiffieHellman"/>, <see cref="ECDsa"/> or <see cref="RSA"/>).</summary>
    /// <param name="plaintext">The bytes to encrypt.</param>
    /// <param name="recipientPublicKey">The recipient's public key.</param>
    /// <param name="algorithm">Key management; null picks by key type.</param>
    /// <param name="encryption">Content encryption; null picks A256GCM.</param>
    /// <param name="keyId">Optional <c>kid</c> for the recipient to find its key.</param>
    /// <returns>The compact JWE.</returns>
    /// <exception cref="ArgumentException">The key and algorithms do not fit together.</exception>
    public static string EncryptToKey(ReadOnlyMemory<byte> plaintext, AsymmetricAlgorithm recipientPublicKey, string? algorithm = null, string? encryption = null, string? keyId = null)
        => Encrypt(plaintext.Span, recipientPublicKey, algorithm, encryption, keyId, thumbprint: null);

    /// <summary>Encrypts to a recipient public JWK (RFC 7517) of type EC (P-256, P-384, P-521) or RSA.</summary>
    /// <param name="plaintext">The bytes to encrypt.</param>
    /// <param name="jwkJson">The JWK as JSON text; its <c>kid</c>, if any, goes into the header.</param>
    /// <param name="algorithm">Key management; null picks by key type.</param>
    /// <param name="encryption">Content encryption; null picks A256GCM.</param>
    /// <returns>The compact JWE.</returns>
    /// <exception cref="ArgumentException">The JWK is not a usable EC or RSA public key.</exception>
    public static string EncryptToJwk(ReadOnlyMemory<byte> plaintext, string jwkJson, string? algorithm = null, string? encryption = null)
    {
        ArgumentNullException.ThrowIfNull(jwkJson);
        using var key = JwkKeys.ImportPublic(jwkJson, out var kid);
        return Encrypt(plaintext.Span, key, algorithm, encryption, kid, thumbprint: null);
    }

    private static string Encrypt(ReadOnlySpan<byte> plaintext, AsymmetricAlgorithm key, string? algorithm, string? encryption, string? keyId, string? thumbprint)
    {
        ArgumentNullException.ThrowIfNull(key);
        var alg = algorithm ?? (key is RSA ? JweAlgorithms.RsaOaep256 : JweAlgorithms.EcdhEsA256KW);
        var enc = encryption ?? JweAlgorithms.A256Gcm;
        if (!JweAlgorithms.KeyManagement.Contains(alg))
        {
            throw new ArgumentException("Key management must be ECDH-ES+A256KW, RSA-OAEP-256 or RSA-OAEP (specification §9).", nameof(algorithm));
        }

        if (!JweAlgorithms.ContentEncryption.Contains(enc))
        {
            throw new ArgumentException("Content encryption must be A256GCM or A256CBC-HS512 (specification §9).", nameof(encryption));
        }

        var cek = RandomNumberGenerator.GetBytes(JweAlgorithms.CekLength(enc));
        byte[] encryptedKey;
        ECParameters? epk = null;
        if (alg == JweAlgorithms.EcdhEsA256KW)
        {
            var recipient = JwkKeys.PublicEcParameters(key) ?? throw new ArgumentException("ECDH-ES+A256KW needs an EC key.", nameof(key));
            using var recipientKey = ECDiffieHellman.Create(recipient);
            using var ephemeral = ECDiffieHellman.Create(recipient.Curve);
            var z = ephemeral.DeriveRawSecretAgreement(recipientKey.PublicKey);
            var kek = JweAlgorithms.ConcatKdf(z, alg, [], []);
            encryptedKey = JweAlgorithms.WrapKey(kek, cek);
            CryptographicOperations.ZeroMemory(z);
            CryptographicOperations.ZeroMemory(kek);
            epk = ephemeral.ExportParameters(false);
        }
        else
        {
            if (key is not RSA rsa || rsa.KeySize < 2048)
            {
                throw new ArgumentException("RSA-OAEP needs an RSA key of at least 2048 bits.", nameof(key));
            }

            encryptedKey = rsa.Encrypt(cek, alg == JweAlgorithms.RsaOaep256 ? RSAEncryptionPadding.OaepSHA256 : RSAEncryptionPadding.OaepSHA1);
        }

        var header = Base64UrlStrict.Encode(WriteHeader(alg, enc, keyId, thumbprint, epk));
        var aad = Encoding.ASCII.GetBytes(header);
        var (ivLength, tagLength) = JweAlgorithms.IvAndTagLengths(enc);
        var iv = new byte[ivLength];
        var tag = new byte[tagLength];

        // The ciphertext goes to a pooled buffer and is encoded from there straight into the one string returned: the
        // only allocation in proportion to the message is the compact JWE itself.
        var buffer = ArrayPool<byte>.Shared.Rent(JweAlgorithms.CiphertextLength(enc, plaintext.Length));
        try
        {
            var length = JweAlgorithms.EncryptContent(enc, cek, plaintext, aad, iv, buffer, tag);
            CryptographicOperations.ZeroMemory(cek);
            return Compact(header, encryptedKey, iv, new ArraySegment<byte>(buffer, 0, length), tag);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Compact(string header, byte[] encryptedKey, byte[] iv, ArraySegment<byte> ciphertext, byte[] tag)
    {
        var length = header.Length + 4 + Base64Url.GetEncodedLength(encryptedKey.Length) + Base64Url.GetEncodedLength(iv.Length)
            + Base64Url.GetEncodedLength(ciphertext.Count) + Base64Url.GetEncodedLength(tag.Length);
        return string.Create(length, (header, encryptedKey, iv, ciphertext, tag), static (chars, s) =>
        {
            s.header.CopyTo(chars);
            var at = s.header.Length;
            at = Append(chars, at, s.encryptedKey);
            at = Append(chars, at, s.iv);
            at = Append(chars, at, s.ciphertext);
            Append(chars, at, s.tag);
        });
    }

    private static int Append(Span<char> chars, int at, ReadOnlySpan<byte> part)
    {
        chars[at] = '.';
        return at + 1 + Base64Url.EncodeToChars(part, chars[(at + 1)..]);
    }

    private static byte[] WriteHeader(string alg, string enc, string? keyId, string? thumbprint, ECParameters? epk)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JadesHeader.CompactWriter))
        {
            w.WriteStartObject();
            w.WriteString("alg", alg);
            w.WriteString("enc", enc);
            w.WriteString("cty", ContentType);
            if (keyId is not null)
            {
                w.WriteString("kid", keyId);
            }

            if (thumbprint is not null)
            {
                w.WriteString("x5t#S256", thumbprint);
            }

            if (epk is { } p)
            {
                w.WriteStartObject("epk");
                w.WriteString("kty", "EC");
                w.WriteString("crv", JwkKeys.CurveName(p.Curve));
                w.WriteString("x", Base64UrlStrict.Encode(p.Q.X));
                w.WriteString("y", Base64UrlStrict.Encode(p.Q.Y));
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        return stream.ToArray();
    }
}
