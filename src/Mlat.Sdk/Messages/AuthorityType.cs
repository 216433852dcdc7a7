// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>Kind of authority issuing, validating, receiving or executing a request (EIO art. 2(c) and annex A sections K and L; central authorities under UNTOC art. 18(13)). Values and legal sources: docs/code-lists.md; schema: common/codes.schema.json.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AuthorityType>))]
public enum AuthorityType
{
    /// <summary>A judge. (EIO art. 2(c)(i); annex A section K)</summary>
    [JsonStringEnumMemberName("JUDGE")]
    Judge = 1,

    /// <summary>A court. (EIO art. 2(c)(i); annex A section K)</summary>
    [JsonStringEnumMemberName("COURT")]
    Court,

    /// <summary>An investigating judge. (EIO art. 2(c)(i); annex A section K)</summary>
    [JsonStringEnumMemberName("INVESTIGATING_JUDGE")]
    InvestigatingJudge,

    /// <summary>A public prosecutor competent in the case concerned. (EIO art. 2(c)(i); annex A section K)</summary>
    [JsonStringEnumMemberName("PUBLIC_PROSECUTOR")]
    PublicProsecutor,

    /// <summary>A central authority designated for the transmission and receipt of requests. (EIO art. 7(3); UNTOC art. 18(13); UNCAC art. 46(13))</summary>
    [JsonStringEnumMemberName("CENTRAL_AUTHORITY")]
    CentralAuthority,

    /// <summary>A police or other law-enforcement authority. (EIO art. 2(c)(ii))</summary>
    [JsonStringEnumMemberName("POLICE")]
    Police,

    /// <summary>Another authority competent under national law to order the gathering of evidence; under the EIO its order must be validated by a judicial authority (annex A section L). (EIO art. 2(c)(ii))</summary>
    [JsonStringEnumMemberName("OTHER_COMPETENT")]
    OtherCompetent,
    /// <summary>A financial intelligence unit; not a judicial authority, so an EIO it issues needs validation. (UNCAC art. 58; UNTOC art. 7(1)(b)) Since 1.2.</summary>
    [JsonStringEnumMemberName("FINANCIAL_INTELLIGENCE_UNIT")]
    FinancialIntelligenceUnit,

    /// <summary>A body specialised in combating corruption through law enforcement; not a judicial authority, so an EIO it issues needs validation. (UNCAC arts 6 and 36) Since 1.2.</summary>
    [JsonStringEnumMemberName("ANTI_CORRUPTION_AGENCY")]
    AntiCorruptionAgency,
}
