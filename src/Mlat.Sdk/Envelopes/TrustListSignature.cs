using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// The signature of a trust list (specification §8.5): one RFC 7515 JWS object in <c>signatures</c>, with a detached,
/// unencoded payload (RFC 7797, <c>"b64": false</c>): the RFC 8785 canonical bytes of the list without
/// <c>signatures</c>. Protected header: <c>alg</c>, <c>typ</c> <c>mlat-trust-list+json</c>, <c>x5c</c>, <c>iat</c>,
/// <c>b64</c> false and <c>crit</c> <c>["b64"]</c>, nothing else. The signer's certificate must build to the operator's
/// anchor the reader was given (pinned, never taken from the list itself).
/// </summary>
internal static class TrustListSignature
{
    public const string MediaType = "mlat-trust-list+json";
    private const int MaxProtectedHeaderBytes = 64 * 1024;
    private static readonly ReaderLimits HeaderLimits = new() { MaxBytes = MaxProtectedHeaderBytes, MaxDepth = 4 };

    /// <summary>The JWS object over <paramref name="canonical"/>, written into <paramref name="writer"/> as the <c>signatures</c> member.</summary>
    public static void Write(Utf8JsonWriter writer, byte[] canonical, SigningKey key, DateTimeOffset now)
    {
        using var header = new MemoryStream();
        using (var w = new Utf8JsonWriter(header, new JsonWriterOptions { Encoder = JadesHeader.CompactWriter.Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("alg", key.Algorithm);
            w.WriteString("typ", MediaType);
            w.WriteStartArray("x5c");
            foreach (var certificate in key.Chain)
            {
                w.WriteStringValue(Convert.ToBase64String(certificate.RawData));
            }

            w.WriteEndArray();
            w.WriteNumber("iat", now.ToUnixTimeSeconds());
            w.WriteBoolean("b64", false);
            w.WriteStartArray("crit");
            w.WriteStringValue("b64");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        var protectedText = Base64UrlStrict.Encode(header.ToArray());
        var signature = JwsAlgorithms.Sign(key.Algorithm, key.Key, SigningInput(protectedText, canonical));
        writer.WriteStartArray(EnvelopeContent.SignaturesMember);
        writer.WriteStartObject();
        writer.WriteString("protected", protectedText);
        writer.WriteString("signature", Base64UrlStrict.Encode(signature));
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    /// <summary>Verifies the list's signature against the pinned anchor at <paramref name="now"/>; null when it holds, else the finding.</summary>
    public static Finding? Verify(JsonElement root, X509Certificate2 anchor, DateTimeOffset now)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(EnvelopeContent.SignaturesMember, out var signatures))
        {
            return Finding.Error(FindingCodes.TrustListUnsigned, string.Empty, "The trust list is not signed, and the operator's anchor was given to verify it.");
        }

        const string Pointer = "/signatures/0";
        if (signatures.ValueKind != JsonValueKind.Array || signatures.GetArrayLength() != 1 || !EnvelopeSigner.IsSignatureObject(signatures[0])
            || signatures[0].TryGetProperty("header", out _))
        {
            return Invalid("/signatures", "signatures is not one JWS object with exactly protected and signature.");
        }

        var protectedText = signatures[0].GetProperty("protected").GetString()!;
        if (protectedText.Length > MaxProtectedHeaderBytes * 4 / 3 + 4 || !Base64UrlStrict.TryDecode(protectedText, out var headerBytes)
            || !Base64UrlStrict.TryDecode(signatures[0].GetProperty("signature").GetString()!, out var signature) || signature.Length == 0)
        {
            return Invalid(Pointer, "protected or signature is not strict base64url.");
        }

        using var header = StrictJsonReader.Parse(headerBytes, HeaderLimits, out _);
        if (header is null || !ReadHeader(header.RootElement, out var alg, out var chain))
        {
            return Invalid(Pointer + "/protected", "The protected header is not the trust-list header of specification §8.5.");
        }

        try
        {
            if (!Chains(chain, anchor, now))
            {
                return Finding.Error(FindingCodes.TrustListSignerUntrusted, Pointer + "/protected", "The trust list's signer does not build to the operator's anchor, or may not sign.");
            }

            using var key = SignerCertificate.LoadKey(chain[0], alg, out _);
            if (key is null || !JwsAlgorithms.Verify(alg, key, SigningInput(protectedText, EnvelopeContent.CanonicalBytes(root)), signature))
            {
                return Invalid(Pointer + "/signature", "The trust list's signature does not verify: the list was changed after signing.");
            }

            return null;
        }
        catch (CryptographicException)
        {
            return Invalid(Pointer + "/protected", "A certificate in x5c could not be processed.");
        }
        finally
        {
            foreach (var certificate in chain)
            {
                certificate.Dispose();
            }
        }
    }

    // RFC 7797 §3: ASCII(BASE64URL(protected)) || '.' || payload, the payload unencoded.
    private static byte[] SigningInput(string protectedText, byte[] canonical)
    {
        var input = new byte[protectedText.Length + 1 + canonical.Length];
        Encoding.ASCII.GetBytes(protectedText, input);
        input[protectedText.Length] = (byte)'.';
        canonical.CopyTo(input, protectedText.Length + 1);
        return input;
    }

    private static bool ReadHeader(JsonElement header, out string alg, out List<X509Certificate2> chain)
    {
        alg = string.Empty;
        chain = [];
        if (header.ValueKind != JsonValueKind.Object
            || header.EnumerateObject().Any(m => m.Name is not ("alg" or "typ" or "x5c" or "iat" or "b64" or "crit"))
            || !header.TryGetProperty("alg", out var a) || a.ValueKind != JsonValueKind.String || !JwsAlgorithms.DefaultAccepted.Contains(a.GetString()!)
            || !header.TryGetProperty("typ", out var typ) || typ.ValueKind != JsonValueKind.String || typ.GetString() != MediaType
            || !header.TryGetProperty("iat", out var iat) || iat.ValueKind != JsonValueKind.Number || !iat.TryGetInt64(out _)
            || !header.TryGetProperty("b64", out var b64) || b64.ValueKind != JsonValueKind.False
            || !header.TryGetProperty("crit", out var crit) || crit.ValueKind != JsonValueKind.Array || crit.GetArrayLength() != 1
            || crit[0].ValueKind != JsonValueKind.String || crit[0].GetString() != "b64"
            || !header.TryGetProperty("x5c", out var x5c) || x5c.ValueKind != JsonValueKind.Array || x5c.GetArrayLength() is 0 or > 10)
        {
            return false;
        }

        alg = a.GetString()!;
        foreach (var item in x5c.EnumerateArray())
        {
            byte[] der;
            try
            {
                der = item.ValueKind == JsonValueKind.String ? Convert.FromBase64String(item.GetString()!) : [];
            }
            catch (FormatException)
            {
                der = [];
            }

            X509Certificate2? certificate = null;
            try
            {
                // DER in form, and a certificate in content: a hostile x5c can be well-formed DER that is no certificate.
                certificate = der.Length > 0 && SignerCertificate.IsDer(der) ? X509CertificateLoader.LoadCertificate(der) : null;
            }
            catch (CryptographicException)
            {
            }

            if (certificate is null)
            {
                foreach (var loaded in chain)
                {
                    loaded.Dispose();
                }

                chain.Clear();
                return false;
            }

            chain.Add(certificate);
        }

        return true;
    }

    private static bool Chains(List<X509Certificate2> x5c, X509Certificate2 anchor, DateTimeOffset now)
    {
        if (SignerCertificate.MaySign(x5c[0]) is not true)
        {
            return false;
        }

        using var chain = new X509Chain();
        var policy = chain.ChainPolicy;
        policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        policy.CustomTrustStore.Add(anchor);
        policy.RevocationMode = X509RevocationMode.NoCheck;
        policy.DisableCertificateDownloads = true;
        policy.VerificationTime = now.UtcDateTime;
        foreach (var extra in x5c.Skip(1))
        {
            policy.ExtraStore.Add(extra);
        }

        try
        {
            return chain.Build(x5c[0]);
        }
        finally
        {
            foreach (var element in chain.ChainElements)
            {
                if (!ReferenceEquals(element.Certificate, anchor) && !x5c.Contains(element.Certificate))
                {
                    element.Certificate.Dispose();
                }
            }
        }
    }

    private static Finding Invalid(string pointer, string message) => Finding.Error(FindingCodes.TrustListSignatureInvalid, pointer, message);
}
