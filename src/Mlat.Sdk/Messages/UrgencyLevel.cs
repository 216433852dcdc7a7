// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>How urgently a request is to be dealt with (EIO annex A section B; UNTOC art. 18(14) for urgent requests). Values and legal sources: docs/code-lists.md; schema: common/codes.schema.json.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UrgencyLevel>))]
public enum UrgencyLevel
{
    /// <summary>Ordinary time limits apply. (EIO art. 12(3)-(4); UNTOC art. 18(24))</summary>
    [JsonStringEnumMemberName("NORMAL")]
    Normal = 1,

    /// <summary>The request is urgent; the reasons are given in Urgency.reasons and Urgency.explanation. (EIO art. 12(2); annex A section B)</summary>
    [JsonStringEnumMemberName("URGENT")]
    Urgent,

    /// <summary>Emergency: significant and imminent risk to life or safety of a person, or evidence about to be lost; dealt with by the fastest means. (EIO art. 32(2); CETS 224 art. 3(2)(c); UNTOC art. 18(14))</summary>
    [JsonStringEnumMemberName("EMERGENCY")]
    Emergency,
}
