// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>State of execution of one measure, as reported by the executing authority (EIO arts. 10, 11, 15, 16; UNTOC art. 18(21), (24)-(26)). Values and legal sources: docs/code-lists.md; schema: common/codes.schema.json.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeasureStatus>))]
public enum MeasureStatus
{
    /// <summary>The measure has been carried out in full. (EIO art. 12(4); UNTOC art. 18(24))</summary>
    [JsonStringEnumMemberName("EXECUTED")]
    Executed = 1,

    /// <summary>The measure has been carried out in part; the note or conditions say what is missing. (UNTOC art. 18(26))</summary>
    [JsonStringEnumMemberName("PARTIALLY_EXECUTED")]
    PartiallyExecuted,

    /// <summary>The measure has not been carried out (for example no result was found) without a refusal. (EIO art. 16(3))</summary>
    [JsonStringEnumMemberName("NOT_EXECUTED")]
    NotExecuted,

    /// <summary>Execution has started and continues. (EIO art. 16(2); UNTOC art. 18(24))</summary>
    [JsonStringEnumMemberName("IN_PROGRESS")]
    InProgress,

    /// <summary>Recognition or execution has been refused on the grounds given. (EIO art. 11; UNTOC art. 18(21))</summary>
    [JsonStringEnumMemberName("REFUSED")]
    Refused,

    /// <summary>Execution has been postponed. (EIO art. 15; UNTOC art. 18(25))</summary>
    [JsonStringEnumMemberName("POSTPONED")]
    Postponed,

    /// <summary>A different type of measure has been or will be used instead. (EIO art. 10)</summary>
    [JsonStringEnumMemberName("ALTERNATIVE_USED")]
    AlternativeUsed,

    /// <summary>The requesting authority has withdrawn the measure. (EIO art. 10(4), 21(3); UNTOC art. 18(24))</summary>
    [JsonStringEnumMemberName("WITHDRAWN")]
    Withdrawn,

    /// <summary>Execution is impossible in fact (for example the person or item cannot be found). (EIO art. 16(2)(b))</summary>
    [JsonStringEnumMemberName("IMPOSSIBLE")]
    Impossible,
}
