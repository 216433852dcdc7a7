// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>An investigative measure or other assistance requested (EIO annex A sections C, E, H and I; UNTOC art. 18(3) and 18(15)(d)).</summary>
public sealed record Measure
{
    /// <summary>Identifier of the measure inside the message thread, used by measureRef and appliesTo.</summary>
    public required string Id { get; init; }

    /// <summary>Type of measure (EIO annex A section C; UNTOC art. 18(3)).</summary>
    public required MeasureType Type { get; init; }

    /// <summary>Description of the assistance required (EIO annex A section C(1); UNTOC art. 18(15)(d)).</summary>
    public required MultilingualText Description { get; init; }

    /// <summary>Description of the evidence to be obtained (EIO art. 5(1)(e)).</summary>
    public MultilingualText? EvidenceSought { get; init; }

    /// <summary>Purpose for which the evidence, information or action is sought (UNTOC art. 18(15)(f); UNCAC art. 46(15)(f)).</summary>
    public MultilingualText? Purpose { get; init; }

    /// <summary>Ids of the persons the measure concerns (EIO annex A section E).</summary>
    public IReadOnlyList<string>? SubjectRefs { get; init; }

    /// <summary>Ids of the offences the measure relates to.</summary>
    public IReadOnlyList<string>? OffenceRefs { get; init; }

    /// <summary>Where the measure is to be carried out (EIO annex A section E).</summary>
    public Address? Location { get; init; }

    /// <summary>Formalities and procedures the executing authority is asked to comply with (EIO art. 9(2), annex A section I(1); UNTOC art. 18(15)(d) and 18(17)).</summary>
    public MultilingualText? FormalitiesRequested { get; init; }

    /// <summary>Officials of the issuing State asking to assist in the execution, with contact details and languages (EIO art. 9(4); annex A section I(2)).</summary>
    public IReadOnlyList<ContactPoint>? OfficialsToAssist { get; init; }

    /// <summary>Information specific to the type of measure (EIO annex A section H).</summary>
    public MeasureDetails? Details { get; init; }
}

/// <summary>Information a specific kind of measure needs (EIO annex A section H and the measure-specific articles). Each member is optional in the schema; the business rules report a missing block with its legal citation.</summary>
public sealed record MeasureDetails
{
    /// <summary>Temporary transfer of a detained person (EIO annex A section H1).</summary>
    public DetainedPersonTransferDetails? DetainedPersonTransfer { get; init; }

    /// <summary>Hearing by videoconference, telephone or other audiovisual transmission (EIO annex A section H2).</summary>
    public RemoteHearingDetails? RemoteHearing { get; init; }

    /// <summary>Provisional measure (EIO annex A section H3).</summary>
    public ProvisionalMeasureDetails? ProvisionalMeasure { get; init; }

    /// <summary>Information on bank and other financial accounts (EIO annex A section H4).</summary>
    public BankAccountsDetails? BankAccounts { get; init; }

    /// <summary>Information on banking and other financial operations (EIO annex A section H5).</summary>
    public BankOperationsDetails? BankOperations { get; init; }

    /// <summary>Real-time, continuous gathering of evidence (EIO annex A section H6).</summary>
    public RealTimeGatheringDetails? RealTimeGathering { get; init; }

    /// <summary>Interception of telecommunications (EIO annex A section H7).</summary>
    public InterceptionDetails? Interception { get; init; }

    /// <summary>Search and seizure (UNTOC art. 18(3)(c)).</summary>
    public SearchAndSeizureDetails? SearchAndSeizure { get; init; }

    /// <summary>Service of judicial documents (UNTOC art. 18(3)(b)).</summary>
    public ServiceOfDocumentsDetails? ServiceOfDocuments { get; init; }

    /// <summary>Hearing of a person (UNTOC art. 18(3)(a)).</summary>
    public HearingDetails? Hearing { get; init; }

    /// <summary>Confiscation of property: the order, the property and the return asked for (UNCAC arts 54, 55, 57). Since 1.2.</summary>
    public ConfiscationDetails? Confiscation { get; init; }
}

/// <summary>Temporary transfer of a person held in custody (EIO annex A section H1; EIO arts. 22-23).</summary>
public sealed record DetainedPersonTransferDetails
{
    /// <summary>Id of the person to be transferred.</summary>
    public required string PersonRef { get; init; }

    /// <summary>To the issuing State or to the executing State (EIO annex A section H1).</summary>
    public required TransferDirection Direction { get; init; }

    /// <summary>Whether the person has consented, or the request that the person's opinion be obtained (EIO annex A section H1).</summary>
    public TransferConsent? Consent { get; init; }
}

/// <summary>Direction of the temporary transfer of a person held in custody (EIO annex A section H1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TransferDirection>))]
public enum TransferDirection
{
    /// <summary>From the executing State to the issuing State. (EIO art. 22; annex A section H1)</summary>
    [JsonStringEnumMemberName("TO_ISSUING_STATE")]
    ToIssuingState = 1,

    /// <summary>From the issuing State to the executing State. (EIO art. 23; annex A section H1)</summary>
    [JsonStringEnumMemberName("TO_EXECUTING_STATE")]
    ToExecutingState,
}

/// <summary>Whether the person to be transferred has consented (EIO annex A section H1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TransferConsent>))]
public enum TransferConsent
{
    /// <summary>The person has consented. (EIO annex A section H1)</summary>
    [JsonStringEnumMemberName("GIVEN")]
    Given = 1,

    /// <summary>The person has not consented. (EIO art. 22(2)(a); annex A section H1)</summary>
    [JsonStringEnumMemberName("REFUSED")]
    Refused,

    /// <summary>The executing authority is asked to obtain the person's opinion. (EIO art. 22(3); annex A section H1)</summary>
    [JsonStringEnumMemberName("OPINION_TO_BE_OBTAINED")]
    OpinionToBeObtained,
}

/// <summary>Hearing by videoconference, telephone conference or other audiovisual transmission (EIO annex A section H2; EIO arts. 24-25; ETS 182 arts. 9-10).</summary>
public sealed record RemoteHearingDetails
{
    /// <summary>Means of the hearing.</summary>
    public required RemoteHearingMode Mode { get; init; }

    /// <summary>Id of the person to be heard.</summary>
    public string? PersonRef { get; init; }

    /// <summary>Authority that will conduct the hearing, with contact details and language (EIO annex A section H2).</summary>
    public Authority? ConductingAuthority { get; init; }

    /// <summary>Authorities that will be present at the hearing (EIO annex A section H2).</summary>
    public IReadOnlyList<Authority>? AuthoritiesPresent { get; init; }

    /// <summary>Whether the suspected or accused person has consented to a hearing by videoconference (EIO art. 24(2)(a); annex A section H2).</summary>
    public bool? AccusedConsent { get; init; }

    /// <summary>Languages for which interpretation is needed (EIO art. 24(5)(e)).</summary>
    public IReadOnlyList<LanguageCode>? InterpreterLanguages { get; init; }

    /// <summary>Date and time of the hearing, in UTC (EIO art. 24(4); EU MLA Convention 2000 art. 10(4)). Since 1.2.</summary>
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <summary>End of the time slot reserved for the hearing, in UTC (rule MLAT-R-0117: after <see cref="ScheduledAt"/>). Since 1.2.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>IANA time zone of the place of the hearing. Since 1.2.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Technical arrangements for the link (EIO art. 24(4)). Since 1.2.</summary>
    public MultilingualText? TechnicalArrangements { get; init; }

    /// <summary>Who provides the interpreter (EIO art. 24(5)(e)). Since 1.2.</summary>
    public InterpreterArrangement? Interpreter { get; init; }

    /// <summary>Language varieties for interpretation that ISO 639-1 cannot name (EIO art. 24(5)(e)). Since 1.2.</summary>
    public IReadOnlyList<Iso6393Code>? InterpreterLanguagesIso6393 { get; init; }
}

/// <summary>Means of a remote hearing (EIO annex A section H2).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RemoteHearingMode>))]
public enum RemoteHearingMode
{
    /// <summary>Videoconference. (EIO art. 24; annex A section H2)</summary>
    [JsonStringEnumMemberName("VIDEOCONFERENCE")]
    Videoconference = 1,

    /// <summary>Telephone conference. (EIO art. 25; annex A section H2)</summary>
    [JsonStringEnumMemberName("TELEPHONE")]
    Telephone,

    /// <summary>Other audiovisual transmission. (EIO art. 24(1); annex A section H2)</summary>
    [JsonStringEnumMemberName("OTHER_AUDIOVISUAL")]
    OtherAudiovisual,
}

/// <summary>Provisional measure to secure an item (EIO annex A section H3; EIO art. 32).</summary>
public sealed record ProvisionalMeasureDetails
{
    /// <summary>Whether the item is to be transferred to the issuing State or remain in the executing State (EIO annex A section H3).</summary>
    public required ProvisionalMeasureDisposition Disposition { get; init; }

    /// <summary>The items to be secured.</summary>
    public MultilingualText? Items { get; init; }

    /// <summary>Estimated date for lifting the provisional measure (EIO annex A section H3; art. 32(4)).</summary>
    public DateOnly? EstimatedLiftDate { get; init; }

    /// <summary>Estimated date for submitting a subsequent request concerning the item (EIO annex A section H3).</summary>
    public DateOnly? SubsequentRequestDate { get; init; }

    /// <summary>The property to be frozen or secured, with values and currencies (EIO art. 32; UNCAC art. 54(2); UNTOC art. 13). Since 1.2.</summary>
    public IReadOnlyList<Asset>? Assets { get; init; }
}

/// <summary>What is to happen to an item secured by a provisional measure (EIO annex A section H3).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProvisionalMeasureDisposition>))]
public enum ProvisionalMeasureDisposition
{
    /// <summary>The item is to be transferred to the issuing State. (EIO art. 32(3); annex A section H3)</summary>
    [JsonStringEnumMemberName("TRANSFER_TO_ISSUING_STATE")]
    TransferToIssuingState = 1,

    /// <summary>The item is to remain in the executing State. (EIO art. 32(3); annex A section H3)</summary>
    [JsonStringEnumMemberName("REMAIN_IN_EXECUTING_STATE")]
    RemainInExecutingState,
}

/// <summary>Information on bank and other financial accounts (EIO annex A section H4; EIO art. 26).</summary>
public sealed record BankAccountsDetails
{
    /// <summary>Why the information is relevant for the criminal proceedings (EIO art. 26(5); annex A section H4).</summary>
    public MultilingualText? ReasonsRelevant { get; init; }

    /// <summary>Why it is assumed that banks in the executing State hold the account (EIO art. 26(5); annex A section H4).</summary>
    public MultilingualText? ReasonsHeldInExecutingState { get; init; }

    /// <summary>Ids of the persons whose accounts are sought.</summary>
    public IReadOnlyList<string>? AccountHolderRefs { get; init; }

    /// <summary>Banks or financial institutions that may be concerned (EIO art. 26(5)).</summary>
    public IReadOnlyList<string>? Institutions { get; init; }

    /// <summary>Whether accounts for which the person holds powers of attorney are also sought (EIO art. 26(1); annex A section H4).</summary>
    public bool? IncludePowerOfAttorney { get; init; }

    /// <summary>Whether accounts with non-bank financial institutions are also sought (EIO art. 26(3); annex A section H4).</summary>
    public bool? IncludeOtherFinancialAccounts { get; init; }
}

/// <summary>Information on banking and other financial operations (EIO annex A section H5; EIO art. 27).</summary>
public sealed record BankOperationsDetails
{
    /// <summary>Why the information is relevant for the criminal proceedings (EIO art. 27(4); annex A section H5).</summary>
    public MultilingualText? ReasonsRelevant { get; init; }

    /// <summary>Time period of the operations (EIO annex A section H5).</summary>
    public Period? Period { get; init; }

    /// <summary>Accounts concerned (EIO annex A section H5).</summary>
    public IReadOnlyList<FinancialAccount>? Accounts { get; init; }

    /// <summary>Whether operations carried out through non-bank financial institutions are also sought (EIO art. 27(2); annex A section H5).</summary>
    public bool? IncludeOtherFinancialOperations { get; init; }
}

/// <summary>A bank or other financial account (EIO annex A section H5: related accounts).</summary>
public sealed record FinancialAccount
{
    /// <summary>IBAN of the account (ISO 13616), without spaces.</summary>
    public string? Iban { get; init; }

    /// <summary>Account number when the account has no IBAN.</summary>
    public string? AccountNumber { get; init; }

    /// <summary>Bank or financial institution that holds the account.</summary>
    public string? Institution { get; init; }

    /// <summary>Id of the account holder.</summary>
    public string? HolderRef { get; init; }
}

/// <summary>Gathering of evidence in real time, continuously and over a certain period (EIO annex A section H6; EIO art. 28).</summary>
public sealed record RealTimeGatheringDetails
{
    /// <summary>Monitoring of financial operations, controlled delivery or other (EIO annex A section H6).</summary>
    public required RealTimeGatheringKind Kind { get; init; }

    /// <summary>Why the information is relevant for the criminal proceedings (EIO art. 28(3); annex A section H6).</summary>
    public MultilingualText? ReasonsRelevant { get; init; }

    /// <summary>How long the measure is to last.</summary>
    public IsoDuration? Duration { get; init; }
}

/// <summary>Kind of measure gathering evidence in real time, continuously and over a certain period (EIO annex A section H6).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RealTimeGatheringKind>))]
public enum RealTimeGatheringKind
{
    /// <summary>Monitoring of banking or other financial operations. (EIO art. 28(1)(a); annex A section H6)</summary>
    [JsonStringEnumMemberName("BANK_MONITORING")]
    BankMonitoring = 1,

    /// <summary>Controlled delivery. (EIO art. 28(1)(b); annex A section H6)</summary>
    [JsonStringEnumMemberName("CONTROLLED_DELIVERY")]
    ControlledDelivery,

    /// <summary>Another measure of this kind; Measure.description says which. (EIO art. 28; annex A section H6)</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}

/// <summary>Interception of telecommunications (EIO annex A section H7; EIO art. 30(3)-(6)).</summary>
public sealed record InterceptionDetails
{
    /// <summary>Why the measure is relevant for the criminal proceedings (EIO art. 30(4); annex A section H7).</summary>
    public MultilingualText? ReasonsRelevant { get; init; }

    /// <summary>Ids of the persons who are subject of the interception (EIO art. 30(3)(a); annex A section H7(a)).</summary>
    public IReadOnlyList<string>? TargetRefs { get; init; }

    /// <summary>Target identifiers: telephone number, e-mail address, internet connection and other technical data (EIO art. 30(3)(c); annex A section H7(c)).</summary>
    public IReadOnlyList<TargetIdentifier>? Targets { get; init; }

    /// <summary>Desired duration of the interception (EIO art. 30(3)(b); annex A section H7(b)).</summary>
    public IsoDuration? Duration { get; init; }

    /// <summary>Desired start date of the interception.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Further technical data needed to execute the interception (EIO art. 30(3)(c); annex A section H7(c)).</summary>
    public MultilingualText? TechnicalData { get; init; }

    /// <summary>Preferred method of execution: immediate transmission or recording and subsequent transmission (EIO art. 30(6); annex A section H7).</summary>
    public InterceptionTransmission? Transmission { get; init; }

    /// <summary>Whether transcription of the recordings is also requested (EIO art. 30(7); annex A section H7).</summary>
    public bool? Transcription { get; init; }

    /// <summary>Whether decoding is also requested (EIO art. 30(7); annex A section H7).</summary>
    public bool? Decoding { get; init; }

    /// <summary>Whether decryption is also requested (EIO art. 30(7); annex A section H7).</summary>
    public bool? Decryption { get; init; }
}

/// <summary>A technical identifier of an interception target (EIO annex A section H7(c); EIO art. 30(3)(c)).</summary>
public sealed record TargetIdentifier
{
    /// <summary>Kind of identifier.</summary>
    public required TargetIdentifierType Type { get; init; }

    /// <summary>The identifier, for example +4915112345678 for PHONE_E164.</summary>
    public required string Value { get; init; }
}

/// <summary>Kind of target identifier of an interception (EIO annex A section H7(c): mobile or landline number, e-mail address, internet connection).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetIdentifierType>))]
public enum TargetIdentifierType
{
    /// <summary>Telephone number (mobile or landline) in E.164 form. (EIO annex A section H7(c); ITU-T E.164)</summary>
    [JsonStringEnumMemberName("PHONE_E164")]
    PhoneE164 = 1,

    /// <summary>E-mail address. (EIO annex A section H7(c))</summary>
    [JsonStringEnumMemberName("EMAIL")]
    Email,

    /// <summary>IP address of an internet connection. (EIO annex A section H7(c))</summary>
    [JsonStringEnumMemberName("IP_ADDRESS")]
    IpAddress,

    /// <summary>International Mobile Equipment Identity of a handset. (EIO art. 30(3)(c); 3GPP TS 23.003)</summary>
    [JsonStringEnumMemberName("IMEI")]
    Imei,

    /// <summary>International Mobile Subscriber Identity of a SIM. (EIO art. 30(3)(c); 3GPP TS 23.003)</summary>
    [JsonStringEnumMemberName("IMSI")]
    Imsi,

    /// <summary>Identifier of an account with a communications service. (EIO art. 30(3)(c))</summary>
    [JsonStringEnumMemberName("ACCOUNT_ID")]
    AccountId,

    /// <summary>Another technical identifier. (EIO art. 30(3)(c))</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}

/// <summary>Preferred method of executing an interception (EIO annex A section H7).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InterceptionTransmission>))]
public enum InterceptionTransmission
{
    /// <summary>Immediate transmission of the telecommunications to the issuing State. (EIO art. 30(6)(a); annex A section H7)</summary>
    [JsonStringEnumMemberName("IMMEDIATE")]
    Immediate = 1,

    /// <summary>Interception, recording and subsequent transmission of the outcome. (EIO art. 30(6)(b); annex A section H7)</summary>
    [JsonStringEnumMemberName("RECORD_AND_TRANSMIT")]
    RecordAndTransmit,
}

/// <summary>Search and seizure (UNTOC art. 18(3)(c); ETS 030 art. 5).</summary>
public sealed record SearchAndSeizureDetails
{
    /// <summary>Premises to be searched.</summary>
    public IReadOnlyList<Address>? Premises { get; init; }

    /// <summary>Items, documents or data to be searched for and seized.</summary>
    public MultilingualText? ItemsSought { get; init; }
}

/// <summary>Service of judicial documents (UNTOC art. 18(3)(b); ETS 030 art. 7; ETS 182 art. 16).</summary>
public sealed record ServiceOfDocumentsDetails
{
    /// <summary>Id of the person on whom the documents are to be served (ETS 030 art. 14(1)(d)).</summary>
    public required string AddresseeRef { get; init; }

    /// <summary>Ids of the attachments holding the documents to be served.</summary>
    public IReadOnlyList<string>? DocumentRefs { get; init; }

    /// <summary>Requested method of service (ETS 030 art. 7(1)).</summary>
    public ServiceMethod? Method { get; init; }

    /// <summary>Whether proof of service is requested (ETS 030 art. 7(2); EU MLA Convention 2000 art. 5(3)). Since 1.2.</summary>
    public bool? ProofOfServiceRequested { get; init; }

    /// <summary>For a summons: when, where and before whom the person is to appear (ETS 030 art. 7(3)). Since 1.2.</summary>
    public Appearance? Appearance { get; init; }
}

/// <summary>Where and when a person served with a summons is to appear (ETS 030 art. 7(3); UNTOC art. 18(3)(b)). Since 1.2.</summary>
public sealed record Appearance
{
    /// <summary>Date and time of the appearance, in UTC (rule MLAT-R-0117: after the request was created).</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>IANA time zone of the place of appearance.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Where the person is to appear.</summary>
    public Address? Place { get; init; }

    /// <summary>The court or authority before which the person is to appear.</summary>
    public Authority? Before { get; init; }
}

/// <summary>Method requested for the service of documents (ETS 030 art. 7(1); ETS 182 art. 16; UNTOC art. 18(3)(b)).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ServiceMethod>))]
public enum ServiceMethod
{
    /// <summary>Service by post. (ETS 182 art. 16)</summary>
    [JsonStringEnumMemberName("POSTAL")]
    Postal = 1,

    /// <summary>Personal service on the addressee. (ETS 030 art. 7(1))</summary>
    [JsonStringEnumMemberName("PERSONAL")]
    Personal,

    /// <summary>Any method provided for by the law of the requested State. (ETS 030 art. 7(1))</summary>
    [JsonStringEnumMemberName("ANY_LAWFUL")]
    AnyLawful,
}

/// <summary>Hearing of a person, in person or remotely (EIO annex A section C; UNTOC art. 18(3)(a); ETS 030 art. 3).</summary>
public sealed record HearingDetails
{
    /// <summary>Id of the person to be heard.</summary>
    public required string PersonRef { get; init; }

    /// <summary>Capacity in which the person is to be heard (EIO annex A section C).</summary>
    public required ProceduralRole Capacity { get; init; }

    /// <summary>Questions to be put to the person.</summary>
    public MultilingualText? Questions { get; init; }

    /// <summary>Rights of which the person must be informed before the hearing under the law of the issuing State (EIO art. 9(2); annex A section I(1)).</summary>
    public MultilingualText? RightsToBeNotified { get; init; }

    /// <summary>Whether officials of the issuing State ask to be present at the hearing (EIO art. 9(4); annex A section I(2)).</summary>
    public bool? PresenceOfIssuingOfficials { get; init; }
}
