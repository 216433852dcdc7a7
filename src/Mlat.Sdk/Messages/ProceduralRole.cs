// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>Position of a person in the proceedings (EIO annex A section E; UNTOC art. 18(15)(e)). Values and legal sources: docs/code-lists.md; schema: common/codes.schema.json.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProceduralRole>))]
public enum ProceduralRole
{
    /// <summary>Suspected person. (EIO annex A section E)</summary>
    [JsonStringEnumMemberName("SUSPECT")]
    Suspect = 1,

    /// <summary>Accused (charged or prosecuted) person. (EIO annex A section E)</summary>
    [JsonStringEnumMemberName("ACCUSED")]
    Accused,

    /// <summary>Victim. (EIO annex A section E)</summary>
    [JsonStringEnumMemberName("VICTIM")]
    Victim,

    /// <summary>Witness. (EIO annex A section E)</summary>
    [JsonStringEnumMemberName("WITNESS")]
    Witness,

    /// <summary>Expert. (EIO annex A section E)</summary>
    [JsonStringEnumMemberName("EXPERT")]
    Expert,

    /// <summary>Third party (for example an account holder or the owner of premises who is not a suspect). (EIO annex A section E)</summary>
    [JsonStringEnumMemberName("THIRD_PARTY")]
    ThirdParty,

    /// <summary>Any other position; PartyInCase.roleDetail says which. (EIO annex A section E)</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
    /// <summary>A person finally convicted, in proceedings at the stage of execution of the sentence or of confiscation after conviction. (EIO annex A section F; UNCAC arts 55(1) and 57(3)) Since 1.2.</summary>
    [JsonStringEnumMemberName("CONVICTED_PERSON")]
    ConvictedPerson,
}
