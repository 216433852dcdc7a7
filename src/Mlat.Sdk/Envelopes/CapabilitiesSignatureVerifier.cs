using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// Verifies the signatures of a capabilities document (specification §10.3) with the envelope verifier, and
/// is the <see cref="ICapabilitiesSignatureVerifier"/> to pass to <see cref="CapabilitiesReader.Read"/>. Everything of
/// specification §7.8 applies (strict base64url, header, <c>alg</c>, <c>crit</c>, chain to the trust list at <c>iat</c>, key
/// usage, signature, <c>sigD</c> digest of the document without <c>signatures</c>, <c>iat</c> not in the future),
/// except what only a message has: every signature claims the publishing role (<see cref="SignerRole.Publishing"/>), which
/// every authority of the trust list may claim; signature 0 must be by the document's <c>party.authorityId</c> instead of
/// <c>header.sender</c>; <c>iat</c> is checked against <c>issuedAt</c> only when the document has one; there is no
/// recipient and no replay check, because a published document is fetched again and again by design. Thread-safe.
/// </summary>
public sealed class CapabilitiesSignatureVerifier : ICapabilitiesSignatureVerifier
{
    private readonly EnvelopeVerifier _verifier;

    /// <summary>Creates a verifier.</summary>
    /// <param name="trustList">The only trust anchors chains are built to.</param>
    /// <param name="policy">Algorithms, clock skew, required roles, RSA minimum; when null, the default policy without a
    /// maximum age (a capabilities document stays valid until replaced, not for a week like a message). Its verifier
    /// authority id and replay store are not used.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    public CapabilitiesSignatureVerifier(TrustList trustList, VerificationPolicy? policy = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(trustList);
        _verifier = new EnvelopeVerifier(trustList, policy ?? VerificationPolicy.Default with { MaximumAge = null }, timeProvider);
    }

    /// <summary>Verifies a signed capabilities document and returns the signers or the coded findings.</summary>
    /// <param name="utf8Json">The document exactly as received.</param>
    /// <returns>The result; <c>MLAT-SIG-MISSING</c> when the document is not signed.</returns>
    public VerificationResult VerifyDocument(ReadOnlyMemory<byte> utf8Json)
        => _verifier.VerifyDocument(utf8Json, null, SignedDocumentKind.Capabilities);

    /// <inheritdoc />
    public IReadOnlyList<Finding> Verify(ReadOnlyMemory<byte> utf8Json) => VerifyDocument(utf8Json).Findings;
}
