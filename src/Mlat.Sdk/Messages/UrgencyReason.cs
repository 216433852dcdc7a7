// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>Reason why a request is urgent (EIO annex A section B; PC-OC guidelines to the model request form: suspect in custody, danger that evidence is destroyed). Values and legal sources: docs/code-lists.md; schema: common/codes.schema.json.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UrgencyReason>))]
public enum UrgencyReason
{
    /// <summary>Evidence is at risk of being concealed or destroyed. (EIO annex A section B)</summary>
    [JsonStringEnumMemberName("EVIDENCE_DESTRUCTION_RISK")]
    EvidenceDestructionRisk = 1,

    /// <summary>The trial date is imminent. (EIO annex A section B)</summary>
    [JsonStringEnumMemberName("IMMINENT_TRIAL")]
    ImminentTrial,

    /// <summary>A person concerned is in custody, so time limits on detention run. (PC-OC (2015)09 guidelines; EIO annex A section B (other reason))</summary>
    [JsonStringEnumMemberName("PERSON_IN_CUSTODY")]
    PersonInCustody,

    /// <summary>The limitation period for prosecution is about to expire. (EIO annex A section B (other reason))</summary>
    [JsonStringEnumMemberName("LIMITATION_PERIOD")]
    LimitationPeriod,

    /// <summary>Another reason, stated in Urgency.explanation. (EIO annex A section B)</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,

    /// <summary>Imminent threat to the life, physical integrity or safety of a person. Added in 1.1; falls back to <see cref="Other"/> in 1.0. (Regulation (EU) 2023/1543 art. 3(18); CETS 224 art. 3(2)(c))</summary>
    [JsonStringEnumMemberName("THREAT_TO_LIFE")]
    ThreatToLife,

    /// <summary>Imminent threat to a critical infrastructure whose disruption would threaten life or safety. Added in 1.1; falls back to <see cref="Other"/> in 1.0. (Regulation (EU) 2023/1543 art. 3(18))</summary>
    [JsonStringEnumMemberName("CRITICAL_INFRASTRUCTURE")]
    CriticalInfrastructure,
    /// <summary>Property is about to be moved, transferred or disposed of (UNCAC art. 54(2); UNTOC art. 13(2); EIO art. 32(2)). Since 1.2; falls back to OTHER in 1.1.</summary>
    [JsonStringEnumMemberName("ASSETS_ABOUT_TO_BE_MOVED")]
    AssetsAboutToBeMoved,

}
