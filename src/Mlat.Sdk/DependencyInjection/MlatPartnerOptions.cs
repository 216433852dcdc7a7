using System.Security.Cryptography.X509Certificates;
using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.DependencyInjection;

/// <summary>
/// The settings of one partner, named options (<c>services.AddMlatPartner("FR", o =&gt; ...)</c> or
/// <c>services.Configure&lt;MlatPartnerOptions&gt;("FR", ...)</c>), read through <c>IOptionsMonitor.Get(name)</c> by
/// <see cref="IMlatPartners"/>: the trust list its envelopes are verified against, the verification policy agreed with
/// it (specification §7.10: a party SHOULD document the policy it applies to each partner), and its encryption
/// certificate. Mutable because the options pattern fills it in place.
/// </summary>
public sealed class MlatPartnerOptions
{
    /// <summary>
    /// A trust-list file (schemas/trust-list/1.0), watched: when it changes it is read again and the partner's verifier
    /// rebuilt; a file that does not read keeps the last good list (logged as event 2004). Takes precedence over
    /// <see cref="TrustList"/>.
    /// </summary>
    public string? TrustListPath { get; set; }

    /// <summary>
    /// The trust-list operator's root certificate (specification §8.5): when set, the file at <see cref="TrustListPath"/>
    /// must be signed by the operator, and an unsigned or altered file is refused like any bad file.
    /// </summary>
    public X509Certificate2? TrustListOperatorAnchor { get; set; }

    /// <summary>A trust list held in memory, used when <see cref="TrustListPath"/> is not set.</summary>
    public TrustList? TrustList { get; set; }

    /// <summary>
    /// The policy agreed with the partner; <see cref="VerificationPolicy.Default"/> when null. Without a replay store of
    /// its own it uses the container's <see cref="IReplayStore"/>, shared by every partner.
    /// </summary>
    public VerificationPolicy? Policy { get; set; }

    /// <summary>The partner's encryption certificate, for <see cref="MlatPartner.Encrypt"/>; null when nothing is sealed for it.</summary>
    public X509Certificate2? EncryptionCertificate { get; set; }
}
