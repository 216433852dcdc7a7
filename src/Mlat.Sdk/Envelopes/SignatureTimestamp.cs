using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// The unsigned part of a signature object and its signature time-stamp (JAdES baseline-B-T): <c>header</c> may hold
/// only <c>etsiU</c>, whose components (clear JSON objects, or all base64url strings as DSS writes them by default)
/// may only be one <c>sigTst</c> with one RFC 3161 token. The token's message imprint is over ASCII(<c>signature</c>),
/// the base64url JWS signature value (ETSI TS 119 182-1 §5.3.4).
/// </summary>
internal static class SignatureTimestamp
{
    private const string TimeStampingOid = "1.3.6.1.5.5.7.3.8";
    private const int MaxTokenBytes = 64 * 1024;

    /// <summary>True when the signature object's <c>header</c> has the allowed shape (checked in depth by <see cref="Read"/>).</summary>
    public static bool IsUnprotectedHeader(JsonElement header)
        => header.ValueKind == JsonValueKind.Object && header.EnumerateObject().Count() == 1
            && header.TryGetProperty("etsiU", out var etsiU) && etsiU.ValueKind == JsonValueKind.Array && etsiU.GetArrayLength() is > 0 and <= 16;

    /// <summary>Reads the <c>sigTst</c> token of a signature object; null token and null failure when there is none.</summary>
    public static byte[]? Read(JsonElement signatureObject, out bool malformed)
    {
        malformed = false;
        if (!signatureObject.TryGetProperty("header", out var header))
        {
            return null;
        }

        var etsiU = header.GetProperty("etsiU");
        var strings = etsiU[0].ValueKind == JsonValueKind.String;
        byte[]? token = null;
        foreach (var component in etsiU.EnumerateArray())
        {
            // TS 119 182-1 §5.3.1: all components clear JSON, or all base64url-encoded.
            JsonDocument? decoded = null;
            try
            {
                JsonElement item;
                if (strings)
                {
                    if (component.ValueKind != JsonValueKind.String || !Base64UrlStrict.TryDecode(component.GetString()!, out var json))
                    {
                        malformed = true;
                        return null;
                    }

                    try
                    {
                        decoded = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 8 });
                    }
                    catch (JsonException)
                    {
                        malformed = true;
                        return null;
                    }

                    item = decoded.RootElement;
                }
                else
                {
                    item = component;
                }

                if (item.ValueKind != JsonValueKind.Object || item.EnumerateObject().Count() != 1 || token is not null
                    || !item.TryGetProperty("sigTst", out var sigTst) || !TryReadToken(sigTst, out token))
                {
                    malformed = true;
                    return null;
                }
            }
            finally
            {
                decoded?.Dispose();
            }
        }

        return token;
    }

    private static bool TryReadToken(JsonElement sigTst, out byte[]? token)
    {
        token = null;
        if (sigTst.ValueKind != JsonValueKind.Object || !sigTst.TryGetProperty("tstTokens", out var tokens) || tokens.ValueKind != JsonValueKind.Array
            || tokens.GetArrayLength() != 1 || sigTst.EnumerateObject().Any(p => p.Name is not ("tstTokens" or "canonAlg")))
        {
            return false;
        }

        var first = tokens[0];
        if (first.ValueKind != JsonValueKind.Object || !first.TryGetProperty("val", out var val) || val.ValueKind != JsonValueKind.String
            || first.EnumerateObject().Any(p => p.Name is not ("val" or "type" or "encoding" or "specRef")))
        {
            return false;
        }

        var text = val.GetString()!;
        if (text.Length > MaxTokenBytes * 4 / 3 + 4)
        {
            return false;
        }

        try
        {
            token = Convert.FromBase64String(text);
            return token.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// Verifies a token over the signature value: the CMS signature and the TSA certificate (built to an anchor of the
    /// trust list at genTime, with id-kp-timeStamping), the message imprint, and genTime not before iat. Returns the
    /// failing code, or null and the proven time.
    /// </summary>
    public static string? Verify(byte[] token, string signatureText, TrustList trust, DateTimeOffset iat, TimeSpan skew, DateTimeOffset now, out DateTimeOffset genTime, out IReadOnlyList<byte[]> tsaPath)
    {
        genTime = default;
        tsaPath = [];
        if (!Rfc3161TimestampToken.TryDecode(token, out var decoded, out var consumed) || consumed != token.Length)
        {
            return FindingCodes.SigTstInvalid;
        }

        var info = decoded.TokenInfo;
        var hash = info.HashAlgorithmId.Value switch
        {
            "2.16.840.1.101.3.4.2.1" => HashAlgorithmName.SHA256,
            "2.16.840.1.101.3.4.2.2" => HashAlgorithmName.SHA384,
            "2.16.840.1.101.3.4.2.3" => HashAlgorithmName.SHA512,
            _ => default,
        };
        if (hash == default)
        {
            return FindingCodes.SigTstInvalid;
        }

        var imprint = CryptographicOperations.HashData(hash, Encoding.ASCII.GetBytes(signatureText));
        if (!CryptographicOperations.FixedTimeEquals(imprint, info.GetMessageHash().Span))
        {
            return FindingCodes.SigTstImprintMismatch;
        }

        X509Certificate2? signer = null;
        try
        {
            if (!decoded.VerifySignatureForHash(imprint, hash, out signer, null) || signer is null)
            {
                return FindingCodes.SigTstInvalid;
            }

            genTime = info.Timestamp;
            if (genTime < iat - skew || genTime > now + skew)
            {
                return FindingCodes.SigTstInvalid;
            }

            return TsaTrusted(signer, trust, genTime, out tsaPath) ? null : FindingCodes.TrustTsaUntrusted;
        }
        catch (CryptographicException)
        {
            return FindingCodes.SigTstInvalid;
        }
        finally
        {
            signer?.Dispose();
        }
    }

    /// <summary>Whether the TSA certificate is one and chains to the trust list; <paramref name="path"/> is the chain, leaf first.</summary>
    private static bool TsaTrusted(X509Certificate2 tsa, TrustList trust, DateTimeOffset at, out IReadOnlyList<byte[]> path)
    {
        path = [];
        // RFC 3161 §2.3: the TSA certificate has exactly one extended key usage, id-kp-timeStamping, marked critical.
        if (tsa.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault() is not { Critical: true } eku
            || eku.EnhancedKeyUsages.Count != 1 || eku.EnhancedKeyUsages[0].Value != TimeStampingOid)
        {
            return false;
        }

        using var chain = new X509Chain();
        var policy = chain.ChainPolicy;
        policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        foreach (var anchor in trust.Countries.SelectMany(c => c.Anchors))
        {
            policy.CustomTrustStore.Add(anchor);
        }

        policy.RevocationMode = X509RevocationMode.NoCheck;
        policy.DisableCertificateDownloads = true;
        policy.VerificationTime = at.UtcDateTime;
        policy.ApplicationPolicy.Add(new Oid(TimeStampingOid));
        try
        {
            if (!chain.Build(tsa))
            {
                return false;
            }

            path = [.. chain.ChainElements.Select(e => e.Certificate.RawData)];
            return true;
        }
        finally
        {
            foreach (var element in chain.ChainElements)
            {
                if (!ReferenceEquals(element.Certificate, tsa) && !policy.CustomTrustStore.Contains(element.Certificate))
                {
                    element.Certificate.Dispose();
                }
            }
        }
    }
}
