using System.Security.Cryptography;
using System.Text.Json;

namespace Mlat.Sdk.Envelopes;

/// <summary>Minimal RFC 7517/7518 §6 public JWK handling for EC (P-256, P-384, P-521) and RSA keys.</summary>
internal static class JwkKeys
{
    public static string CurveName(ECCurve curve) => curve.Oid?.Value switch
    {
        "1.2.840.10045.3.1.7" => "P-256",
        "1.3.132.0.34" => "P-384",
        "1.3.132.0.35" => "P-521",
        _ => curve.Oid?.FriendlyName switch
        {
            "nistP256" or "ECDSA_P256" or "ECDH_P256" => "P-256",
            "nistP384" or "ECDSA_P384" or "ECDH_P384" => "P-384",
            "nistP521" or "ECDSA_P521" or "ECDH_P521" => "P-521",
            _ => throw new ArgumentException("Only the curves P-256, P-384 and P-521 are supported."),
        },
    };

    public static ECCurve? Curve(string? name) => name switch
    {
        "P-256" => ECCurve.NamedCurves.nistP256,
        "P-384" => ECCurve.NamedCurves.nistP384,
        "P-521" => ECCurve.NamedCurves.nistP521,
        _ => null,
    };

    public static int FieldBytes(string name) => name switch
    {
        "P-256" => 32,
        "P-384" => 48,
        _ => 66,
    };

    /// <summary>The public EC parameters of an ECDiffieHellman or ECDsa key; null for other keys.</summary>
    public static ECParameters? PublicEcParameters(AsymmetricAlgorithm key) => key switch
    {
        ECDiffieHellman ecdh => ecdh.ExportParameters(false),
        ECDsa ecdsa => ecdsa.ExportParameters(false),
        _ => null,
    };

    public static AsymmetricAlgorithm ImportPublic(string json, out string? kid)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
            var root = doc.RootElement;
            kid = root.TryGetProperty("kid", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            var kty = root.GetProperty("kty").GetString();
            if (kty == "EC")
            {
                var crv = root.GetProperty("crv").GetString();
                var curve = Curve(crv) ?? throw new ArgumentException("Unsupported JWK curve.", nameof(json));
                var size = FieldBytes(crv!);
                var x = Decode(root, "x", size);
                var y = Decode(root, "y", size);
                return ECDiffieHellman.Create(new ECParameters { Curve = curve, Q = new ECPoint { X = x, Y = y } });
            }

            if (kty == "RSA")
            {
                var rsa = RSA.Create();
                rsa.ImportParameters(new RSAParameters { Modulus = Decode(root, "n", 0), Exponent = Decode(root, "e", 0) });
                return rsa;
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or CryptographicException)
        {
            throw new ArgumentException("The JWK is not a usable EC or RSA public key.", nameof(json), e);
        }

        throw new ArgumentException("The JWK is neither EC nor RSA.", nameof(json));
    }

    /// <summary>Reads an ephemeral public key (<c>epk</c>) on the expected curve; null when it is malformed or off-curve.</summary>
    public static ECDiffieHellman? ReadEpk(JsonElement epk, ECCurve expected)
    {
        if (epk.ValueKind != JsonValueKind.Object
            || !epk.TryGetProperty("kty", out var kty) || kty.ValueKind != JsonValueKind.String || kty.GetString() != "EC"
            || !epk.TryGetProperty("crv", out var crv) || crv.ValueKind != JsonValueKind.String
            || crv.GetString() != CurveName(expected))
        {
            return null;
        }

        try
        {
            var size = FieldBytes(crv.GetString()!);
            // ImportParameters checks the point lies on the curve: an invalid-curve point never reaches key agreement.
            return ECDiffieHellman.Create(new ECParameters { Curve = expected, Q = new ECPoint { X = Decode(epk, "x", size), Y = Decode(epk, "y", size) } });
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static byte[] Decode(JsonElement obj, string name, int size)
    {
        var text = obj.GetProperty(name).GetString() ?? throw new ArgumentException("Missing JWK member.");
        if (!Base64UrlStrict.TryDecode(text, out var bytes) || bytes.Length == 0 || (size > 0 && bytes.Length != size))
        {
            throw new ArgumentException("A JWK member is not base64url of the right length.");
        }

        return bytes;
    }
}
