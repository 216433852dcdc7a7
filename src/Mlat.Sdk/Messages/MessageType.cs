using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>The message types of the standard (specification §2.3). The JSON value is the member name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MessageType>))]
public enum MessageType
{
    /// <summary>The request itself; its <c>profile</c> names the legal instrument.</summary>
    AssistanceRequest = 1,

    /// <summary>Adds to or amends an earlier request (EIO annex A section D).</summary>
    SupplementaryRequest,

    /// <summary>Answers a <see cref="RequestForAdditionalInformation"/>.</summary>
    AdditionalInformationResponse,

    /// <summary>Asks for progress (UNTOC art. 18(24)).</summary>
    StatusQuery,

    /// <summary>Withdraws all or part of a request.</summary>
    WithdrawalNotice,

    /// <summary>Confirms receipt (EIO annex B).</summary>
    AcknowledgementOfReceipt,

    /// <summary>The request was forwarded to the competent authority (EIO art. 7(6)).</summary>
    ForwardingNotice,

    /// <summary>The request is incomplete or unclear; lists what is missing (EIO art. 16(2)(a), UNTOC art. 18(16)).</summary>
    RequestForAdditionalInformation,

    /// <summary>Recognised, partly recognised, or an alternative measure (EIO art. 10), per measure.</summary>
    RecognitionDecision,

    /// <summary>Refusal, whole or per measure, with coded grounds.</summary>
    RefusalNotice,

    /// <summary>Execution postponed or resumed (EIO art. 15, UNTOC art. 18(25)).</summary>
    PostponementNotice,

    /// <summary>Progress per measure; a delay with a new estimated date.</summary>
    StatusUpdate,

    /// <summary>Outcome per measure, partial or final.</summary>
    ExecutionReport,

    /// <summary>Evidence items with attachment manifest, chain of custody and conditions of use.</summary>
    EvidenceTransmission,

    /// <summary>A typed consultation thread (costs, formalities, conditions).</summary>
    Consultation,

    /// <summary>A message could not be processed; frozen shape across all versions.</summary>
    TechnicalRejection,

    /// <summary>An order to produce electronic evidence (e-Evidence Regulation annex I; CETS 224 art. 7 to 9). Since 1.1.</summary>
    ProductionOrder,

    /// <summary>An order or request to preserve electronic evidence (e-Evidence Regulation annex II; Budapest art. 29). Since 1.1.</summary>
    PreservationOrder,

    /// <summary>Extends preservation by a further period (e-Evidence Regulation art. 11(1), annex VI). Since 1.1.</summary>
    PreservationExtension,

    /// <summary>Confirms that a production request follows a preservation order (e-Evidence Regulation annex V). Since 1.1.</summary>
    SubsequentProductionConfirmation,

    /// <summary>A service provider cannot execute an order, including conflicting third-country obligations (e-Evidence Regulation annex III, art. 17). Since 1.1.</summary>
    ImpossibilityNotice,

    /// <summary>Notification of an interception without technical assistance (EIO art. 31, annex C). Since 1.1.</summary>
    InterceptionNotification,

    /// <summary>The notified State objects to an interception or sets conditions within 96 hours (EIO art. 31(3)). Since 1.1.</summary>
    InterceptionObjection,

    /// <summary>The file on a request is closed, by whom and why (EIO art. 16; UNTOC art. 18(24)). Since 1.2.</summary>
    ClosureNotice,

    /// <summary>Confirms a <see cref="WithdrawalNotice"/> and says what was stopped (UNTOC art. 18(24)). Since 1.2.</summary>
    WithdrawalAcknowledgement,

    /// <summary>The issuing side confirms what arrived of an evidence transmission, with digests (EIO art. 13(1)). Since 1.2.</summary>
    EvidenceReceipt,

    /// <summary>The enforcing authority's answer to a notified EPOC (Regulation (EU) 2023/1543 arts 10(2), 12). Since 1.2.</summary>
    EnforcingAuthorityDecision,

    /// <summary>The requested Party answers a Budapest art. 29 preservation request: preserved until when, refused, or traffic data disclosed under art. 30. Since 1.2.</summary>
    PreservationResponse,
}
