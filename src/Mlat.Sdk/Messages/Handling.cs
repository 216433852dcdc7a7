// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>A time limit that applies to a request or to one step of its handling (EIO arts. 12, 16 and 32; annex A section B; UNTOC art. 18(24)).</summary>
public sealed record Deadline
{
    /// <summary>What the deadline is for.</summary>
    public required DeadlineKind Kind { get; init; }

    /// <summary>When the time limit expires.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Provision that sets the time limit (for example EIO art. 12(3)).</summary>
    public LegalReference? Basis { get; init; }

    /// <summary>Why a shorter or specific time limit is requested (EIO art. 12(2); annex A section B).</summary>
    public MultilingualText? Reason { get; init; }

    /// <summary>Identifier of the deadline inside the thread, so that a delay or postponement names the deadlines it moves. Since 1.2.</summary>
    public string? Id { get; init; }

    /// <summary>Ids of the measures or data requests the deadline covers; absent means the whole request. Since 1.2.</summary>
    public IReadOnlyList<string>? MeasureRefs { get; init; }

    /// <summary>The event from which the time limit runs. Since 1.2.</summary>
    public DeadlineStartEvent? StartEvent { get; init; }

    /// <summary>Whether the time limit is statutory, requested or agreed. Since 1.2.</summary>
    public DeadlineOrigin? Origin { get; init; }
}

/// <summary>What a deadline is for (EIO arts. 12, 16, 31, 32; UNTOC art. 18(24)).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeadlineKind>))]
public enum DeadlineKind
{
    /// <summary>Confirmation of receipt (annex B), within one week of receipt. (EIO art. 16(1))</summary>
    [JsonStringEnumMemberName("ACKNOWLEDGEMENT")]
    Acknowledgement = 1,

    /// <summary>Decision on recognition or execution, within 30 days of receipt. (EIO art. 12(3))</summary>
    [JsonStringEnumMemberName("RECOGNITION_DECISION")]
    RecognitionDecision,

    /// <summary>Carrying out the measure, within 90 days of the decision, or a shorter time limit set by the issuing authority. (EIO art. 12(2), (4); UNTOC art. 18(24))</summary>
    [JsonStringEnumMemberName("EXECUTION")]
    Execution,

    /// <summary>Decision on a provisional measure, wherever practicable within 24 hours of receipt. (EIO art. 32(2))</summary>
    [JsonStringEnumMemberName("PROVISIONAL_MEASURE")]
    ProvisionalMeasure,

    /// <summary>Time allowed to object (for example 96 hours to respond to an interception notification). (EIO art. 31(3))</summary>
    [JsonStringEnumMemberName("OBJECTION")]
    Objection,

    /// <summary>Time allowed to reply to a request for information or to a consultation. (EIO art. 16(2); UNTOC art. 18(16))</summary>
    [JsonStringEnumMemberName("REPLY")]
    Reply,

    /// <summary>Another deadline, explained in Deadline.reason. (EIO annex A section B; UNTOC art. 18(24))</summary>
    [JsonStringEnumMemberName("CUSTOM")]
    Custom,

    /// <summary>Production of electronic evidence: 10 days, at the latest 8 hours in an emergency. Added in 1.1; falls back to <see cref="Custom"/> in 1.0. (Regulation (EU) 2023/1543 art. 10(2) and 10(4))</summary>
    [JsonStringEnumMemberName("PRODUCTION")]
    Production,

    /// <summary>End of preservation of electronic evidence: 60 days, extendable by 30. Added in 1.1; falls back to <see cref="Custom"/> in 1.0. (Regulation (EU) 2023/1543 art. 11(1))</summary>
    [JsonStringEnumMemberName("PRESERVATION_EXPIRY")]
    PreservationExpiry,

    /// <summary>The addressee transmits the data within 10 days of receipt of the EPOC. (Regulation (EU) 2023/1543 art. 10(2)) Since 1.2.</summary>
    [JsonStringEnumMemberName("EPOC_PRODUCTION_10_DAYS")]
    EpocProduction10Days,

    /// <summary>Within 8 hours of receipt in an emergency. (Regulation (EU) 2023/1543 art. 10(4)) Since 1.2.</summary>
    [JsonStringEnumMemberName("EPOC_EMERGENCY_8_HOURS")]
    EpocEmergency8Hours,

    /// <summary>The enforcing authority may raise grounds within 10 days of the notification. (Regulation (EU) 2023/1543 art. 12(1)) Since 1.2.</summary>
    [JsonStringEnumMemberName("ENFORCING_REVIEW_10_DAYS")]
    EnforcingReview10Days,

    /// <summary>Within 96 hours in an emergency. (Regulation (EU) 2023/1543 art. 12(1)) Since 1.2.</summary>
    [JsonStringEnumMemberName("ENFORCING_REVIEW_96_HOURS")]
    EnforcingReview96Hours,

    /// <summary>Ex-post validation of an emergency order, at the latest within 48 hours. (Regulation (EU) 2023/1543 art. 4(5)) Since 1.2.</summary>
    [JsonStringEnumMemberName("EX_POST_VALIDATION_48_HOURS")]
    ExPostValidation48Hours,
}

/// <summary>How urgent a request is, and why (EIO annex A section B; UNTOC art. 18(14)).</summary>
public sealed record Urgency
{
    /// <summary>Urgency level.</summary>
    public required UrgencyLevel Level { get; init; }

    /// <summary>Reasons for urgency (EIO annex A section B).</summary>
    public IReadOnlyList<UrgencyReason>? Reasons { get; init; }

    /// <summary>The reasons in words, required when a reason is OTHER (EIO annex A section B: any other reason).</summary>
    public MultilingualText? Explanation { get; init; }
}

/// <summary>Confidentiality required for a request and its execution (EIO art. 19; UNTOC art. 18(19)-(20)).</summary>
public sealed record Confidentiality
{
    /// <summary>Confidentiality level.</summary>
    public required ConfidentialityLevel Level { get; init; }

    /// <summary>Date before which the person concerned must not be informed of the measure.</summary>
    public DateOnly? DoNotInformSubjectUntil { get; init; }

    /// <summary>Why confidentiality is needed.</summary>
    public MultilingualText? Reasons { get; init; }

    /// <summary>Limits on the use of the evidence or information (speciality: UNTOC art. 18(19); EIO art. 19).</summary>
    public MultilingualText? UseLimitations { get; init; }

    /// <summary>Coded conditions on the use of the information or evidence (UNTOC art. 18(19); EU MLA Convention 2000 art. 23). Since 1.2.</summary>
    public IReadOnlyList<SpecialityCondition>? SpecialityConditions { get; init; }
}

/// <summary>How confidential a request or its execution is (EIO art. 19; UNTOC art. 18(20)).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConfidentialityLevel>))]
public enum ConfidentialityLevel
{
    /// <summary>The ordinary confidentiality of criminal proceedings. (EIO art. 19(1))</summary>
    [JsonStringEnumMemberName("NORMAL")]
    Normal = 1,

    /// <summary>The fact and substance of the request must be kept confidential except to the extent needed to execute it. (EIO art. 19(2); UNTOC art. 18(20))</summary>
    [JsonStringEnumMemberName("CONFIDENTIAL")]
    Confidential,

    /// <summary>The existence of the request or measure itself must not become known outside the authorities handling it (EIO arts 19 and 29; UNTOC art. 18(20)). Since 1.2; falls back to CONFIDENTIAL in 1.1.</summary>
    [JsonStringEnumMemberName("COVERT")]
    Covert,
}

/// <summary>Identifies an earlier request (EIO annex A section D; annex B section A).</summary>
public sealed record RequestReference
{
    /// <summary>Message id of the earlier request, when it was sent as an Mlat message.</summary>
    public Guid? MessageId { get; init; }

    /// <summary>Reference number given by the issuing authority (EIO annex A section D; annex B section A).</summary>
    public string? IssuingReference { get; init; }

    /// <summary>Reference number given by the executing authority (EIO annex A section D).</summary>
    public string? ExecutingReference { get; init; }

    /// <summary>Date of issue of the earlier request (EIO annex A section D; annex B section A).</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>Date the earlier request was transmitted (EIO annex A section D).</summary>
    public DateOnly? TransmittedOn { get; init; }

    /// <summary>Authority to which the earlier request was transmitted (EIO annex A section D).</summary>
    public string? AuthorityId { get; init; }

    /// <summary>State to which the earlier request was addressed, for a request already sent to another Member State in the same case (EIO annex A section D).</summary>
    public CountryCode? Country { get; init; }
}
