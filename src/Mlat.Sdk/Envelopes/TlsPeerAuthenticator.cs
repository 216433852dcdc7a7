using System.Security.Cryptography.X509Certificates;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// Authenticates the certificate a TLS peer presents (mutual TLS of the HTTP binding, specification §15.9) against the
/// trust list, the way a signer certificate is checked (specification §8): its <c>organizationIdentifier</c> names an
/// authority the trust list lists, its chain builds to that authority's country anchors now, and — when a revocation
/// policy is given — no certificate of the chain is revoked by the policy's or the trust list's CRLs. Thread-safe.
/// </summary>
public sealed class TlsPeerAuthenticator
{
    private readonly TrustList _trustList;
    private readonly RevocationChecker? _revocation;
    private readonly TimeProvider _time;

    /// <summary>Creates an authenticator.</summary>
    /// <param name="trustList">The trust list whose anchors and authorities decide.</param>
    /// <param name="revocation">CRL checking; none when null (the trust list's CRLs join the policy's when given).</param>
    /// <param name="timeProvider">The clock the chain is checked at; <see cref="TimeProvider.System"/> when null.</param>
    public TlsPeerAuthenticator(TrustList trustList, RevocationPolicy? revocation = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(trustList);
        _trustList = trustList;
        _time = timeProvider ?? TimeProvider.System;
        _revocation = revocation is null
            ? null
            : new RevocationChecker(trustList.Crls.Count == 0 ? revocation : revocation with { Crls = [.. revocation.Crls, .. trustList.Crls] }, _time, TimeSpan.Zero);
    }

    /// <summary>The authority the certificate authenticates, or null when it authenticates none.</summary>
    /// <param name="certificate">The peer's leaf certificate.</param>
    /// <param name="intermediates">Further certificates the peer presented, to build the chain with.</param>
    /// <returns>The authority id, or null.</returns>
    public string? Authenticate(X509Certificate2 certificate, IEnumerable<X509Certificate2>? intermediates = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var authorityId = SignerCertificate.AuthorityOf(certificate);
        if (authorityId is null)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        foreach (var (country, _) in _trustList.Find(authorityId))
        {
            using var chain = new X509Chain();
            var policy = chain.ChainPolicy;
            policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            policy.CustomTrustStore.AddRange(country.Anchors.ToArray());
            policy.RevocationMode = X509RevocationMode.NoCheck; // the SDK's own CRL check below, never the platform's
            policy.DisableCertificateDownloads = true;
            policy.VerificationTime = now.UtcDateTime;
            foreach (var extra in intermediates ?? [])
            {
                policy.ExtraStore.Add(extra);
            }

            if (!chain.Build(certificate))
            {
                continue;
            }

            if (_revocation is not null)
            {
                var path = chain.ChainElements.Select(e => e.Certificate).ToList();
                var code = _revocation.Check(path, now);
                if (code == FindingCodes.TrustRevoked || (code == FindingCodes.TrustRevocationUnknown && _revocation.RequireStatus))
                {
                    return null;
                }
            }

            return authorityId;
        }

        return null;
    }
}
