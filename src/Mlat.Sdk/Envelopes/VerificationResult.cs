using System.Security.Cryptography.X509Certificates;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Envelopes;

/// <summary>A signature that verified: who signed, in which role, when, with which algorithm.</summary>
/// <param name="Index">Position in <c>signatures</c>.</param>
/// <param name="Role">The role its <c>srCms</c> commitment claims (allowed for the authority by the trust list).</param>
/// <param name="Certificate">The signer's certificate (<c>x5c[0]</c>), chained to a trust anchor.</param>
/// <param name="AuthorityId">The authority the certificate names (organizationIdentifier).</param>
/// <param name="Country">The country of the trust list entry the chain was built to.</param>
/// <param name="SignedAt">The claimed signing time, <c>iat</c>.</param>
/// <param name="Algorithm">The JWS algorithm.</param>
public sealed record VerifiedSignature(int Index, SignerRole Role, X509Certificate2 Certificate, string AuthorityId, CountryCode Country, DateTimeOffset SignedAt, string Algorithm)
{
    /// <summary>
    /// For a JAdES baseline-B-T signature, the genTime of its verified RFC 3161 signature time-stamp: proof that the
    /// signature existed at that time, from a trusted TSA rather than the signer's own claim (<see cref="SignedAt"/>);
    /// null for a baseline-B signature.
    /// </summary>
    public DateTimeOffset? TimestampedAt { get; init; }
}

/// <summary>An attachment handed to the verifier and the valid signatures that cover it.</summary>
/// <param name="Id">The attachment id (<c>cid:&lt;id&gt;</c> in <c>sigD</c>).</param>
/// <param name="CoveringSignatures">Indexes of the valid signatures whose <c>sigD</c> digest of it matched; empty when none.</param>
public sealed record AttachmentCoverage(string Id, IReadOnlyList<int> CoveringSignatures)
{
    /// <summary>True when at least one valid signature covers the attachment.</summary>
    public bool IsCovered => CoveringSignatures.Count > 0;
}

/// <summary>
/// The outcome of <see cref="EnvelopeVerifier.Verify"/>. Only a verified result hands out the envelope bytes, so business
/// code never sees unverified content.
/// </summary>
public sealed class VerificationResult : IMlatResult
{
    private readonly byte[]? _envelope;

    internal VerificationResult(IReadOnlyList<Finding> findings, IReadOnlyList<VerifiedSignature> signatures, byte[]? envelope, IReadOnlyList<AttachmentCoverage>? attachments = null)
    {
        Findings = findings;
        Signatures = signatures;
        Attachments = attachments ?? [];
        _envelope = IsVerifiedFor(findings) ? envelope : null;
    }

    /// <summary>True when the envelope verified: there is no error-level finding.</summary>
    public bool IsSuccess => IsVerifiedFor(Findings);

    /// <summary>Every finding (<c>MLAT-SIG-*</c>, <c>MLAT-TRUST-*</c>, and <c>MLAT-JSON-*</c> for unreadable input).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The signatures that verified on their own (a result that is not verified may still list some).</summary>
    public IReadOnlyList<VerifiedSignature> Signatures { get; }

    /// <summary>
    /// Each attachment the verifier was handed, in the order given, with the valid signatures whose <c>sigD</c> covers
    /// it. An attachment covered by none makes the result not verified (<c>MLAT-SIG-ATTACHMENT-NOT-COVERED</c>).
    /// </summary>
    public IReadOnlyList<AttachmentCoverage> Attachments { get; }

    /// <summary>The verified envelope's UTF-8 bytes, ready to validate and bind; null unless <see cref="IsSuccess"/>.</summary>
    public ReadOnlyMemory<byte>? Envelope => _envelope is null ? default(ReadOnlyMemory<byte>?) : new ReadOnlyMemory<byte>(_envelope);

    /// <summary>Returns the verified envelope's bytes or throws <see cref="MlatException"/> carrying the findings.</summary>
    /// <exception cref="MlatException">The envelope did not verify.</exception>
    public ReadOnlyMemory<byte> EnvelopeOrThrow() => MlatException.Unless(this, Envelope);

    private static bool IsVerifiedFor(IReadOnlyList<Finding> findings) => !findings.Any(f => f.Severity == FindingSeverity.Error);
}
