using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// The signer role a message type demands of its sender's signature (signature 0) under the default policy
/// (docs/security.md, "Policy"): a request or a message of the requesting side is signed as ISSUING, an answer of the
/// requested side as EXECUTING. Never VALIDATING: a validating authority adds a parallel approval signature, it does not send. An internal
/// table the per-message-type policy of issue #20 can adopt as its default.
/// </summary>
internal static class SenderRoles
{
    /// <summary>
    /// The role signature 0 must claim for <paramref name="messageType"/>: ISSUING or EXECUTING for a type of one side;
    /// null for a type either side sends (Consultation, TechnicalRejection, ClosureNotice) or one this table does not know, where only
    /// VALIDATING is refused.
    /// </summary>
    public static SignerRole? For(string? messageType)
        => MessageSides.Of(messageType) switch
        {
            MessageSide.Requesting => SignerRole.Issuing,
            MessageSide.Requested => SignerRole.Executing,
            _ => null,
        };
}
