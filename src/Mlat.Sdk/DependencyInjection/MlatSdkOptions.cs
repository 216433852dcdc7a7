using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.DependencyInjection;

/// <summary>
/// Settings of the services <c>AddMlatSdk</c> registers. Mutable because the options pattern
/// (<c>services.AddMlatSdk(o =&gt; ...)</c>, configuration binding) fills it in place; the services read it once.
/// </summary>
public sealed class MlatSdkOptions
{
    /// <summary>Reader limits for validation, signing and verification; <see cref="ReaderLimits.Default"/> unless set.</summary>
    public ReaderLimits Limits { get; set; } = ReaderLimits.Default;

    /// <summary>A profile whose business rules always run (specification §13); <see langword="null"/>: the request's own.</summary>
    public Profile? Profile { get; set; }

    /// <summary>The trust list the <see cref="EnvelopeVerifier"/> builds chains to; required to resolve the verifier.</summary>
    public TrustList? TrustList { get; set; }

    /// <summary>The verification policy; <see cref="VerificationPolicy.Default"/> when null.</summary>
    public VerificationPolicy? VerificationPolicy { get; set; }

    /// <summary>The receiving authority, the sender of TechnicalRejections; required to resolve the <c>MessageReceiver</c>.</summary>
    public Party? Authority { get; set; }

    /// <summary>
    /// Decrypts JWE submissions for the <c>MessageReceiver</c>; the application owns and disposes it. Unset, the receiver
    /// uses the container's <see cref="EnvelopeDecryptor"/> when <see cref="DecryptionKeyPath"/> is set.
    /// </summary>
    public EnvelopeDecryptor? Decryptor { get; set; }

    /// <summary>
    /// A PKCS#8 PEM file with this authority's own decryption key (EC or RSA; specification §9.3), from which the
    /// container builds, owns and disposes the <see cref="EnvelopeDecryptor"/> it registers; required to resolve it.
    /// </summary>
    public string? DecryptionKeyPath { get; set; }

    /// <summary>What the container's <see cref="EnvelopeDecryptor"/> accepts; <see cref="DecryptionPolicy.Default"/> when null.</summary>
    public DecryptionPolicy? DecryptionPolicy { get; set; }
}
