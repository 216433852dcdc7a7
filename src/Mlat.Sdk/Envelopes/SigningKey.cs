using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// A signer's private key, its certificate chain (leaf first) and the JWS algorithm it signs with. The key may be any
/// <see cref="ECDsa"/> or <see cref="RSA"/> the caller holds — including one backed by an HSM or smart card, whose
/// private part never leaves it — or be loaded from PKCS#8 PEM. Immutable; as safe to share between threads as the key
/// it wraps (the .NET ECDsa and RSA implementations are).
/// </summary>
public sealed class SigningKey : IDisposable
{
    private readonly bool _ownsKey;

    private SigningKey(AsymmetricAlgorithm key, IReadOnlyList<X509Certificate2> chain, string algorithm, bool ownsKey)
    {
        Key = key;
        Chain = chain;
        Algorithm = algorithm;
        _ownsKey = ownsKey;
    }

    /// <summary>The private key.</summary>
    public AsymmetricAlgorithm Key { get; }

    /// <summary>The certificate chain, leaf first, as it goes into <c>x5c</c>.</summary>
    public IReadOnlyList<X509Certificate2> Chain { get; }

    /// <summary>The leaf certificate: the one whose public key verifies the signature.</summary>
    public X509Certificate2 Certificate => Chain[0];

    /// <summary>The JWS algorithm (<see cref="JwsAlgorithms.Signing"/>).</summary>
    public string Algorithm { get; }

    // What every protected header repeats about the key, computed once per key rather than per signature (issue 17).
    // The chain is fixed at creation, so a race computes the same value twice at worst.
    private IReadOnlyList<byte[]>? _x5c;
    private string? _kid;

    /// <summary>The DER of the chain, leaf first: the <c>x5c</c> of every header this key signs.</summary>
    internal IReadOnlyList<byte[]> ChainDer => _x5c ??= [.. Chain.Select(c => c.RawData)];

    /// <summary>The JAdES <c>kid</c> of the leaf (<see cref="IssuerSerial"/>).</summary>
    internal string Kid => _kid ??= IssuerSerial.Encode(Certificate);

    /// <summary>
    /// Wraps a key the caller holds. The caller keeps ownership of <paramref name="key"/> and of the certificates.
    /// </summary>
    /// <param name="key">An <see cref="ECDsa"/> or <see cref="RSA"/> private key (RSA at least 3072 bits).</param>
    /// <param name="chain">Certificates, leaf first; the leaf's public key must be the public half of <paramref name="key"/>.</param>
    /// <param name="algorithm">ES256, ES384, PS256 or PS384; null picks ES256/ES384 by curve for ECDSA and PS256 for RSA.</param>
    /// <exception cref="ArgumentException">The key, chain and algorithm do not fit together.</exception>
    public static SigningKey Create(AsymmetricAlgorithm key, IReadOnlyList<X509Certificate2> chain, string? algorithm = null)
        => Create(key, chain, algorithm, ownsKey: false);

    /// <summary>Loads a PKCS#8 PEM private key (<c>PRIVATE KEY</c>) and a PEM certificate chain, leaf first.</summary>
    /// <param name="pkcs8Pem">The PEM text of an unencrypted PKCS#8 private key.</param>
    /// <param name="certificateChainPem">One or more PEM <c>CERTIFICATE</c> blocks, the signer's certificate first.</param>
    /// <param name="algorithm">As for <see cref="Create(AsymmetricAlgorithm, IReadOnlyList{X509Certificate2}, string?)"/>.</param>
    /// <exception cref="ArgumentException">The PEM text cannot be read, or the key, chain and algorithm do not fit.</exception>
    public static SigningKey FromPem(string pkcs8Pem, string certificateChainPem, string? algorithm = null)
    {
        ArgumentNullException.ThrowIfNull(pkcs8Pem);
        ArgumentNullException.ThrowIfNull(certificateChainPem);
        var chain = ReadCertificates(certificateChainPem);
        if (chain.Count == 0)
        {
            throw new ArgumentException("The certificate chain PEM holds no CERTIFICATE block.", nameof(certificateChainPem));
        }

        AsymmetricAlgorithm key;
        try
        {
            key = chain[0].GetKeyAlgorithm() == "1.2.840.10045.2.1" ? ImportEc(pkcs8Pem) : ImportRsa(pkcs8Pem);
        }
        catch (CryptographicException e)
        {
            throw new ArgumentException("The private key PEM is not a readable PKCS#8 key of the certificate's type.", nameof(pkcs8Pem), e);
        }

        try
        {
            return Create(key, chain, algorithm, ownsKey: true);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>Reads every <c>CERTIFICATE</c> block of a PEM text, in order.</summary>
    /// <param name="pem">PEM text.</param>
    /// <returns>The certificates; empty when there is none.</returns>
    /// <exception cref="ArgumentException">A <c>CERTIFICATE</c> block does not hold a readable X.509 certificate.</exception>
    public static IReadOnlyList<X509Certificate2> ReadCertificates(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var list = new List<X509Certificate2>();
        var rest = pem.AsSpan();
        while (PemEncoding.TryFind(rest, out var fields))
        {
            if (rest[fields.Label].SequenceEqual("CERTIFICATE"))
            {
                // PemEncoding.TryFind has already checked the base64; the DER inside may still be garbage, which is
                // bad input (ArgumentException, as FromPem documents), not a cryptographic failure.
                var der = Convert.FromBase64String(rest[fields.Base64Data].ToString());
                try
                {
                    list.Add(X509CertificateLoader.LoadCertificate(der));
                }
                catch (CryptographicException e)
                {
                    foreach (var loaded in list)
                    {
                        loaded.Dispose();
                    }

                    throw new ArgumentException("A CERTIFICATE block of the PEM text is not a readable X.509 certificate.", nameof(pem), e);
                }
            }

            rest = rest[fields.Location.End..];
        }

        return list;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsKey)
        {
            Key.Dispose();
            foreach (var cert in Chain)
            {
                cert.Dispose();
            }
        }
    }

    private static ECDsa ImportEc(string pem)
    {
        var ec = ECDsa.Create();
        ec.ImportFromPem(pem);
        return ec;
    }

    private static RSA ImportRsa(string pem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return rsa;
    }

    private static SigningKey Create(AsymmetricAlgorithm key, IReadOnlyList<X509Certificate2> chain, string? algorithm, bool ownsKey)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(chain);
        if (chain.Count == 0)
        {
            throw new ArgumentException("The certificate chain is empty.", nameof(chain));
        }

        var alg = algorithm ?? key switch
        {
            ECDsa { KeySize: 384 } => JwsAlgorithms.ES384,
            ECDsa => JwsAlgorithms.ES256,
            RSA => JwsAlgorithms.PS256,
            _ => throw new ArgumentException("Only ECDsa and RSA keys sign envelopes.", nameof(key)),
        };
        if (!JwsAlgorithms.Signing.Contains(alg))
        {
            throw new ArgumentException("The SDK signs with ES256, ES384, PS256 or PS384 only (specification §7.6).", nameof(algorithm));
        }

        if (!JwsAlgorithms.KeyMatches(alg, key))
        {
            throw new ArgumentException("The key's type or curve does not match the algorithm.", nameof(key));
        }

        if (key is RSA && key.KeySize < JwsAlgorithms.MinimumSigningRsaBits)
        {
            throw new ArgumentException("RSA signing keys must have at least 3072 bits (specification §7.6).", nameof(key));
        }

        if (!PublicKeyMatches(key, chain[0]))
        {
            throw new ArgumentException("The first certificate of the chain is not the certificate of this key.", nameof(chain));
        }

        return new SigningKey(key, [.. chain], alg, ownsKey);
    }

    private static bool PublicKeyMatches(AsymmetricAlgorithm key, X509Certificate2 certificate)
    {
        // Compare SubjectPublicKeyInfo: works for keys whose private part cannot be exported (HSM).
        var spki = certificate.PublicKey.ExportSubjectPublicKeyInfo();
        return key.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(spki);
    }
}
