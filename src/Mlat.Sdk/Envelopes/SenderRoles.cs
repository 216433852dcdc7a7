namespace Mlat.Sdk.Envelopes;

/// <summary>
/// The signer role a message type demands of its sender's signature (signature 0) under the default policy
/// (docs/security.md, "Policy"): a request or a message of the requesting side is signed as ISSUING, an answer of the
/// requested side as EXECUTING. Never VALIDATING: a validating authority adds a parallel approval signature, it does not send. An internal
/// table the per-message-type policy of issue #20 can adopt as its default.
/// </summary>
internal static class SenderRoles
{
    // The requesting (issuing) side's messages: EIO art. 5 and annex A, UNTOC art. 18(15), e-Evidence orders.
    private static readonly HashSet<string> IssuingSide = new(StringComparer.Ordinal)
    {
        "AssistanceRequest", "SupplementaryRequest", "AdditionalInformationResponse", "StatusQuery", "WithdrawalNotice",
        "PreservationOrder", "ProductionOrder", "PreservationExtension", "SubsequentProductionConfirmation", "InterceptionNotification",
        "EvidenceReceipt", // 1.2: the issuing side confirms what evidence arrived (EIO art. 13(1))
    };

    // The requested (executing) side's answers: EIO annex B, arts. 10-16; e-Evidence impossibility; interception objection.
    private static readonly HashSet<string> ExecutingSide = new(StringComparer.Ordinal)
    {
        "AcknowledgementOfReceipt", "ForwardingNotice", "RequestForAdditionalInformation", "RecognitionDecision", "RefusalNotice",
        "PostponementNotice", "StatusUpdate", "ExecutionReport", "EvidenceTransmission", "ImpossibilityNotice", "InterceptionObjection",
        "WithdrawalAcknowledgement", // 1.2: the requested side confirms a withdrawal
        "EnforcingAuthorityDecision", // 1.2: the enforcing State's authority answers a notified EPOC (Regulation (EU) 2023/1543 art. 12)
    };

    /// <summary>
    /// The role signature 0 must claim for <paramref name="messageType"/>: ISSUING or EXECUTING for a type of one side;
    /// null for a type either side sends (Consultation, TechnicalRejection, ClosureNotice) or one this table does not know, where only
    /// VALIDATING is refused.
    /// </summary>
    public static SignerRole? For(string? messageType)
        => messageType is null ? null
            : IssuingSide.Contains(messageType) ? SignerRole.Issuing
            : ExecutingSide.Contains(messageType) ? SignerRole.Executing
            : null;
}
