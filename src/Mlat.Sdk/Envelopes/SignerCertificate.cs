using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// Loads what a verifier needs from a certificate taken from a protected header (<c>x5c</c>), as hostile input: every
/// decoding step is inside this class and ends in a finding code, never in a <see cref="CryptographicException"/>
/// (docs/security.md, "Certificates from the message").
/// </summary>
internal static class SignerCertificate
{
    private const string EcPublicKeyOid = "1.2.840.10045.2.1";
    private const string RsaEncryptionOid = "1.2.840.113549.1.1.1";
    private const string OrganizationIdentifierOid = "2.5.4.97";

    /// <summary>The authority id a certificate names in its subject's <c>organizationIdentifier</c> (specification §8), or null.</summary>
    public static string? AuthorityOf(X509Certificate2 certificate)
    {
        foreach (var rdn in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            if (rdn.HasMultipleElements || rdn.GetSingleElementType().Value != OrganizationIdentifierOid)
            {
                continue;
            }

            var value = rdn.GetSingleElementValue();
            return value is not null && TrustList.AuthorityIdPattern().IsMatch(value) ? value : null;
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="der"/> is one certificate in DER (X.690 §10) and nothing else: read with the DER rules
    /// (definite, minimal lengths), re-encoded element by element (SET OF sorted), compared byte for byte. This refuses
    /// trailing bytes, BER and base64 of PEM text, which the platform loader accepts — and for which <c>x5t#S256</c>
    /// would not be the thumbprint of the certificate actually used.
    /// </summary>
    public static bool IsDer(byte[] der)
    {
        try
        {
            var outer = new AsnReader(der, AsnEncodingRules.DER);
            if (!outer.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
            {
                return false;
            }

            var certificate = outer.ReadEncodedValue();
            if (outer.HasData)
            {
                return false;
            }

            var writer = new AsnWriter(AsnEncodingRules.DER);
            ReEncode(new AsnReader(certificate, AsnEncodingRules.DER), writer);
            return writer.EncodedValueEquals(der);
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    private static void ReEncode(AsnReader reader, AsnWriter writer, int depth = 0)
    {
        // A certificate nests about ten levels; a hostile one gets no more than 32.
        if (depth > 32)
        {
            throw new AsnContentException();
        }

        while (reader.HasData)
        {
            var tag = reader.PeekTag();
            if (!tag.IsConstructed)
            {
                writer.WriteEncodedValue(reader.ReadEncodedValue().Span);
                continue;
            }

            if (tag.TagClass == TagClass.Universal && tag.TagValue != (int)UniversalTagNumber.Sequence && tag.TagValue != (int)UniversalTagNumber.Set)
            {
                // DER forbids the constructed forms of strings (X.690 §10.2).
                throw new AsnContentException();
            }

            if (tag.HasSameClassAndValue(Asn1Tag.SetOf))
            {
                var inner = reader.ReadSetOf(skipSortOrderValidation: true);
                using (writer.PushSetOf())
                {
                    ReEncode(inner, writer, depth + 1);
                }
            }
            else
            {
                var inner = reader.ReadSequence(tag);
                using (writer.PushSequence(tag))
                {
                    ReEncode(inner, writer, depth + 1);
                }
            }
        }
    }

    /// <summary>
    /// Loads the public key and checks it is the key <paramref name="alg"/> needs: for ES256/ES384/ES512 an EC key on
    /// the named curve P-256/P-384/P-521 (RFC 7518 §3.4: the curve is part of the algorithm, so brainpool or secp256k1
    /// of the same size is refused); for PS*/RS* an RSA key with an odd modulus and an odd exponent above 1.
    /// </summary>
    /// <returns>The key, or null with <paramref name="code"/>: <c>MLAT-SIG-ALG-KEY-MISMATCH</c> for a key of another
    /// type or curve, <c>MLAT-SIG-KEY-INVALID</c> for one that does not decode or is not a valid key.</returns>
    public static AsymmetricAlgorithm? LoadKey(X509Certificate2 certificate, string alg, out string? code)
    {
        code = null;
        string keyOid;
        byte[] parameters;
        try
        {
            keyOid = certificate.PublicKey.Oid?.Value ?? string.Empty;
            parameters = certificate.PublicKey.EncodedParameters?.RawData ?? [];
        }
        catch (CryptographicException)
        {
            code = FindingCodes.SigKeyInvalid;
            return null;
        }

        if (JwsAlgorithms.IsEcdsa(alg))
        {
            if (keyOid != EcPublicKeyOid || NamedCurve(parameters) != JwsAlgorithms.CurveOid(alg))
            {
                code = FindingCodes.SigAlgKeyMismatch;
                return null;
            }
        }
        else if (keyOid != RsaEncryptionOid)
        {
            code = FindingCodes.SigAlgKeyMismatch;
            return null;
        }

        AsymmetricAlgorithm? key = null;
        try
        {
            // The SubjectPublicKeyInfo is read directly, whatever key usage says, so that key usage gets its own finding.
            if (!JwsAlgorithms.IsEcdsa(alg) && !IsSaneRsaPublicKey(certificate.PublicKey.EncodedKeyValue.RawData))
            {
                code = FindingCodes.SigKeyInvalid;
                return null;
            }

            key = JwsAlgorithms.IsEcdsa(alg) ? certificate.PublicKey.GetECDsaPublicKey() : certificate.PublicKey.GetRSAPublicKey();
            if (key is null)
            {
                code = FindingCodes.SigKeyInvalid;
            }

            return key;
        }
        catch (CryptographicException)
        {
            // An EC point off the curve, an RSA modulus or exponent that does not decode: the platform refuses the key.
            key?.Dispose();
            code = FindingCodes.SigKeyInvalid;
            return null;
        }
    }

    /// <summary>
    /// True when the certificate's key usage allows signatures and it is not a CA certificate (RFC 5280 §4.2.1.3,
    /// §4.2.1.9); null when either extension does not decode.
    /// </summary>
    public static bool? MaySign(X509Certificate2 certificate)
    {
        try
        {
            foreach (var extension in certificate.Extensions)
            {
                switch (extension)
                {
                    case X509KeyUsageExtension usage when (usage.KeyUsages & (X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation)) == 0:
                        return false;
                    case X509BasicConstraintsExtension { CertificateAuthority: true }:
                        return false;
                }
            }

            return true;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>
    /// RFC 8017 §3.1 RSAPublicKey in DER: a positive odd modulus of at least 512 bits and an odd exponent of at least 3,
    /// checked here because some platforms import nonsense (a negative modulus, an even exponent) without a word.
    /// </summary>
    private static bool IsSaneRsaPublicKey(byte[] rsaPublicKey)
    {
        try
        {
            var outer = new AsnReader(rsaPublicKey, AsnEncodingRules.DER);
            var sequence = outer.ReadSequence();
            var modulus = sequence.ReadInteger();
            var exponent = sequence.ReadInteger();
            return !outer.HasData && !sequence.HasData
                && modulus.Sign > 0 && !modulus.IsEven && modulus.GetBitLength() >= 512
                && exponent >= 3 && !exponent.IsEven;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    private static string? NamedCurve(byte[] parameters)
    {
        try
        {
            var reader = new AsnReader(parameters, AsnEncodingRules.DER);
            var oid = reader.ReadObjectIdentifier();
            return reader.HasData ? null : oid;
        }
        catch (AsnContentException)
        {
            // Explicit curve parameters (RFC 5480 §2.1.1 forbids them) or garbage.
            return null;
        }
    }
}
