// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>Kind of document an attachment holds (AttachmentRef.documentType). Values and legal sources: docs/code-lists.md; schema: common/codes.schema.json.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DocumentType>))]
public enum DocumentType
{
    /// <summary>A rendition of the request form itself (for example the signed EIO annex A as PDF). (EIO art. 5(1), annex A)</summary>
    [JsonStringEnumMemberName("REQUEST_FORM")]
    RequestForm = 1,

    /// <summary>A translation of the request or of another document. (EIO art. 5(2); UNTOC art. 18(14))</summary>
    [JsonStringEnumMemberName("TRANSLATION")]
    Translation,

    /// <summary>The underlying national order or decision (for example a domestic search or interception order). (EIO art. 6; annex A section G)</summary>
    [JsonStringEnumMemberName("NATIONAL_ORDER")]
    NationalOrder,

    /// <summary>A court decision. (national law)</summary>
    [JsonStringEnumMemberName("COURT_DECISION")]
    CourtDecision,

    /// <summary>A warrant. (national law)</summary>
    [JsonStringEnumMemberName("WARRANT")]
    Warrant,

    /// <summary>Evidence obtained by executing a measure. (EIO art. 13)</summary>
    [JsonStringEnumMemberName("EVIDENCE")]
    Evidence,

    /// <summary>A record of a statement or hearing. (UNTOC art. 18(3)(a))</summary>
    [JsonStringEnumMemberName("STATEMENT")]
    Statement,

    /// <summary>An expert report. (UNTOC art. 18(3)(e))</summary>
    [JsonStringEnumMemberName("EXPERT_REPORT")]
    ExpertReport,

    /// <summary>Correspondence between the authorities. (EIO art. 16)</summary>
    [JsonStringEnumMemberName("CORRESPONDENCE")]
    Correspondence,

    /// <summary>Any other document; AttachmentRef.description says what it is.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
    /// <summary>A summons to appear, to be served (ETS 030 art. 7(1), (3)). Since 1.2; falls back to OTHER in 1.1.</summary>
    [JsonStringEnumMemberName("SUMMONS")]
    Summons,

    /// <summary>A receipt dated and signed by the person served, or a declaration of the form and date of service (ETS 030 art. 7(2)). Since 1.2; falls back to OTHER in 1.1.</summary>
    [JsonStringEnumMemberName("PROOF_OF_SERVICE")]
    ProofOfService,

    /// <summary>A legally admissible copy of a confiscation order of the requesting State (UNCAC art. 55(3)(b)). Since 1.2; falls back to COURT_DECISION in 1.1.</summary>
    [JsonStringEnumMemberName("CONFISCATION_ORDER")]
    ConfiscationOrder,

}
