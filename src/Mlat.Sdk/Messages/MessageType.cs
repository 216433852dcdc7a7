using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>The message types of the standard (DESIGN §3.3). The JSON value is the member name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MessageType>))]
public enum MessageType
{
    /// <summary>The request itself; its <c>profile</c> names the legal instrument.</summary>
    AssistanceRequest,

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
}
