using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// The JAdES <c>kid</c> (ETSI TS 119 182-1 §5.1.4): the base64 DER of an RFC 5035 <c>IssuerSerial</c>, that is
/// SEQUENCE { issuer GeneralNames (one directoryName), serialNumber INTEGER } of the signing certificate.
/// </summary>
internal static class IssuerSerial
{
    private static readonly Asn1Tag DirectoryName = new(TagClass.ContextSpecific, 4, isConstructed: true);

    /// <summary>The base64 (not base64url) DER IssuerSerial of the certificate.</summary>
    public static string Encode(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                // GeneralName directoryName [4] Name: Name is a CHOICE, so the tag is explicit (RFC 5280 §4.2.1.6).
                using (writer.PushSequence(DirectoryName))
                {
                    writer.WriteEncodedValue(certificate.IssuerName.RawData);
                }
            }

            writer.WriteInteger(certificate.SerialNumberBytes.Span);
        }

        return Convert.ToBase64String(writer.Encode());
    }

    /// <summary>True when <paramref name="kid"/> is the strict base64 DER IssuerSerial of <paramref name="certificate"/>.</summary>
    public static bool Matches(string kid, X509Certificate2 certificate)
    {
        byte[] der;
        try
        {
            der = Convert.FromBase64String(kid);
        }
        catch (FormatException)
        {
            return false;
        }

        if (der.Length == 0 || Convert.ToBase64String(der) != kid)
        {
            return false;
        }

        try
        {
            var reader = new AsnReader(der, AsnEncodingRules.DER);
            var sequence = reader.ReadSequence();
            reader.ThrowIfNotEmpty();
            var names = sequence.ReadSequence();
            var directory = names.ReadSequence(DirectoryName);
            names.ThrowIfNotEmpty();
            var issuer = directory.ReadEncodedValue();
            directory.ThrowIfNotEmpty();
            var serial = sequence.ReadIntegerBytes();

            // issuerUID is OPTIONAL in RFC 5035 and never used by X.509 v3 certificates of this network.
            sequence.ThrowIfNotEmpty();
            return issuer.Span.SequenceEqual(certificate.IssuerName.RawData) && serial.Span.SequenceEqual(certificate.SerialNumberBytes.Span);
        }
        catch (AsnContentException)
        {
            return false;
        }
    }
}
