namespace Mlat.Sdk.Envelopes;

/// <summary>
/// The role a signature is made in, stated in the protected header as a JAdES <c>srCms</c> commitment type
/// (ETSI TS 119 182-1 §5.2.3; commitment URIs of ETSI TS 119 172-1 / XAdES <c>http://uri.etsi.org/01903/v1.2.2#</c>).
/// </summary>
public enum SignerRole
{
    /// <summary>The issuing or sending authority (commitment ProofOfOrigin; EIO annex A section K).</summary>
    Issuing = 1,

    /// <summary>
    /// A validating judicial authority approving the issuer's signature (commitment ProofOfApproval; EIO art. 2(c)(ii),
    /// annex A section L). A parallel approval signature: it also covers signature 0 (<c>urn:mlat:signature:0</c>).
    /// </summary>
    Validating = 2,

    /// <summary>The executing or receiving authority acknowledging receipt (commitment ProofOfReceipt; EIO annex B).</summary>
    Executing = 3,

    /// <summary>
    /// A party publishing a signed document of its own that is not a message: its capabilities document (specification
    /// §10.3) or a technical receipt of its node (commitment ProofOfCreation). Every authority a trust list names may sign
    /// in this role, so no trust list lists it; a message signature never claims it.
    /// </summary>
    Publishing = 4,
}
