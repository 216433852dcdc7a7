using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.AspNetCore;

/// <summary>
/// Settings of the HTTP binding's server (specification §15.2). Mutable because the options pattern fills it in place;
/// the node reads it once. The receiving authority, trust list, decryption key and verification policy are those of
/// <c>AddMlatSdk</c>.
/// </summary>
public sealed class MlatNodeOptions
{
    /// <summary>The node's key: signs its technical receipts and TechnicalRejections. Its certificate must name the
    /// authority of <c>MlatSdkOptions.Authority</c>. Required.</summary>
    public SigningKey? SigningKey { get; set; }

    /// <summary>The role the node signs its TechnicalRejections in; ISSUING (the receipts' party-document commitment) by default.</summary>
    public SignerRole RejectionRole { get; set; } = SignerRole.Issuing;

    /// <summary>The node's signed capabilities document (specification §10.3), served as it is; 404 when null.</summary>
    public ReadOnlyMemory<byte>? SignedCapabilities { get; set; }

    /// <summary>How long clients may cache the capabilities (<c>Cache-Control: max-age</c>); one hour by default.</summary>
    public TimeSpan CapabilitiesMaxAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The largest submission body accepted, in bytes (HTTP 413 beyond it); 16 MiB by default.</summary>
    public long MaxSubmissionBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The <c>Retry-After</c> seconds of a 503 when the store is unavailable; 5 by default.</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    /// <summary>Makes the ids of receipts and TechnicalRejections; a UUIDv7 at the current time when null.</summary>
    public Func<Guid>? NewId { get; set; }
}
