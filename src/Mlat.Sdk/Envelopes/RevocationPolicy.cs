namespace Mlat.Sdk.Envelopes;

/// <summary>
/// How a verifier checks the revocation status of the signer's chain and of a time-stamping authority's chain
/// (specification §8.4, docs/security.md "Revocation"): by X.509 CRLs given here (offline) and, when a
/// <see cref="Source"/> is set, fetched from the certificates' CRL distribution points. Immutable.
/// </summary>
public sealed record RevocationPolicy
{
    /// <summary>DER CRLs the verifier may use without any network access (for example published with the trust list).</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Crls { get; init; } = [];

    /// <summary>Fetches CRLs from the certificates' distribution points; null for offline checking only.</summary>
    public ICrlSource? Source { get; init; }

    /// <summary>
    /// Whether a certificate whose status cannot be established (no usable CRL: none given, source unreachable, CRL
    /// expired, not signed by the issuer, or of a kind the SDK does not judge) fails the signature with
    /// <c>MLAT-TRUST-REVOCATION-UNKNOWN</c> (true, the default) or is accepted with that code as a warning (false).
    /// </summary>
    public bool RequireStatus { get; init; } = true;
}
