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

    /// <summary>Encrypts with AES-256-GCM or AES-256-CBC-HMAC-SHA-512; returns (iv, ciphertext, tag).</summary>
    internal static (byte[] Iv, byte[] Ciphertext, byte[] Tag) EncryptContent(string enc, byte[] cek, ReadOnlySpan<byte> plaintext, byte[] aad)
    {
        if (enc == A256Gcm)
        {
            var iv = RandomNumberGenerator.GetBytes(12);
            var ciphertext = new byte[plaintext.Length];
            var tag = new byte[16];
            using var gcm = new AesGcm(cek, 16);
            gcm.Encrypt(iv, plaintext, ciphertext, tag, aad);
            return (iv, ciphertext, tag);
        }

        var cbcIv = RandomNumberGenerator.GetBytes(16);
        using var aes = Aes.Create();
        aes.Key = cek[32..];
        var cbc = aes.EncryptCbc(plaintext, cbcIv, PaddingMode.PKCS7);
        return (cbcIv, cbc, CbcTag(cek, aad, cbcIv, cbc));
    }

    /// <summary>Decrypts; null when the tag does not verify or the padding is bad (one outcome, no oracle).</summary>
    internal static byte[]? DecryptContent(string enc, byte[] cek, byte[] iv, byte[] ciphertext, byte[] tag, byte[] aad)
    {
        try
        {
            if (enc == A256Gcm)
            {
                if (iv.Length != 12 || tag.Length != 16)
                {
                    return null;
                }

                var plaintext = new byte[ciphertext.Length];
                using var gcm = new AesGcm(cek, 16);
                gcm.Decrypt(iv, ciphertext, tag, plaintext, aad);
                return plaintext;
            }

            // RFC 7518 §5.2.2.2: check the tag before touching the padding.
            if (iv.Length != 16 || tag.Length != 32 || !CryptographicOperations.FixedTimeEquals(CbcTag(cek, aad, iv, ciphertext), tag))
            {
                return null;
            }

            using var aes = Aes.Create();
            aes.Key = cek[32..];
            return aes.DecryptCbc(ciphertext, iv, PaddingMode.PKCS7);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    // RFC 7518 §5.2.2.1: T = first 32 bytes of HMAC-SHA-512(MAC_KEY, A || IV || E || AL), AL = bit length of A, 64-bit BE.
    private static byte[] CbcTag(byte[] cek, byte[] aad, byte[] iv, byte[] ciphertext)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA512, cek.AsSpan(0, 32));
        hmac.AppendData(aad);
        hmac.AppendData(iv);
        hmac.AppendData(ciphertext);
        Span<byte> al = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(al, (ulong)aad.Length * 8);
        hmac.AppendData(al);
        return hmac.GetHashAndReset()[..32];
    }

    private static int WriteLengthPrefixed(Span<byte> span, int at, byte[] value)
    {
        BinaryPrimitives.WriteInt32BigEndian(span[at..], value.Length);
        value.CopyTo(span[(at + 4)..]);
        return at + 4 + value.Length;
    }
}
