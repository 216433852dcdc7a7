using Mlat.Sdk.CountryProfiles;

namespace Mlat.Sdk.Versioning;

/// <summary>
/// A party's capabilities document as read (specification §10.1): the versions of the standard it supports, per message type,
/// and what a peer needs to talk to it. Built by <see cref="CapabilitiesReader"/>, which keeps only what it understood.
/// </summary>
public sealed record CapabilitiesDocument
{
    /// <summary>Who publishes the document.</summary>
    public required CapabilitiesParty Party { get; init; }

    /// <summary>When the document was issued, if stated.</summary>
    public DateTimeOffset? IssuedAt { get; init; }

    /// <summary>The versions whose entries could be read; entries with unparseable versions or unknown statuses are not here.</summary>
    public required IReadOnlyList<VersionSupport> Versions { get; init; }

    /// <summary>The version the party prefers, if stated and parseable. Negotiation still picks the highest common version (specification §10.4).</summary>
    public MlatVersion? PreferredVersion { get; init; }

    /// <summary>The lowest version the party accepts, if stated and parseable.</summary>
    public MlatVersion? MinimumVersion { get; init; }

    /// <summary>Whether the party accepts preview versions when its peer opts in too.</summary>
    public bool PreviewOptIn { get; init; }

    /// <summary>Ids of the envelope extensions the party understands.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [];

    /// <summary>JWS algorithms the party signs with and verifies.</summary>
    public IReadOnlyList<string> SignatureAlgorithms { get; init; } = [];

    /// <summary>JWE alg+enc pairs the party decrypts.</summary>
    public IReadOnlyList<string> EncryptionAlgorithms { get; init; } = [];

    /// <summary>Largest message in bytes the party accepts, if stated.</summary>
    public long? MaxMessageSize { get; init; }

    /// <summary>Languages in which the party accepts requests.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>
    /// The party's country profile (capabilities 1.1, specification §10.7): what a request must meet to be executed, per
    /// instrument; null when the document has none. Check a draft against it with
    /// <c>MlatValidator.Validate(utf8Json, recipient)</c> — after the document's signatures verified.
    /// </summary>
    public CountryProfile? Requirements { get; init; }

    /// <summary>Whether the document carries signatures; whether they verify is <see cref="CapabilitiesReadResult.SignatureVerified"/>.</summary>
    public bool IsSigned { get; init; }
}

/// <summary>Who publishes a capabilities document.</summary>
public sealed record CapabilitiesParty
{
    /// <summary>ISO 3166-1 alpha-2 code of the party's country, if stated.</summary>
    public string? Country { get; init; }

    /// <summary>Authority id of the party.</summary>
    public required string AuthorityId { get; init; }

    /// <summary>Official name, if stated.</summary>
    public string? Name { get; init; }

    /// <summary>Where messages are delivered, if stated.</summary>
    public string? Endpoint { get; init; }
}

/// <summary>Support for one version of the standard.</summary>
public sealed record VersionSupport
{
    /// <summary>The version.</summary>
    public required MlatVersion Version { get; init; }

    /// <summary>Whether it is active, deprecated or a preview.</summary>
    public required VersionStatus Status { get; init; }

    /// <summary>Last day a deprecated version is used, if stated.</summary>
    public DateOnly? Sunset { get; init; }

    /// <summary>Message types the party sends in this version (names as written; unknown names are kept and simply never match).</summary>
    public IReadOnlyList<string> Send { get; init; } = [];

    /// <summary>Message types the party receives in this version.</summary>
    public IReadOnlyList<string> Receive { get; init; } = [];
}

/// <summary>Status of a version in a capabilities document.</summary>
public enum VersionStatus
{
    /// <summary>In normal use.</summary>
    Active,

    /// <summary>Still accepted until its sunset date.</summary>
    Deprecated,

    /// <summary>For testing; negotiation chooses it only when both parties opt in.</summary>
    Preview,
}

/// <summary>
/// Hook for verifying the signatures of a capabilities document (specification §10.3: documents are signed as envelopes
/// are). The SDK's envelope verifier implements it; the reader itself never trusts or rejects a signature.
/// </summary>
public interface ICapabilitiesSignatureVerifier
{
    /// <summary>Verifies the document's signatures over its RFC 8785 canonical form without the <c>signatures</c> member.</summary>
    /// <param name="utf8Json">The document exactly as received.</param>
    /// <returns>The coded findings of the verification (codes and pointers, specification §12): none of severity error
    /// when every signature verifies against the verifier's trust list; <c>MLAT-SIG-MISSING</c> for an unsigned document.</returns>
    IReadOnlyList<Finding> Verify(ReadOnlyMemory<byte> utf8Json);
}

/// <summary>What reading a capabilities document gave.</summary>
public sealed class CapabilitiesReadResult : IMlatResult
{
    /// <summary>The document, or null when it could not be read at all (see <see cref="Findings"/>).</summary>
    public CapabilitiesDocument? Document { get; init; }

    /// <summary>
    /// True when the document was read and, when a verifier was given, its signatures verified: the document can be
    /// used for negotiation.
    /// </summary>
    public bool IsSuccess => Document is not null && SignatureVerified != false;

    /// <summary>
    /// Every finding: the errors that made the document unreadable (<c>MLAT-VER-CAPABILITIES-INVALID</c>,
    /// <c>MLAT-JSON-*</c>) or, for a document that was read, the verifier's (<see cref="SignatureFindings"/>).
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>RFC 6901 pointers of what was ignored: unknown members, unparseable versions, unknown statuses, values of the wrong type.</summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];

    /// <summary>
    /// When a verifier was given: true when the document's signatures verify (no error in <see cref="SignatureFindings"/>),
    /// false otherwise, an unsigned document included; null when no verifier was given.
    /// </summary>
    public bool? SignatureVerified { get; init; }

    /// <summary>What the verifier found (<c>MLAT-SIG-*</c>, <c>MLAT-TRUST-*</c> with pointers); empty when not checked.</summary>
    public IReadOnlyList<Finding> SignatureFindings { get; init; } = [];

    /// <summary>Returns the document or throws <see cref="MlatException"/> carrying the findings.</summary>
    /// <exception cref="MlatException">The document could not be read, or its signatures did not verify.</exception>
    public CapabilitiesDocument DocumentOrThrow() => MlatException.Unless(this, Document);
}
