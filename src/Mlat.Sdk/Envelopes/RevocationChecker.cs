using System.Security.Cryptography.X509Certificates;

namespace Mlat.Sdk.Envelopes;

/// <summary>The revocation check of one verifier: offline CRLs read once, the source asked per distribution point.</summary>
internal sealed class RevocationChecker
{
    private readonly RevocationPolicy _policy;
    private readonly TimeProvider _time;
    private readonly TimeSpan _skew;
    private readonly List<CertificateRevocationList> _offline;

    public RevocationChecker(RevocationPolicy policy, TimeProvider time, TimeSpan skew)
    {
        _policy = policy;
        _time = time;
        _skew = skew;
        _offline = [.. policy.Crls.Select(c => CertificateRevocationList.TryRead(c)).OfType<CertificateRevocationList>()];
    }

    public bool RequireStatus => _policy.RequireStatus;

    /// <summary>
    /// Checks every certificate of a chain (leaf first, trust anchor last; the anchor itself is trusted by the list, not
    /// checked) against a CRL of its issuer. Returns <c>MLAT-TRUST-REVOKED</c> when one was revoked at or before
    /// <paramref name="reference"/>, <c>MLAT-TRUST-REVOCATION-UNKNOWN</c> when one has no usable CRL, otherwise null.
    /// </summary>
    public string? Check(IReadOnlyList<X509Certificate2> chain, DateTimeOffset reference)
    {
        var now = _time.GetUtcNow();
        string? result = null;
        for (var i = 0; i + 1 < chain.Count; i++)
        {
            var certificate = chain[i];
            var issuer = chain[i + 1];
            var known = false;
            foreach (var crl in Candidates(certificate))
            {
                // RFC 5280 §6.3.3: the CRL is the issuer's, signed by it, and current.
                if (!crl.Issuer.AsSpan().SequenceEqual(certificate.IssuerName.RawData) || crl.ThisUpdate > now + _skew
                    || crl.NextUpdate < now - _skew || !crl.IsIssuedBy(issuer))
                {
                    continue;
                }

                known = true;
                if (crl.RevokedAt(certificate) is { } revokedAt && revokedAt <= reference)
                {
                    return FindingCodes.TrustRevoked;
                }
            }

            if (!known)
            {
                result = FindingCodes.TrustRevocationUnknown;
            }
        }

        return result;
    }

    private IEnumerable<CertificateRevocationList> Candidates(X509Certificate2 certificate)
    {
        foreach (var crl in _offline)
        {
            yield return crl;
        }

        if (_policy.Source is not { } source)
        {
            yield break;
        }

        foreach (var point in CertificateRevocationList.DistributionPoints(certificate))
        {
            if (source.Fetch(point) is { } der && CertificateRevocationList.TryRead(der) is { } fetched)
            {
                yield return fetched;
            }
        }
    }
}
