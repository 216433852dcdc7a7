// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>Type of investigative measure or assistance requested: the union of the measures ticked in EIO annex A section C, the purposes of UNTOC art. 18(3) and UNCAC art. 46(3), and the special measures of ETS 182. Values and legal sources: docs/code-lists.md; schema: common/codes.schema.json.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeasureType>))]
public enum MeasureType
{
    /// <summary>Obtaining information or evidence already in the possession of the executing authority. (EIO annex A section C; art. 10(2)(a))</summary>
    [JsonStringEnumMemberName("EXISTING_INFORMATION_OR_EVIDENCE")]
    ExistingInformationOrEvidence = 1,

    /// <summary>Obtaining information contained in databases held by police or judicial authorities. (EIO annex A section C; art. 10(2)(b))</summary>
    [JsonStringEnumMemberName("DATABASE_INFORMATION")]
    DatabaseInformation,

    /// <summary>Hearing of a witness. (EIO annex A section C; UNTOC art. 18(3)(a))</summary>
    [JsonStringEnumMemberName("HEARING_WITNESS")]
    HearingWitness,

    /// <summary>Hearing of an expert. (EIO annex A section C; UNTOC art. 18(3)(a))</summary>
    [JsonStringEnumMemberName("HEARING_EXPERT")]
    HearingExpert,

    /// <summary>Hearing of a suspected or accused person. (EIO annex A section C; UNTOC art. 18(3)(a))</summary>
    [JsonStringEnumMemberName("HEARING_SUSPECT_OR_ACCUSED")]
    HearingSuspectOrAccused,

    /// <summary>Hearing of a victim. (EIO annex A section C; UNTOC art. 18(3)(a))</summary>
    [JsonStringEnumMemberName("HEARING_VICTIM")]
    HearingVictim,

    /// <summary>Hearing of a third party. (EIO annex A section C; UNTOC art. 18(3)(a))</summary>
    [JsonStringEnumMemberName("HEARING_THIRD_PARTY")]
    HearingThirdParty,

    /// <summary>Identification of persons holding a subscription of a specified phone number or IP address. (EIO annex A section C; art. 10(2)(e))</summary>
    [JsonStringEnumMemberName("SUBSCRIBER_IDENTIFICATION")]
    SubscriberIdentification,

    /// <summary>Temporary transfer of a person held in custody to the issuing (requesting) State. (EIO art. 22; annex A section H1; ETS 182 art. 13; UNTOC art. 18(10))</summary>
    [JsonStringEnumMemberName("TEMPORARY_TRANSFER_TO_ISSUING_STATE")]
    TemporaryTransferToIssuingState,

    /// <summary>Temporary transfer of a person held in custody in the issuing State to the executing State. (EIO art. 23; annex A section H1; ETS 182 art. 3)</summary>
    [JsonStringEnumMemberName("TEMPORARY_TRANSFER_TO_EXECUTING_STATE")]
    TemporaryTransferToExecutingState,

    /// <summary>Hearing by videoconference or other audiovisual transmission. (EIO art. 24; annex A section H2; ETS 182 art. 9; UNTOC art. 18(18))</summary>
    [JsonStringEnumMemberName("HEARING_BY_VIDEOCONFERENCE")]
    HearingByVideoconference,

    /// <summary>Hearing of a witness or expert by telephone conference. (EIO art. 25; annex A section H2; ETS 182 art. 10)</summary>
    [JsonStringEnumMemberName("HEARING_BY_TELEPHONE")]
    HearingByTelephone,

    /// <summary>Information on bank and other financial accounts. (EIO art. 26; annex A section H4)</summary>
    [JsonStringEnumMemberName("BANK_ACCOUNT_INFORMATION")]
    BankAccountInformation,

    /// <summary>Information on banking and other financial operations. (EIO art. 27; annex A section H5)</summary>
    [JsonStringEnumMemberName("BANK_OPERATIONS_INFORMATION")]
    BankOperationsInformation,

    /// <summary>Monitoring of banking or other financial operations in real time, continuously and over a certain period. (EIO art. 28(1)(a); annex A section H6)</summary>
    [JsonStringEnumMemberName("BANK_OPERATIONS_MONITORING")]
    BankOperationsMonitoring,

    /// <summary>Controlled delivery on the territory of the executing State. (EIO art. 28(1)(b); annex A section H6; ETS 182 art. 18; UNTOC art. 20)</summary>
    [JsonStringEnumMemberName("CONTROLLED_DELIVERY")]
    ControlledDelivery,

    /// <summary>Investigation by officers acting under covert or false identity. (EIO art. 29; ETS 182 art. 19)</summary>
    [JsonStringEnumMemberName("COVERT_INVESTIGATION")]
    CovertInvestigation,

    /// <summary>Interception of telecommunications with the technical assistance of the executing State. (EIO art. 30; annex A section H7)</summary>
    [JsonStringEnumMemberName("INTERCEPTION_OF_TELECOMMUNICATIONS")]
    InterceptionOfTelecommunications,

    /// <summary>Provisional measure to prevent the destruction, transformation, removal, transfer or disposal of an item that may be used as evidence. (EIO art. 32; annex A section H3)</summary>
    [JsonStringEnumMemberName("PROVISIONAL_MEASURE")]
    ProvisionalMeasure,

    /// <summary>Effecting service of judicial documents. (UNTOC art. 18(3)(b); UNCAC art. 46(3)(b); ETS 030 art. 7)</summary>
    [JsonStringEnumMemberName("SERVICE_OF_DOCUMENTS")]
    ServiceOfDocuments,

    /// <summary>Executing searches and seizures. (UNTOC art. 18(3)(c); UNCAC art. 46(3)(c); ETS 030 art. 5)</summary>
    [JsonStringEnumMemberName("SEARCH_AND_SEIZURE")]
    SearchAndSeizure,

    /// <summary>Freezing of property. (UNTOC art. 18(3)(c); UNCAC art. 46(3)(c))</summary>
    [JsonStringEnumMemberName("FREEZING")]
    Freezing,

    /// <summary>Examining objects and sites. (UNTOC art. 18(3)(d); UNCAC art. 46(3)(d))</summary>
    [JsonStringEnumMemberName("EXAMINATION_OF_OBJECTS_AND_SITES")]
    ExaminationOfObjectsAndSites,

    /// <summary>Providing information, evidentiary items and expert evaluations. (UNTOC art. 18(3)(e); UNCAC art. 46(3)(e))</summary>
    [JsonStringEnumMemberName("EXPERT_EVALUATION")]
    ExpertEvaluation,

    /// <summary>Providing originals or certified copies of relevant documents and records, including government, bank, financial, corporate or business records. (UNTOC art. 18(3)(f); UNCAC art. 46(3)(f))</summary>
    [JsonStringEnumMemberName("DOCUMENTS_AND_RECORDS")]
    DocumentsAndRecords,

    /// <summary>Identifying or tracing proceeds of crime, property, instrumentalities or other things for evidentiary purposes. (UNTOC art. 18(3)(g); UNCAC art. 46(3)(g) and (j))</summary>
    [JsonStringEnumMemberName("TRACING_PROCEEDS")]
    TracingProceeds,

    /// <summary>Facilitating the voluntary appearance of persons in the requesting State. (UNTOC art. 18(3)(h); UNCAC art. 46(3)(h))</summary>
    [JsonStringEnumMemberName("VOLUNTARY_APPEARANCE")]
    VoluntaryAppearance,

    /// <summary>Recovery of assets in accordance with chapter V of UNCAC. (UNCAC art. 46(3)(k))</summary>
    [JsonStringEnumMemberName("ASSET_RECOVERY")]
    AssetRecovery,

    /// <summary>Any other type of assistance not contrary to the domestic law of the requested State; Measure.description says which. (UNTOC art. 18(3)(i); UNCAC art. 46(3)(i); EIO annex A section C)</summary>
    [JsonStringEnumMemberName("OTHER_ASSISTANCE")]
    OtherAssistance,

    /// <summary>Tracking the location of a person or object by technical means (EIO art. 28(1); annex A section H7). Since 1.2; falls back to OTHER_ASSISTANCE in 1.1.</summary>
    [JsonStringEnumMemberName("GPS_TRACKING")]
    GpsTracking,

    /// <summary>Recording of conversations in private premises or vehicles (EIO art. 28(1); annex A section H7). Since 1.2; falls back to OTHER_ASSISTANCE in 1.1.</summary>
    [JsonStringEnumMemberName("ACOUSTIC_SURVEILLANCE")]
    AcousticSurveillance,
    /// <summary>Giving effect to a confiscation order of the requesting State, or obtaining one in the requested State, including without a conviction; <see cref="MeasureDetails.Confiscation"/> carries the order, the property and the return asked for. (UNCAC arts 54(1), 55(1); UNTOC art. 13(1)) Since 1.2; falls back to ASSET_RECOVERY in 1.1.</summary>
    [JsonStringEnumMemberName("CONFISCATION")]
    Confiscation,

}
