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

    /// <summary>
    /// Answers repeated submissions from the container's <c>IDistributedCache</c> (Redis, shared by the node's
    /// instances) before the receive pipeline runs, and marks a submission in flight so another instance given the same
    /// bytes waits for its receipt instead of decrypting and verifying them too (docs/exchange.md, "Several
    /// instances"). The inbox stays the authority: the cache holds only receipts of messages the inbox stored. When the
    /// cache cannot be reached the node answers 503 with <c>Retry-After</c>. False by default.
    /// </summary>
    public bool UseDistributedCache { get; set; }

    /// <summary>How long the cache keeps the receipt of an accepted submission; one day by default.</summary>
    public TimeSpan CachedReceiptLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How long an instance given bytes another instance is processing waits for that instance's receipt before it runs
    /// the pipeline itself (the inbox then decides); two seconds by default. The in-flight mark itself expires after
    /// 30 seconds, so an instance that died while holding it delays nobody longer than this wait.
    /// </summary>
    public TimeSpan InFlightWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The largest attachment accepted, in bytes (HTTP 413 beyond it, specification §15.7); 1 GiB by default.</summary>
    public long MaxAttachmentBytes { get; set; } = 1L << 30;

    /// <summary>How many bytes of an attachment upload the node buffers before appending them to the store; 1 MiB by
    /// default. What an interrupted upload loses at most.</summary>
    public int AttachmentChunkBytes { get; set; } = 1 << 20;

    /// <summary>
    /// Per-sender rate limit of the binding's endpoints (specification §15.8): at most <see cref="MlatRateLimit.Permits"/>
    /// requests per <see cref="MlatRateLimit.Window"/> from one sender — the TLS client certificate when the node
    /// requires one, the remote address otherwise — and 429 with <c>Retry-After</c> beyond. None when null (the default).
    /// The application must call <c>app.UseRateLimiter()</c> (after routing) for it to apply.
    /// </summary>
    public MlatRateLimit? RateLimit { get; set; }

    /// <summary>
    /// Mutual TLS (specification §15.9): every request to the submission and attachment endpoints must come over a
    /// connection whose client certificate the trust list authenticates (<see cref="TlsPeerAuthenticator"/>), and a
    /// submitted message's sender must be that authority; 403 with <c>MLAT-EXCH-CLIENT-CERTIFICATE</c> otherwise. The
    /// capabilities stay public. Kestrel must ask for the certificate (<c>ClientCertificateMode.RequireCertificate</c> or
    /// <c>AllowCertificate</c>, with the platform's own validation left to this check). False by default.
    /// </summary>
    public bool RequireClientCertificate { get; set; }
}

/// <summary>A fixed-window request limit per sender (<see cref="MlatNodeOptions.RateLimit"/>).</summary>
/// <param name="Permits">Requests allowed per window.</param>
/// <param name="Window">The window.</param>
public sealed record MlatRateLimit(int Permits, TimeSpan Window);
