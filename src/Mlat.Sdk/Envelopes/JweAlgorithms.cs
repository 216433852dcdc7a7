using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// The JWE algorithms of the standard (RFC 7518 §4-5; specification §9): key management <see cref="EcdhEsA256KW"/> or
/// <see cref="RsaOaep256"/> with <see cref="A256Gcm"/>, and <see cref="RsaOaep"/> with <see cref="A256CbcHs512"/> for
/// older peers.
/// </summary>
public static class JweAlgorithms
{
    /// <summary>ECDH-ES key agreement (Concat KDF) with AES-256 key wrap (RFC 7518 §4.6).</summary>
    public const string EcdhEsA256KW = "ECDH-ES+A256KW";

    /// <summary>RSAES-OAEP with SHA-256 and MGF1 SHA-256 (RFC 7518 §4.3).</summary>
    public const string RsaOaep256 = "RSA-OAEP-256";

    /// <summary>RSAES-OAEP with SHA-1 and MGF1 SHA-1 (RFC 7518 §4.3), for older peers.</summary>
    public const string RsaOaep = "RSA-OAEP";

    /// <summary>AES-256 in GCM mode (RFC 7518 §5.3).</summary>
    public const string A256Gcm = "A256GCM";

    /// <summary>AES-256-CBC with HMAC-SHA-512 truncated to 256 bits (RFC 7518 §5.2.5).</summary>
    public const string A256CbcHs512 = "A256CBC-HS512";

    /// <summary>The key management algorithms a default decryption policy accepts.</summary>
    public static IReadOnlyList<string> KeyManagement { get; } = [EcdhEsA256KW, RsaOaep256, RsaOaep];

    /// <summary>The content encryption algorithms a default decryption policy accepts.</summary>
    public static IReadOnlyList<string> ContentEncryption { get; } = [A256Gcm, A256CbcHs512];

    internal static int CekLength(string enc) => enc == A256Gcm ? 32 : 64;

    /// <summary>RFC 7518 §4.6.2: Concat KDF (NIST SP 800-56A §5.8.1) with SHA-256, keydatalen 256, for ECDH-ES+A256KW.</summary>
    internal static byte[] ConcatKdf(byte[] z, string algorithmId, byte[] apu, byte[] apv)
    {
        var alg = System.Text.Encoding.ASCII.GetBytes(algorithmId);
        var input = new byte[4 + z.Length + 4 + alg.Length + 4 + apu.Length + 4 + apv.Length + 4];
        var span = input.AsSpan();
        BinaryPrimitives.WriteInt32BigEndian(span, 1);
        z.CopyTo(span[4..]);
        var at = 4 + z.Length;
        at = WriteLengthPrefixed(span, at, alg);
        at = WriteLengthPrefixed(span, at, apu);
        at = WriteLengthPrefixed(span, at, apv);
        BinaryPrimitives.WriteInt32BigEndian(span[at..], 256);
        return SHA256.HashData(input);
    }

    internal static byte[] WrapKey(byte[] kek, byte[] cek)
    {
        using var provider = new SymmetricKeyWrapProvider(new SymmetricSecurityKey(kek), SecurityAlgorithms.Aes256KW);
        return provider.WrapKey(cek);
    }

    internal static byte[] UnwrapKey(byte[] kek, byte[] wrapped)
    {
        using var provider = new SymmetricKeyWrapProvider(new SymmetricSecurityKey(kek), SecurityAlgorithms.Aes256KW);
        return provider.UnwrapKey(wrapped);
    }

    /// <summary>The length of the ciphertext of <paramref name="plaintextLength"/> bytes: the same for GCM, padded to whole blocks (PKCS#7) for CBC.</summary>
    internal static int CiphertextLength(string enc, int plaintextLength) => enc == A256Gcm ? plaintextLength : (plaintextLength / 16 + 1) * 16;

    /// <summary>The length of the initialisation vector and of the authentication tag.</summary>
    internal static (int Iv, int Tag) IvAndTagLengths(string enc) => enc == A256Gcm ? (12, 16) : (16, 32);

    /// <summary>
    /// Encrypts with AES-256-GCM or AES-256-CBC-HMAC-SHA-512 into <paramref name="ciphertext"/> (at least
    /// <see cref="CiphertextLength"/> bytes, a buffer the caller owns); writes a fresh iv and the tag.
    /// </summary>
    /// <returns>The length of the ciphertext.</returns>
    internal static int EncryptContent(string enc, byte[] cek, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> aad, Span<byte> iv, Span<byte> ciphertext, Span<byte> tag)
    {
        RandomNumberGenerator.Fill(iv);
        if (enc == A256Gcm)
        {
            using var gcm = new AesGcm(cek, 16);
            gcm.Encrypt(iv, plaintext, ciphertext[..plaintext.Length], tag, aad);
            return plaintext.Length;
        }

        using var aes = Aes.Create();
        aes.Key = cek[32..];
        var written = aes.EncryptCbc(plaintext, iv, ciphertext, PaddingMode.PKCS7);
        CbcTag(cek, aad, iv, ciphertext[..written], tag);
        return written;
    }

    /// <summary>
    /// Decrypts <paramref name="buffer"/> in place, after the tag is verified; the plaintext is its first bytes. Returns
    /// -1 when the iv or tag has the wrong length, the tag does not verify or the padding is bad (one outcome, no
    /// oracle); the buffer then holds no plaintext.
    /// </summary>
    internal static int DecryptContentInPlace(string enc, byte[] cek, ReadOnlySpan<byte> iv, Span<byte> buffer, ReadOnlySpan<byte> tag, ReadOnlySpan<byte> aad)
    {
        var lengths = IvAndTagLengths(enc);
        if (iv.Length != lengths.Iv || tag.Length != lengths.Tag)
        {
            return -1;
        }

        try
        {
            if (enc == A256Gcm)
            {
                using var gcm = new AesGcm(cek, 16);
                gcm.Decrypt(iv, buffer, tag, buffer, aad);
                return buffer.Length;
            }

            // RFC 7518 §5.2.2.2: check the tag before touching the padding.
            Span<byte> expected = stackalloc byte[32];
            CbcTag(cek, aad, iv, buffer, expected);
            if (!CryptographicOperations.FixedTimeEquals(expected, tag))
            {
                return -1;
            }

            using var aes = Aes.Create();
            aes.Key = cek[32..];
            return aes.DecryptCbc(buffer, iv, buffer, PaddingMode.PKCS7);
        }
        catch (CryptographicException)
        {
            return -1;
        }
    }

    // RFC 7518 §5.2.2.1: T = first 32 bytes of HMAC-SHA-512(MAC_KEY, A || IV || E || AL), AL = bit length of A, 64-bit BE.
    private static void CbcTag(byte[] cek, ReadOnlySpan<byte> aad, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> ciphertext, Span<byte> tag)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA512, cek.AsSpan(0, 32));
        hmac.AppendData(aad);
        hmac.AppendData(iv);
        hmac.AppendData(ciphertext);
        Span<byte> al = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(al, (ulong)aad.Length * 8);
        hmac.AppendData(al);
        Span<byte> full = stackalloc byte[64];
        hmac.GetHashAndReset(full);
        full[..32].CopyTo(tag);
    }

    private static int WriteLengthPrefixed(Span<byte> span, int at, byte[] value)
    {
        BinaryPrimitives.WriteInt32BigEndian(span[at..], value.Length);
        value.CopyTo(span[(at + 4)..]);
        return at + 4 + value.Length;
    }
}
