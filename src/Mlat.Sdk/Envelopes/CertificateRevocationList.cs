using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// A DER X.509 v2 CRL (RFC 5280 §5) read with System.Formats.Asn1: issuer, thisUpdate, nextUpdate and the revoked
/// serial numbers with their revocation dates. A CRL the SDK cannot judge completely — a critical extension it does not
/// know (issuingDistributionPoint, deltaCRLIndicator, an entry's certificateIssuer: partial, delta and indirect CRLs),
/// no nextUpdate, a signature algorithm other than ECDSA or RSA PKCS#1 v1.5 with SHA-2 — is not usable, so the status
/// it would give stays unknown rather than guessed. Immutable.
/// </summary>
internal sealed class CertificateRevocationList
{
    private const int MaxEntries = 1_000_000;
    private const string CrlNumberOid = "2.5.29.20";
    private const string AuthorityKeyIdentifierOid = "2.5.29.35";
    private const string ReasonCodeOid = "2.5.29.21";
    private const string InvalidityDateOid = "2.5.29.24";

    private readonly byte[] _tbs;
    private readonly byte[] _signature;
    private readonly string _algorithm;
    private readonly Dictionary<string, DateTimeOffset> _revoked;

    private CertificateRevocationList(byte[] tbs, byte[] signature, string algorithm, byte[] issuer, DateTimeOffset thisUpdate, DateTimeOffset nextUpdate, Dictionary<string, DateTimeOffset> revoked)
    {
        _tbs = tbs;
        _signature = signature;
        _algorithm = algorithm;
        Issuer = issuer;
        ThisUpdate = thisUpdate;
        NextUpdate = nextUpdate;
        _revoked = revoked;
    }

    /// <summary>The DER of the issuer name.</summary>
    public byte[] Issuer { get; }

    public DateTimeOffset ThisUpdate { get; }

    public DateTimeOffset NextUpdate { get; }

    /// <summary>Reads a DER CRL; null when it is not one or cannot be judged completely (see the class remarks).</summary>
    public static CertificateRevocationList? TryRead(ReadOnlyMemory<byte> der)
    {
        try
        {
            var outer = new AsnReader(der, AsnEncodingRules.DER);
            var list = outer.ReadSequence();
            outer.ThrowIfNotEmpty();
            var tbsBytes = list.PeekEncodedValue().ToArray();
            var tbs = list.ReadSequence();
            var algorithm = ReadAlgorithm(list);
            var signature = list.ReadBitString(out var unused);
            list.ThrowIfNotEmpty();
            if (unused != 0)
            {
                return null;
            }

            // RFC 5280 §5.1.2.1: a CRL with extensions is v2 (INTEGER 1).
            if (tbs.PeekTag().HasSameClassAndValue(Asn1Tag.Integer) && (!tbs.TryReadInt32(out var version) || version != 1))
            {
                return null;
            }

            // §5.1.1.2: the inner and outer signature algorithm are the same.
            if (ReadAlgorithm(tbs) != algorithm)
            {
                return null;
            }

            var issuer = tbs.ReadEncodedValue().ToArray();
            var thisUpdate = ReadTime(tbs);
            DateTimeOffset? nextUpdate = tbs.HasData && IsTime(tbs.PeekTag()) ? ReadTime(tbs) : null;
            var revoked = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            if (tbs.HasData && tbs.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
            {
                var entries = tbs.ReadSequence();
                while (entries.HasData)
                {
                    var entry = entries.ReadSequence();
                    var serial = Convert.ToHexString(entry.ReadIntegerBytes().Span);
                    var date = ReadTime(entry);
                    if (entry.HasData && !ExtensionsKnown(entry.ReadSequence(), ReasonCodeOid, InvalidityDateOid))
                    {
                        return null;
                    }

                    entry.ThrowIfNotEmpty();
                    if (revoked.Count >= MaxEntries)
                    {
                        return null;
                    }

                    // A serial listed twice keeps its earliest date.
                    if (!revoked.TryGetValue(serial, out var known) || date < known)
                    {
                        revoked[serial] = date;
                    }
                }
            }

            if (tbs.HasData)
            {
                var extensions = tbs.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true));
                if (!ExtensionsKnown(extensions.ReadSequence(), CrlNumberOid, AuthorityKeyIdentifierOid))
                {
                    return null;
                }

                extensions.ThrowIfNotEmpty();
            }

            tbs.ThrowIfNotEmpty();
            return nextUpdate is { } next ? new CertificateRevocationList(tbsBytes, signature, algorithm, issuer, thisUpdate, next, revoked) : null;
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Whether this CRL was issued by <paramref name="issuer"/>: its name, its signature, and (RFC 5280 §6.3.3 (f)) the cRLSign key usage.</summary>
    public bool IsIssuedBy(X509Certificate2 issuer)
    {
        if (!issuer.SubjectName.RawData.AsSpan().SequenceEqual(Issuer))
        {
            return false;
        }

        if (issuer.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is { } usage && !usage.KeyUsages.HasFlag(X509KeyUsageFlags.CrlSign))
        {
            return false;
        }

        try
        {
            switch (_algorithm)
            {
                case "1.2.840.10045.4.3.2" or "1.2.840.10045.4.3.3" or "1.2.840.10045.4.3.4":
                    using (var ec = issuer.GetECDsaPublicKey())
                    {
                        return ec is not null && ec.VerifyData(_tbs, _signature, Hash(_algorithm), DSASignatureFormat.Rfc3279DerSequence);
                    }

                case "1.2.840.113549.1.1.11" or "1.2.840.113549.1.1.12" or "1.2.840.113549.1.1.13":
                    using (var rsa = issuer.GetRSAPublicKey())
                    {
                        return rsa is not null && rsa.VerifyData(_tbs, _signature, Hash(_algorithm), RSASignaturePadding.Pkcs1);
                    }

                default:
                    return false;
            }
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>The revocation date of the certificate with this serial number, or null when this CRL does not list it.</summary>
    public DateTimeOffset? RevokedAt(X509Certificate2 certificate)
        => _revoked.TryGetValue(Convert.ToHexString(certificate.SerialNumberBytes.Span), out var date) ? date : null;

    /// <summary>The http and https URIs of a certificate's CRL distribution points (RFC 5280 §4.2.1.13), at most four.</summary>
    public static IReadOnlyList<Uri> DistributionPoints(X509Certificate2 certificate)
    {
        var found = new List<Uri>();
        if (certificate.Extensions["2.5.29.31"] is not { } extension)
        {
            return found;
        }

        try
        {
            var points = new AsnReader(extension.RawData, AsnEncodingRules.DER).ReadSequence();
            while (points.HasData && found.Count < 4)
            {
                var point = points.ReadSequence();
                if (!point.HasData || !point.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
                {
                    continue;
                }

                var name = point.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true));
                if (!name.HasData || !name.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
                {
                    continue;
                }

                var fullName = name.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true));
                while (fullName.HasData && found.Count < 4)
                {
                    var uriTag = new Asn1Tag(TagClass.ContextSpecific, 6);
                    if (!fullName.PeekTag().HasSameClassAndValue(uriTag))
                    {
                        fullName.ReadEncodedValue();
                        continue;
                    }

                    var text = fullName.ReadCharacterString(UniversalTagNumber.IA5String, uriTag);
                    if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                    {
                        found.Add(uri);
                    }
                }
            }
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException or ArgumentException)
        {
            // A distribution point that does not decode gives no source: the status is then unknown.
        }

        return found;
    }

    private static string ReadAlgorithm(AsnReader reader)
    {
        var sequence = reader.ReadSequence();
        var oid = sequence.ReadObjectIdentifier();
        if (sequence.HasData)
        {
            // RSA PKCS#1 v1.5 carries NULL; ECDSA nothing (RFC 5758 §3.2).
            sequence.ReadNull();
        }

        sequence.ThrowIfNotEmpty();
        return oid;
    }

    private static bool IsTime(Asn1Tag tag)
        => tag.HasSameClassAndValue(Asn1Tag.UtcTime) || tag.HasSameClassAndValue(Asn1Tag.GeneralizedTime);

    private static DateTimeOffset ReadTime(AsnReader reader)
        => reader.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) ? reader.ReadUtcTime() : reader.ReadGeneralizedTime();

    /// <summary>False when an extension is critical and not one of <paramref name="known"/>, or one repeats.</summary>
    private static bool ExtensionsKnown(AsnReader extensions, params string[] known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (extensions.HasData)
        {
            var extension = extensions.ReadSequence();
            var oid = extension.ReadObjectIdentifier();
            var critical = extension.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean) && extension.ReadBoolean();
            extension.ReadOctetString();
            extension.ThrowIfNotEmpty();
            if (!seen.Add(oid) || (critical && !known.Contains(oid)))
            {
                return false;
            }
        }

        return true;
    }

    private static HashAlgorithmName Hash(string oid) => oid switch
    {
        "1.2.840.10045.4.3.2" or "1.2.840.113549.1.1.11" => HashAlgorithmName.SHA256,
        "1.2.840.10045.4.3.3" or "1.2.840.113549.1.1.12" => HashAlgorithmName.SHA384,
        _ => HashAlgorithmName.SHA512,
    };
}
