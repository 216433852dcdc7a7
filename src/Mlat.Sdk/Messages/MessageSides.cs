namespace Mlat.Sdk.Messages;

/// <summary>The side of a case that sends a message type (specification §2.3, "sent by").</summary>
internal enum MessageSide
{
    /// <summary>The requesting (issuing) side: requests, orders and their follow-ups.</summary>
    Requesting = 1,

    /// <summary>The requested (executing) side: its answers.</summary>
    Requested,
}

/// <summary>
/// Which side sends each message type (specification §2.3): the one table behind the sender role a signature 0 must
/// claim (<c>Envelopes.SenderRoles</c>) and the parties of a reply (<see cref="MlatMessage.ReplyTo"/>).
/// </summary>
internal static class MessageSides
{
    // The requesting (issuing) side's messages: EIO art. 5 and annex A, UNTOC art. 18(15), e-Evidence orders.
    private static readonly HashSet<string> RequestingSide = new(StringComparer.Ordinal)
    {
        "AssistanceRequest", "SupplementaryRequest", "AdditionalInformationResponse", "StatusQuery", "WithdrawalNotice",
        "PreservationOrder", "ProductionOrder", "PreservationExtension", "SubsequentProductionConfirmation", "InterceptionNotification",
        "EvidenceReceipt", // 1.2: the issuing side confirms what evidence arrived (EIO art. 13(1))
    };

    // The requested (executing) side's answers: EIO annex B, arts. 10-16; e-Evidence impossibility; interception objection.
    private static readonly HashSet<string> RequestedSide = new(StringComparer.Ordinal)
    {
        "AcknowledgementOfReceipt", "ForwardingNotice", "RequestForAdditionalInformation", "RecognitionDecision", "RefusalNotice",
        "PostponementNotice", "StatusUpdate", "ExecutionReport", "EvidenceTransmission", "ImpossibilityNotice", "InterceptionObjection",
        "WithdrawalAcknowledgement", // 1.2: the requested side confirms a withdrawal
        "EnforcingAuthorityDecision", // 1.2: the enforcing State's authority answers a notified EPOC (Regulation (EU) 2023/1543 art. 12)
        "PreservationResponse", // 1.2: the requested Party answers a preservation request (Budapest Convention arts 29(3)-(7), 30)
    };

    /// <summary>The side that sends <paramref name="messageType"/>; null for a type either side sends (Consultation, TechnicalRejection, ClosureNotice) or an unknown one.</summary>
    public static MessageSide? Of(string? messageType)
        => messageType is null ? null
            : RequestingSide.Contains(messageType) ? MessageSide.Requesting
            : RequestedSide.Contains(messageType) ? MessageSide.Requested
            : null;
}
