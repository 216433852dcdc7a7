using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Envelopes;

/// <summary>What a verifier demands of a signed envelope beyond valid signatures (specification §7.10). Immutable.</summary>
public sealed record VerificationPolicy
{
    /// <summary>
    /// The default policy: the default algorithms, 5 minutes of clock skew, 7 days maximum age, and the default role table
    /// by message type (specification §7.10): signature 0 in the role the type demands of its sender (ISSUING for a
    /// request, EXECUTING for an answer), VALIDATING as well when the body names a validating authority, the publishing
    /// role for a capabilities document; no other role.
    /// </summary>
    public static VerificationPolicy Default { get; } = new();

    /// <summary>
    /// Roles that must each have at least one valid signature on <em>every</em> message, whatever its type. Empty by
    /// default: signature 0 by the sender is always required, in the role its type demands (<see cref="RequireSenderRole"/>).
    /// To demand a role of one message type only, use <see cref="RequiredRolesByMessageType"/>: required here, VALIDATING
    /// would also refuse every <c>StatusQuery</c>. Never applied to a capabilities document, which is signed in the
    /// publishing role only (specification §7.4).
    /// </summary>
    public IReadOnlyList<SignerRole> RequiredRoles { get; init; } = [];

    /// <summary>
    /// Roles required of a message type, in addition to <see cref="RequiredRoles"/> (specification §7.10): for example
    /// <c>{ [MessageType.AssistanceRequest] = [SignerRole.Validating] }</c> for a partner whose agreement wants every
    /// request approved, while its <c>StatusQuery</c> and answers need only their sender's signature. Empty by default.
    /// </summary>
    public IReadOnlyDictionary<MessageType, IReadOnlyList<SignerRole>> RequiredRolesByMessageType { get; init; } = new Dictionary<MessageType, IReadOnlyList<SignerRole>>();

    /// <summary>
    /// Whether a message whose body names a <c>validatingAuthority</c> (an EIO of an authority that is not a judge, court
    /// or prosecutor, EIO art. 2(c)(ii) and annex A section L; an e-Evidence order under Regulation (EU) 2023/1543 art. 4)
    /// must carry a verified VALIDATING signature (<c>MLAT-SIG-ROLE-MISSING</c>): the body claims an approval that only
    /// the approving authority's signature proves. On by default; an order issued by a judge or prosecutor names no
    /// validating authority and needs none.
    /// </summary>
    public bool RequireDeclaredValidation { get; init; } = true;

    /// <summary>
    /// Algorithms accepted; <see cref="JwsAlgorithms.DefaultAccepted"/> by default. Add <see cref="JwsAlgorithms.RS256"/> to
    /// opt in to PKCS#1 v1.5 signatures. <c>none</c> and HMAC are refused whatever this list says.
    /// </summary>
    public IReadOnlyList<string> AcceptedAlgorithms { get; init; } = JwsAlgorithms.DefaultAccepted;

    /// <summary>How far <c>iat</c> may lie in the future, and the tolerance of every other time comparison.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How old a signature (<c>iat</c>) may be; null for no limit (replay entries are then kept 30 days).</summary>
    public TimeSpan? MaximumAge { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How long after <c>header.createdAt</c> the sender's signature (signature 0) may be made.</summary>
    public TimeSpan MaximumSigningDelay { get; init; } = TimeSpan.FromDays(1);

    /// <summary>The verifying authority's own id; when set, <c>header.recipient.authorityId</c> must equal it.</summary>
    public string? VerifierAuthorityId { get; init; }

    /// <summary>The replay store; null gives each verifier its own <see cref="InMemoryReplayStore"/>.</summary>
    public IReplayStore? ReplayStore { get; init; }

    /// <summary>
    /// Whether signature 0 must claim the role the message type demands of its sender: ISSUING for a request and the
    /// other messages of the requesting side, EXECUTING for an answer of the requested side, never VALIDATING
    /// (<c>MLAT-SIG-SENDER-ROLE</c>). On by default; without it an authority the trust list allows only as EXECUTING could
    /// send an AssistanceRequest.
    /// </summary>
    public bool RequireSenderRole { get; init; } = true;

    /// <summary>
    /// Whether a parallel approval signature (VALIDATING) must be by another authority than signature 0's and of the same State
    /// (EIO art. 2(c)(ii): a judge, court or prosecutor of the issuing State validates;
    /// <c>MLAT-SIG-VALIDATOR-NOT-INDEPENDENT</c>). On by default; without it the issuing prosecutor or another State's
    /// authority could meet <see cref="RequiredRoles"/> = [Validating].
    /// </summary>
    public bool RequireIndependentValidator { get; init; } = true;

    /// <summary>
    /// How revocation is checked (specification §8.4); null (the default) for no revocation check, which a production
    /// verifier should not rely on: the trust-list operator can then only react to a compromised key by editing the list.
    /// </summary>
    public RevocationPolicy? Revocation { get; init; }

    /// <summary>The smallest RSA key accepted, in bits (specification §7.6: 2048 to verify).</summary>
    public int MinimumRsaKeySize { get; init; } = 2048;
}
