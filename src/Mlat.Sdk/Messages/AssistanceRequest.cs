using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// The request for mutual legal assistance itself: a European Investigation Order (Directive 2014/41/EU, annex A sections
/// A to L), a request under UNTOC art. 18(15) or UNCAC art. 46(15), a letter rogatory under ETS 030 art. 14, or a request
/// under a bilateral treaty. <see cref="Profile"/> names the instrument; completeness that depends on the instrument is
/// checked by the business rules of that profile, not by the shape.
/// </summary>
public sealed record AssistanceRequest : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.AssistanceRequest;

    /// <summary>The legal instrument profile of the request; selects the business rules that apply.</summary>
    public required Profile Profile { get; init; }

    /// <summary>
    /// The treaty, convention, instrument or national provisions the request is based on, most specific first
    /// (EIO art. 1; UNTOC art. 18(7)).
    /// </summary>
    public IReadOnlyList<LegalReference>? LegalBasis { get; init; }

    /// <summary>
    /// The authority that issues or makes the request (EIO annex A section K, art. 5(1)(a); UNTOC art. 18(15)(a);
    /// UNCAC art. 46(15)(a); ETS 030 art. 14(1)(a)). Its country is the issuing State of EIO annex A section A.
    /// </summary>
    public required Authority IssuingAuthority { get; init; }

    /// <summary>The judicial authority that validated the EIO (EIO annex A section L, art. 2(c)(ii)).</summary>
    public Authority? ValidatingAuthority { get; init; }

    /// <summary>Which authority the executing authority should contact first (EIO annex A section L).</summary>
    public MainContactAuthority? MainContact { get; init; }

    /// <summary>
    /// The central authority of the requesting State responsible for administrative transmission (EIO annex A section K,
    /// art. 7(3); UNTOC art. 18(13)).
    /// </summary>
    public Authority? CentralAuthority { get; init; }

    /// <summary>
    /// Contact persons, if different from the issuing authority, for additional information or practical arrangements for
    /// the transfer of evidence (EIO annex A section K).
    /// </summary>
    public IReadOnlyList<ContactPoint>? ContactPoints { get; init; }

    /// <summary>The requested or executing State (EIO annex A section A).</summary>
    public required CountryCode ExecutingState { get; init; }

    /// <summary>The competent executing authority, where known (EIO art. 7(1)).</summary>
    public Authority? ExecutingAuthority { get; init; }

    /// <summary>Urgency level and reasons (EIO annex A section B; UNTOC art. 18(24)).</summary>
    public Urgency? Urgency { get; init; }

    /// <summary>
    /// Deadlines asked for, each with its reason (EIO annex A section B, art. 12(2); UNTOC art. 18(24); UNCAC art. 46(24)).
    /// </summary>
    public IReadOnlyList<Deadline>? Deadlines { get; init; }

    /// <summary>Earlier requests this one supplements or that were sent in the same case (EIO annex A section D).</summary>
    public IReadOnlyList<RelatedRequest>? RelatedRequests { get; init; }

    /// <summary>
    /// Type, stage, subject matter and nature of the proceedings and the authority conducting them (EIO annex A section F,
    /// art. 4; UNTOC art. 18(15)(b); UNCAC art. 46(15)(b)).
    /// </summary>
    public Proceedings? Proceedings { get; init; }

    /// <summary>
    /// Natural persons concerned (EIO annex A section E(i); UNTOC art. 18(15)(e); ETS 030 art. 14(1)(c) and (d)).
    /// </summary>
    public IReadOnlyList<NaturalPerson>? Persons { get; init; }

    /// <summary>Legal persons concerned (EIO annex A section E(ii); UNTOC art. 18(15)(e)).</summary>
    public IReadOnlyList<LegalPerson>? LegalPersons { get; init; }

    /// <summary>The position of each person or legal person in the proceedings (EIO annex A section E).</summary>
    public IReadOnlyList<PartyInCase>? Parties { get; init; }

    /// <summary>
    /// Summary of the relevant facts (EIO annex A section G(1); UNTOC art. 18(15)(c); ETS 030 art. 14(2)).
    /// </summary>
    public MultilingualText? FactsSummary { get; init; }

    /// <summary>
    /// The offences with their legal classification, maximum penalty and annex D category (EIO annex A section G(2)-(3),
    /// art. 5(1)(d); ETS 030 art. 14(2)).
    /// </summary>
    public IReadOnlyList<Offence>? Offences { get; init; }

    /// <summary>
    /// The measures or forms of assistance requested (EIO annex A sections C, H and I, art. 5(1)(e); UNTOC art. 18(3) and
    /// 18(15)(d); UNCAC art. 46(3); ETS 030 arts 3-5 and 7).
    /// </summary>
    public required IReadOnlyList<Measure> Measures { get; init; }

    /// <summary>
    /// The purpose for which the evidence, information or action is sought (UNTOC art. 18(15)(f); UNCAC art. 46(15)(f);
    /// ETS 030 art. 14(1)(b)).
    /// </summary>
    public MultilingualText? Purpose { get; init; }

    /// <summary>
    /// Formalities and procedures the executing authority is asked to follow, with the reasons (EIO annex A section I(1),
    /// art. 9(2); UNTOC art. 18(15)(d) and 18(17)).
    /// </summary>
    public MultilingualText? FormalitiesRequested { get; init; }

    /// <summary>Officials of the issuing State asked to assist in the execution (EIO annex A section I(2), art. 9(4)).</summary>
    public IReadOnlyList<ContactPoint>? OfficialsToAssist { get; init; }

    /// <summary>Legal remedies against the issuing of the request (EIO annex A section J, art. 14).</summary>
    public LegalRemedies? LegalRemedies { get; init; }

    /// <summary>Confidentiality and use limitations (EIO art. 19; UNTOC art. 18(19)-(20)).</summary>
    public Confidentiality? Confidentiality { get; init; }

    /// <summary>The necessity and proportionality certification (EIO annex A preamble, art. 6(1)).</summary>
    public RequestCertification? Certification { get; init; }

    /// <summary>Date of signature by the issuing authority (EIO annex A section K).</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>Date of validation by the validating authority (EIO annex A section L).</summary>
    public DateOnly? ValidatedOn { get; init; }

    /// <summary>Any other information that may assist execution (EIO annex A section E).</summary>
    public MultilingualText? AdditionalInformation { get; init; }

    /// <summary>Documents sent with the request (EIO art. 5(2); ETS 030 art. 14; UNTOC art. 18(14)).</summary>
    public IReadOnlyList<AttachmentRef>? Attachments { get; init; }

    /// <summary>Assurances the requesting side gives, for example that the death penalty will not be sought (rule MLAT-R-0111). Since 1.2.</summary>
    public IReadOnlyList<Assurance>? Assurances { get; init; }

    /// <summary>The preservation requests or orders whose preserved data this request seeks to have searched, seized or disclosed (Budapest Convention arts 29(2)(f), (7) and 31; Regulation (EU) 2023/1543 art. 11(1)); rule MLAT-R-0119. Since 1.2.</summary>
    public IReadOnlyList<RequestReference>? PreservationRequests { get; init; }
}

/// <summary>Which authority is the main contact of the executing authority for a validated EIO (EIO annex A section L).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MainContactAuthority>))]
public enum MainContactAuthority
{
    /// <summary>The issuing authority (EIO annex A section K).</summary>
    [JsonStringEnumMemberName("ISSUING")]
    Issuing = 1,

    /// <summary>The validating authority (EIO annex A section L).</summary>
    [JsonStringEnumMemberName("VALIDATING")]
    Validating,
}

/// <summary>An earlier request related to this one (EIO annex A section D).</summary>
public sealed record RelatedRequest
{
    /// <summary>How the earlier request relates to this one.</summary>
    public required RequestRelation Relation { get; init; }

    /// <summary>
    /// Identifies the earlier request: date of issue, authority it was transmitted to, date of transmission, issuing and
    /// executing references (EIO annex A section D).
    /// </summary>
    public required RequestReference Reference { get; init; }

    /// <summary>The State the earlier request was addressed to (EIO annex A section D(2)).</summary>
    public CountryCode? State { get; init; }

    /// <summary>Explanation of the relationship.</summary>
    public MultilingualText? Note { get; init; }
}

/// <summary>How an earlier request relates to a request (EIO annex A section D).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RequestRelation>))]
public enum RequestRelation
{
    /// <summary>This request supplements the earlier one (EIO annex A section D(1)).</summary>
    [JsonStringEnumMemberName("SUPPLEMENTS")]
    Supplements = 1,

    /// <summary>The earlier request was sent to another State in the same case (EIO annex A section D(2)).</summary>
    [JsonStringEnumMemberName("SAME_CASE_OTHER_STATE")]
    SameCaseOtherState,

    /// <summary>Another request sent to the same State in the same case.</summary>
    [JsonStringEnumMemberName("SAME_CASE_SAME_STATE")]
    SameCaseSameState,

    /// <summary>Another relationship, explained in the note.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}

/// <summary>Legal remedies against the issuing of the request (EIO annex A section J, art. 14).</summary>
public sealed record LegalRemedies
{
    /// <summary>Whether a legal remedy has already been sought against the issuing of the request (section J(1)).</summary>
    public required bool AlreadySought { get; init; }

    /// <summary>Which remedy was sought, the steps taken and the deadlines (section J(1)).</summary>
    public MultilingualText? Description { get; init; }

    /// <summary>
    /// The authority in the issuing State that can supply information on remedies, legal assistance, interpretation and
    /// translation (section J(2)).
    /// </summary>
    public Authority? InformationAuthority { get; init; }
}

/// <summary>The issuing authority's certification preceding the EIO form (EIO annex A preamble, art. 6(1)).</summary>
public sealed record RequestCertification
{
    /// <summary>The request is necessary and proportionate for the purpose of the proceedings (EIO art. 6(1)(a)).</summary>
    public required bool NecessaryAndProportionate { get; init; }

    /// <summary>The measures could have been ordered under the same conditions in a similar domestic case (EIO art. 6(1)(b)).</summary>
    public required bool AvailableInSimilarDomesticCase { get; init; }

    /// <summary>
    /// Why the measures are necessary and proportionate, taking into account the rights of the suspected or accused person
    /// (EIO art. 6(1)(a)).
    /// </summary>
    public MultilingualText? Justification { get; init; }

    /// <summary>Who signed for the issuing authority and the post held (EIO annex A section K).</summary>
    public Representative? Signatory { get; init; }
}

/// <summary>An assurance the requesting side gives with a request (rule MLAT-R-0111). Since 1.2.</summary>
public sealed record Assurance
{
    /// <summary>The assurance.</summary>
    public required AssuranceKind Kind { get; init; }

    /// <summary>The authority that gives it, where it is not the issuing authority.</summary>
    public Authority? GivenBy { get; init; }

    /// <summary>Ids of the offences it covers; absent means every offence.</summary>
    public IReadOnlyList<string>? OffenceRefs { get; init; }

    /// <summary>The assurance in words, with OTHER and wherever the requested State needs its wording.</summary>
    public MultilingualText? Text { get; init; }
}

/// <summary>Kind of assurance given with a request. Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssuranceKind>))]
public enum AssuranceKind
{
    /// <summary>The death penalty will not be sought. (ECHR Protocols 6 and 13; Charter of Fundamental Rights art. 19(2))</summary>
    [JsonStringEnumMemberName("DEATH_PENALTY_NOT_SOUGHT")]
    DeathPenaltyNotSought = 1,

    /// <summary>If imposed, the death penalty will not be carried out. (ECHR Protocols 6 and 13; Charter of Fundamental Rights art. 19(2))</summary>
    [JsonStringEnumMemberName("DEATH_PENALTY_NOT_CARRIED_OUT")]
    DeathPenaltyNotCarriedOut,

    /// <summary>The evidence will be used only for the proceedings stated. (UNTOC art. 18(19))</summary>
    [JsonStringEnumMemberName("SPECIALITY")]
    Speciality,

    /// <summary>Another assurance; text states it.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}
