using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Testing;

/// <summary>
/// Generates TEST-ONLY key material for one authority (specification §8, <c>mlat keys generate</c>): a self-signed test root
/// CA, a signer certificate naming the authority (organizationIdentifier, ETSI EN 319 412-1), its PKCS#8 private key,
/// and a trust list marked <c>testOnly</c>. Every subject says TEST ONLY; never use the output in production. The
/// signer certificate is dual-use (signature plus keyAgreement or keyEncipherment) so it can also receive JWEs.
/// </summary>
public static class TestPki
{
    /// <summary>Generates a test CA, signer chain, key and trust list.</summary>
    /// <param name="country">The authority's country.</param>
    /// <param name="authorityId">The authority id, <c>CC:local-id</c>, whose country part is <paramref name="country"/>.</param>
    /// <param name="algorithm">ES256 (P-256), ES384 (P-384), PS256 or PS384 (RSA 3072).</param>
    /// <param name="roles">Roles the trust list allows; all three when null.</param>
    /// <param name="timeProvider">The clock for validity periods; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="crlDistributionPoint">
    /// When set, the signer certificate names this URI as its CRL distribution point (RFC 5280 §4.2.1.13), where the
    /// root's CRL (<see cref="TestPkiBundle.CreateCrl"/>) can be served, for example over loopback in a test.
    /// </param>
    /// <returns>The material; dispose it to release the keys.</returns>
    /// <exception cref="ArgumentException">The authority id or algorithm is not valid.</exception>
    public static TestPkiBundle Generate(CountryCode country, string authorityId, string algorithm = JwsAlgorithms.ES256, IReadOnlyList<SignerRole>? roles = null, TimeProvider? timeProvider = null, Uri? crlDistributionPoint = null)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        var now = (timeProvider ?? TimeProvider.System).GetUtcNow();
        return Generate(country, authorityId, algorithm, roles, now.AddDays(-1), now.AddYears(2), crlDistributionPoint: crlDistributionPoint);
    }

    internal static TestPkiBundle Generate(
        CountryCode country,
        string authorityId,
        string algorithm,
        IReadOnlyList<SignerRole>? roles,
        DateTimeOffset notBefore,
        DateTimeOffset notAfter,
        X509KeyUsageFlags? signerUsage = null,
        int? rsaBits = null,
        Uri? crlDistributionPoint = null)
    {
        // Test identities are dual-use so one generated authority can both sign and receive encrypted messages
        // (specification §9); production certificates separate the two.
        var usage = signerUsage ?? (X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation
            | (algorithm.StartsWith("ES", StringComparison.Ordinal) ? X509KeyUsageFlags.KeyAgreement : X509KeyUsageFlags.KeyEncipherment));
        ArgumentNullException.ThrowIfNull(authorityId);
        if (!TrustList.AuthorityIdPattern().IsMatch(authorityId) || !authorityId.StartsWith(country + ":", StringComparison.Ordinal))
        {
            throw new ArgumentException("The authority id must be CC:local-id with the given country.", nameof(authorityId));
        }

        if (!JwsAlgorithms.Signing.Contains(algorithm))
        {
            throw new ArgumentException("The SDK signs with ES256, ES384, PS256 or PS384 only.", nameof(algorithm));
        }

        using var rootKey = NewKey(algorithm, rsaBits);
        var signerKey = NewKey(algorithm, rsaBits);
        X509Certificate2? rootWithKey = null;
        try
        {
            var rootName = Name(country, "MLAT TEST ONLY Root CA " + country, organizationIdentifier: null);
            var rootRequest = Request(rootName, rootKey, algorithm);
            rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
            rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            rootRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(rootRequest.PublicKey, false));
            rootWithKey = rootRequest.CreateSelfSigned(notBefore.AddDays(-1), notAfter.AddYears(8));
            var root = X509CertificateLoader.LoadCertificate(rootWithKey.RawData);

            var signerName = Name(country, "MLAT TEST ONLY signer " + authorityId, authorityId);
            var signerRequest = Request(signerName, signerKey, algorithm);
            signerRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            signerRequest.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
            signerRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(signerRequest.PublicKey, false));
            signerRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(rootWithKey, true, false));
            if (crlDistributionPoint is not null)
            {
                signerRequest.CertificateExtensions.Add(CertificateRevocationListBuilder.BuildCrlDistributionPointExtension([crlDistributionPoint.AbsoluteUri]));
            }

            var serial = new byte[16];
            RandomNumberGenerator.Fill(serial);
            serial[0] &= 0x7F;
            var signer = signerRequest.Create(rootWithKey, notBefore, notAfter, serial);

            var trustList = TrustList.Create(
                [new TrustListCountry(country, [root], [new TrustedAuthority(authorityId, roles ?? [SignerRole.Issuing, SignerRole.Validating, SignerRole.Executing])])],
                testOnly: true);
            return new TestPkiBundle(root, rootWithKey, signer, signerKey, algorithm, trustList);
        }
        catch
        {
            signerKey.Dispose();
            rootWithKey?.Dispose();
            throw;
        }
    }

    private static AsymmetricAlgorithm NewKey(string algorithm, int? rsaBits) => algorithm switch
    {
        JwsAlgorithms.ES256 => ECDsa.Create(ECCurve.NamedCurves.nistP256),
        JwsAlgorithms.ES384 => ECDsa.Create(ECCurve.NamedCurves.nistP384),
        _ => RSA.Create(rsaBits ?? JwsAlgorithms.MinimumSigningRsaBits),
    };

    private static CertificateRequest Request(X500DistinguishedName name, AsymmetricAlgorithm key, string algorithm) => key switch
    {
        ECDsa ec => new CertificateRequest(name, ec, JwsAlgorithms.Hash(algorithm)),
        RSA rsa => new CertificateRequest(name, rsa, JwsAlgorithms.Hash(algorithm), RSASignaturePadding.Pkcs1),
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    private static X500DistinguishedName Name(CountryCode country, string commonName, string? organizationIdentifier)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCountryOrRegion(country.ToString());
        builder.AddOrganizationName("MLAT TEST ONLY");
        if (organizationIdentifier is not null)
        {
            // ETSI EN 319 412-1 §5.1.4 organizationIdentifier carries the authority id the trust list names.
            builder.Add("2.5.4.97", organizationIdentifier, UniversalTagNumber.UTF8String);
        }

        builder.AddCommonName(commonName);
        return builder.Build();
    }
}

/// <summary>TEST-ONLY key material made by <see cref="TestPki.Generate(CountryCode, string, string, IReadOnlyList{SignerRole}?, TimeProvider?, Uri?)"/>.</summary>
public sealed class TestPkiBundle : IDisposable
{
    private readonly X509Certificate2 _rootWithKey;
    private long _crlNumber;

    internal TestPkiBundle(X509Certificate2 root, X509Certificate2 rootWithKey, X509Certificate2 signer, AsymmetricAlgorithm signerKey, string algorithm, TrustList trustList)
    {
        RootCertificate = root;
        _rootWithKey = rootWithKey;
        SignerCertificate = signer;
        SignerKey = signerKey;
        Algorithm = algorithm;
        TrustList = trustList;
    }

    /// <summary>The test root CA certificate (the trust anchor).</summary>
    public X509Certificate2 RootCertificate { get; }

    /// <summary>The signer certificate, issued by the root.</summary>
    public X509Certificate2 SignerCertificate { get; }

    /// <summary>The signer's private key.</summary>
    public AsymmetricAlgorithm SignerKey { get; }

    /// <summary>The JWS algorithm the key signs with.</summary>
    public string Algorithm { get; }

    /// <summary>A trust list (marked testOnly) with the root as anchor for the authority.</summary>
    public TrustList TrustList { get; }

    /// <summary>The signer's PKCS#8 private key as PEM (<c>PRIVATE KEY</c>).</summary>
    public string SignerKeyPkcs8Pem => PemEncoding.WriteString("PRIVATE KEY", SignerKey.ExportPkcs8PrivateKey());

    /// <summary>The signer chain as PEM, leaf first, then the root.</summary>
    public string SignerChainPem => SignerCertificate.ExportCertificatePem() + "\n" + RootCertificate.ExportCertificatePem() + "\n";

    /// <summary>The root certificate as PEM.</summary>
    public string RootCertificatePem => RootCertificate.ExportCertificatePem() + "\n";

    /// <summary>A signing key over this material (the bundle keeps ownership of the key and certificates).</summary>
    /// <returns>The signing key.</returns>
    public SigningKey CreateSigningKey() => SigningKey.Create(SignerKey, [SignerCertificate, RootCertificate], Algorithm);

    /// <summary>
    /// Writes <c>test-only-ca.cert.pem</c>, <c>test-only-signer.chain.pem</c>, <c>test-only-signer.key.pem</c> and
    /// <c>test-only-trust-list.json</c> into a directory (created if needed), overwriting files of those names.
    /// </summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The paths written.</returns>
    public IReadOnlyList<string> WriteTo(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var files = new (string Name, byte[] Bytes)[]
        {
            ("test-only-ca.cert.pem", Encoding.ASCII.GetBytes(RootCertificatePem)),
            ("test-only-signer.chain.pem", Encoding.ASCII.GetBytes(SignerChainPem)),
            ("test-only-signer.key.pem", Encoding.ASCII.GetBytes(SignerKeyPkcs8Pem + "\n")),
            ("test-only-trust-list.json", TrustList.ToJson()),
        };
        var paths = new List<string>();
        foreach (var (name, bytes) in files)
        {
            var path = Path.Combine(directory, name);
            File.WriteAllBytes(path, bytes);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>
    /// Issues a DER X.509 v2 CRL of the test root (RFC 5280 §5), signed with the root's key, listing the given
    /// certificates as revoked; each call has the next CRL number.
    /// </summary>
    /// <param name="revoked">The certificates issued by the root to list, each with its revocation time.</param>
    /// <param name="thisUpdate">The CRL's issue time.</param>
    /// <param name="nextUpdate">When the next CRL is due; a verifier treats the CRL as expired after it.</param>
    /// <returns>The DER CRL.</returns>
    public byte[] CreateCrl(IEnumerable<(X509Certificate2 Certificate, DateTimeOffset RevokedAt)> revoked, DateTimeOffset thisUpdate, DateTimeOffset nextUpdate)
    {
        ArgumentNullException.ThrowIfNull(revoked);
        var builder = new CertificateRevocationListBuilder();
        foreach (var (certificate, at) in revoked)
        {
            builder.AddEntry(certificate, at, X509RevocationReason.KeyCompromise);
        }

        var hash = Algorithm is JwsAlgorithms.ES384 or JwsAlgorithms.PS384 ? HashAlgorithmName.SHA384 : HashAlgorithmName.SHA256;
        using var rsa = _rootWithKey.GetRSAPrivateKey();
        var padding = rsa is null ? null : RSASignaturePadding.Pkcs1;
        return builder.Build(_rootWithKey, Interlocked.Increment(ref _crlNumber), nextUpdate, hash, padding, thisUpdate);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _rootWithKey.Dispose();
        SignerKey.Dispose();
        SignerCertificate.Dispose();
        RootCertificate.Dispose();
    }
}
