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
    };

    // The requested (executing) side's answers: EIO annex B, arts. 10-16; e-Evidence impossibility; interception objection.
    private static readonly HashSet<string> ExecutingSide = new(StringComparer.Ordinal)
    {
        "AcknowledgementOfReceipt", "ForwardingNotice", "RequestForAdditionalInformation", "RecognitionDecision", "RefusalNotice",
        "PostponementNotice", "StatusUpdate", "ExecutionReport", "EvidenceTransmission", "ImpossibilityNotice", "InterceptionObjection",
    };

    /// <summary>
    /// The role signature 0 must claim for <paramref name="messageType"/>: ISSUING or EXECUTING for a type of one side;
    /// null for a type either side sends (Consultation, TechnicalRejection) or one this table does not know, where only
    /// VALIDATING is refused.
    /// </summary>
    public static SignerRole? For(string? messageType)
        => messageType is null ? null
            : IssuingSide.Contains(messageType) ? SignerRole.Issuing
            : ExecutingSide.Contains(messageType) ? SignerRole.Executing
            : null;
}
