using System.Security.Cryptography;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// The JWS algorithms of the standard (RFC 7518 §3; specification §7.6). Signing: <see cref="ES256"/> (default),
/// <see cref="ES384"/>, <see cref="PS256"/>, <see cref="PS384"/>. Verifying: those, <see cref="ES512"/>,
/// <see cref="PS512"/>, and <see cref="RS256"/> only when the verification policy opts in. Never <c>none</c>, HMAC or
/// EdDSA.
/// </summary>
public static class JwsAlgorithms
{
    /// <summary>ECDSA on P-256 with SHA-256; the default.</summary>
    public const string ES256 = "ES256";

    /// <summary>ECDSA on P-384 with SHA-384.</summary>
    public const string ES384 = "ES384";

    /// <summary>ECDSA on P-521 with SHA-512 (verification only).</summary>
    public const string ES512 = "ES512";

    /// <summary>RSASSA-PSS with SHA-256 and MGF1 SHA-256.</summary>
    public const string PS256 = "PS256";

    /// <summary>RSASSA-PSS with SHA-384 and MGF1 SHA-384.</summary>
    public const string PS384 = "PS384";

    /// <summary>RSASSA-PSS with SHA-512 and MGF1 SHA-512 (verification only).</summary>
    public const string PS512 = "PS512";

    /// <summary>RSASSA-PKCS1-v1_5 with SHA-256 (verification only, and only where the policy opts in).</summary>
    public const string RS256 = "RS256";

    /// <summary>The algorithms the SDK signs with.</summary>
    public static IReadOnlyList<string> Signing { get; } = [ES256, ES384, PS256, PS384];

    /// <summary>The algorithms a default verification policy accepts (RS256 is not among them).</summary>
    public static IReadOnlyList<string> DefaultAccepted { get; } = [ES256, ES384, ES512, PS256, PS384, PS512];

    internal const int MinimumSigningRsaBits = 3072;

    internal static bool IsAsymmetric(string alg) => alg is ES256 or ES384 or ES512 or PS256 or PS384 or PS512 or RS256 or "RS384" or "RS512";

    internal static bool IsSymmetric(string alg) => alg is "HS256" or "HS384" or "HS512";

    internal static bool IsEcdsa(string alg) => alg is ES256 or ES384 or ES512;

    internal static HashAlgorithmName Hash(string alg) => alg[2..] switch
    {
        "256" => HashAlgorithmName.SHA256,
        "384" => HashAlgorithmName.SHA384,
        "512" => HashAlgorithmName.SHA512,
        _ => throw new ArgumentOutOfRangeException(nameof(alg)),
    };

    /// <summary>The curve size an ES algorithm requires (RFC 7518 §3.4): the curve is part of the algorithm.</summary>
    internal static int CurveBits(string alg) => alg switch
    {
        ES256 => 256,
        ES384 => 384,
        ES512 => 521,
        _ => 0,
    };

    /// <summary>The named curve an ES algorithm requires (RFC 7518 §3.4), as its OID: P-256, P-384, P-521.</summary>
    internal static string? CurveOid(string alg) => alg switch
    {
        ES256 => "1.2.840.10045.3.1.7",
        ES384 => "1.3.132.0.34",
        ES512 => "1.3.132.0.35",
        _ => null,
    };

    /// <summary>True when the key's type (and, for ECDSA, its named curve, not only its size) is the one <paramref name="alg"/> needs.</summary>
    internal static bool KeyMatches(string alg, AsymmetricAlgorithm key)
    {
        if (!IsEcdsa(alg))
        {
            return key is RSA;
        }

        if (key is not ECDsa ec || ec.KeySize != CurveBits(alg))
        {
            return false;
        }

        try
        {
            return ec.ExportParameters(false).Curve.Oid?.Value == CurveOid(alg);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    internal static byte[] Sign(string alg, AsymmetricAlgorithm key, ReadOnlySpan<byte> input) => key switch
    {
        // IEEE P1363 (r || s, fixed size) is the JWS form (RFC 7518 §3.4) and .NET's default for SignData.
        ECDsa ec when IsEcdsa(alg) => ec.SignData(input, Hash(alg), DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
        RSA rsa when !IsEcdsa(alg) => rsa.SignData(input, Hash(alg), Padding(alg)),
        _ => throw new ArgumentException("The key does not match the algorithm.", nameof(key)),
    };

    internal static bool Verify(string alg, AsymmetricAlgorithm key, ReadOnlySpan<byte> input, ReadOnlySpan<byte> signature)
    {
        try
        {
            return key switch
            {
                ECDsa ec when IsEcdsa(alg) => ec.VerifyData(input, signature, Hash(alg), DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
                RSA rsa when !IsEcdsa(alg) => rsa.VerifyData(input, signature, Hash(alg), Padding(alg)),
                _ => false,
            };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    // .NET's PSS uses a salt as long as the hash, which is what RFC 7518 §3.5 requires.
    private static RSASignaturePadding Padding(string alg) => alg[0] == 'P' ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1;
}
