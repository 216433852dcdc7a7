using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Mlat.Sdk.TestSupport;

/// <summary>
/// A TEST-ONLY RFC 3161 time-stamping authority: its own test root CA and a TSA certificate (critical extended key usage
/// id-kp-timeStamping, RFC 3161 §2.3), issuing tokens whose TSTInfo is built with System.Formats.Asn1 and signed with
/// SignedCms (ESS signingCertificateV2, RFC 5816). <see cref="Serve"/> answers time-stamp requests over loopback HTTP
/// (RFC 3161 §3.4, application/timestamp-query → application/timestamp-reply).
/// </summary>
public sealed class TestTimestampAuthority : IDisposable
{
    private const string TstInfoOid = "1.2.840.113549.1.9.16.1.4";
    private const string TimeStampingOid = "1.3.6.1.5.5.7.3.8";
    private const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";
    private static readonly Oid Policy = new("1.3.6.1.4.1.99999.1.1", "MLAT TEST ONLY TSA policy");

    private readonly X509Certificate2 _tsaWithKey;
    private readonly X509Certificate2 _rootWithKey;
    private long _crlNumber;
    private readonly Func<DateTimeOffset> _now;
    private long _serial;

    /// <summary>Creates the authority and its certificates.</summary>
    /// <param name="now">The clock for genTime and the validity periods.</param>
    /// <param name="name">A name in the certificates' common names.</param>
    /// <param name="crlDistributionPoint">When set, the TSA certificate names it as its CRL distribution point.</param>
    public TestTimestampAuthority(Func<DateTimeOffset> now, string name = "MLAT TEST ONLY TSA", Uri? crlDistributionPoint = null)
    {
        ArgumentNullException.ThrowIfNull(now);
        _now = now;
        var start = now();
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rootRequest = new CertificateRequest("CN=" + name + " Root CA, O=MLAT TEST ONLY", rootKey, HashAlgorithmName.SHA256);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        rootRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(rootRequest.PublicKey, false));
        var root = rootRequest.CreateSelfSigned(start.AddYears(-5), start.AddYears(10));
        _rootWithKey = root;
        RootCertificate = X509CertificateLoader.LoadCertificate(root.RawData);

        using var tsaKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var tsaRequest = new CertificateRequest("CN=" + name + ", O=MLAT TEST ONLY", tsaKey, HashAlgorithmName.SHA256);
        tsaRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        tsaRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        tsaRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(TimeStampingOid)], true));
        tsaRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, true, false));
        if (crlDistributionPoint is not null)
        {
            tsaRequest.CertificateExtensions.Add(CertificateRevocationListBuilder.BuildCrlDistributionPointExtension([crlDistributionPoint.AbsoluteUri]));
        }

        using var tsa = tsaRequest.Create(root, start.AddYears(-4), start.AddYears(9), [0x3a, 0x01]);
        _tsaWithKey = tsa.CopyWithPrivateKey(tsaKey);
        Certificate = X509CertificateLoader.LoadCertificate(tsa.RawData);
    }

    /// <summary>The authority's root CA certificate: put it in a trust list for the tokens to be trusted.</summary>
    public X509Certificate2 RootCertificate { get; }

    /// <summary>The TSA's signing certificate.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Issues a DER time-stamp token (a CMS SignedData ContentInfo) over a message hash.</summary>
    /// <param name="messageHash">The hash of the time-stamped data.</param>
    /// <param name="hashAlgorithm">The hash algorithm's OID.</param>
    /// <param name="nonce">The request's nonce, echoed in the token; null for none.</param>
    /// <param name="genTime">The time to state; the clock's time when null.</param>
    public byte[] Issue(ReadOnlySpan<byte> messageHash, Oid hashAlgorithm, ReadOnlyMemory<byte>? nonce = null, DateTimeOffset? genTime = null)
    {
        ArgumentNullException.ThrowIfNull(hashAlgorithm);
        var n = Interlocked.Increment(ref _serial);
        byte[] serial = [0x01, (byte)(n >> 16), (byte)(n >> 8), (byte)n];
        var info = new Rfc3161TimestampTokenInfo(Policy, hashAlgorithm, messageHash.ToArray(), serial,
            genTime ?? _now(), accuracyInMicroseconds: 1_000_000, isOrdering: false, nonce: nonce);
        var content = new ContentInfo(new Oid(TstInfoOid), info.Encode());
        var cms = new SignedCms(content, detached: false);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, _tsaWithKey)
        {
            IncludeOption = X509IncludeOption.EndCertOnly,
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
        };
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2Oid, SigningCertificateV2(Certificate)));
        cms.ComputeSignature(signer);
        return cms.Encode();
    }

    /// <summary>Answers one DER TimeStampReq with a DER TimeStampResp (status granted), or null when it is not one.</summary>
    public byte[]? Respond(byte[] request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Rfc3161TimestampRequest.TryDecode(request, out var parsed, out var consumed) || consumed != request.Length)
        {
            return null;
        }

        var token = Issue(parsed.GetMessageHash().Span, parsed.HashAlgorithmId, parsed.GetNonce());
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteInteger(0); // PKIStatus granted
            }

            writer.WriteEncodedValue(token);
        }

        return writer.Encode();
    }

    /// <summary>Serves the authority at <c>tsa</c> on the server; returns its URL.</summary>
    public Uri Serve(LoopbackHttpServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return server.Map("tsa", body => Respond(body) is { } reply ? ("application/timestamp-reply", reply) : null);
    }

    // RFC 5816 SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 with the default
    // algorithm SHA-256 omitted (DER) and the certificate's hash.
    private static byte[] SigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteOctetString(SHA256.HashData(certificate.RawData));
                }
            }
        }

        return writer.Encode();
    }

    /// <summary>Issues a DER CRL of the authority's root, listing the TSA certificate as revoked at <paramref name="tsaRevokedAt"/> when set.</summary>
    public byte[] CreateCrl(DateTimeOffset thisUpdate, DateTimeOffset nextUpdate, DateTimeOffset? tsaRevokedAt = null)
    {
        var builder = new CertificateRevocationListBuilder();
        if (tsaRevokedAt is { } at)
        {
            builder.AddEntry(Certificate, at, X509RevocationReason.KeyCompromise);
        }

        return builder.Build(_rootWithKey, Interlocked.Increment(ref _crlNumber), nextUpdate, HashAlgorithmName.SHA256, null, thisUpdate);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _rootWithKey.Dispose();
        _tsaWithKey.Dispose();
        Certificate.Dispose();
        RootCertificate.Dispose();
    }
}
