// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>The proceedings for which the request is made (EIO art. 4, annex A sections F and G; UNTOC art. 18(15)(b)).</summary>
public sealed record Proceedings
{
    /// <summary>Type of proceedings (EIO annex A section F(a)-(d)).</summary>
    public required ProceedingsType Type { get; init; }

    /// <summary>Stage of the proceedings (EIO annex A section G(1); UNTOC art. 18(15)(b)).</summary>
    public required ProceedingsStage Stage { get; init; }

    /// <summary>Subject matter and nature of the investigation, prosecution or judicial proceeding (UNTOC art. 18(15)(b)).</summary>
    public MultilingualText? Nature { get; init; }

    /// <summary>Name and functions of the authority conducting the proceedings, when different from the requesting authority (UNTOC art. 18(15)(b)).</summary>
    public Authority? ConductingAuthority { get; init; }

    /// <summary>Case numbers of the proceedings.</summary>
    public IReadOnlyList<Identifier>? CaseNumbers { get; init; }

    /// <summary>Further types of proceedings ticked beside the type, where EIO annex A section F allows more than one. Since 1.2.</summary>
    public IReadOnlyList<ProceedingsType>? AdditionalTypes { get; init; }
}

/// <summary>Type of proceedings for which a request is issued (EIO art. 4; annex A section F).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProceedingsType>))]
public enum ProceedingsType
{
    /// <summary>Criminal proceedings brought by, or that may be brought before, a judicial authority. (EIO art. 4(a); annex A section F(a))</summary>
    [JsonStringEnumMemberName("CRIMINAL")]
    Criminal = 1,

    /// <summary>Proceedings brought by administrative authorities for acts punishable as infringements of the rules of law, where the decision may give rise to proceedings before a court having jurisdiction in criminal matters. (EIO art. 4(b); annex A section F(b))</summary>
    [JsonStringEnumMemberName("ADMINISTRATIVE_WITH_CRIMINAL_COURT_REVIEW")]
    AdministrativeWithCriminalCourtReview,

    /// <summary>Proceedings brought by judicial authorities for such infringements, where the decision may give rise to further proceedings before a court having jurisdiction in criminal matters. (EIO art. 4(c); annex A section F(c))</summary>
    [JsonStringEnumMemberName("JUDICIAL_INFRINGEMENT")]
    JudicialInfringement,

    /// <summary>Proceedings of the above kinds relating to offences or infringements for which a legal person may be held liable or punished. (EIO art. 4(d); annex A section F(d))</summary>
    [JsonStringEnumMemberName("LEGAL_PERSON_LIABILITY")]
    LegalPersonLiability,
}

/// <summary>Stage reached by the proceedings (EIO annex A section G(1): stage of the investigation; UNTOC art. 18(15)(b): investigation, prosecution or judicial proceeding).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProceedingsStage>))]
public enum ProceedingsStage
{
    /// <summary>Investigation. (UNTOC art. 18(15)(b); EIO annex A section G)</summary>
    [JsonStringEnumMemberName("INVESTIGATION")]
    Investigation = 1,

    /// <summary>Prosecution (charges brought or being decided). (UNTOC art. 18(15)(b))</summary>
    [JsonStringEnumMemberName("PROSECUTION")]
    Prosecution,

    /// <summary>Trial at first instance. (UNTOC art. 18(15)(b))</summary>
    [JsonStringEnumMemberName("TRIAL")]
    Trial,

    /// <summary>Appeal or other remedy against a judgment. (UNTOC art. 18(15)(b))</summary>
    [JsonStringEnumMemberName("APPEAL")]
    Appeal,

    /// <summary>Execution of a sentence. (UNTOC art. 18(15)(b))</summary>
    [JsonStringEnumMemberName("EXECUTION_OF_SENTENCE")]
    ExecutionOfSentence,
}

/// <summary>A span of calendar dates; an open end means continuing or not known.</summary>
public sealed record Period
{
    /// <summary>First day of the period.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Last day of the period, if known.</summary>
    public DateOnly? To { get; init; }
}

/// <summary>The penalty an offence carries (EIO annex A section G(3)).</summary>
public sealed record Penalty
{
    /// <summary>Kind of penalty.</summary>
    public required PenaltyType Type { get; init; }

    /// <summary>
    /// Maximum penalty as an ISO 8601 duration, for example P3Y; the three-year threshold of EIO art. 11(1)(g) and annex A
    /// section G(3) is checked on it. Since 1.2 it may be absent (null) for life imprisonment or the death penalty, so that
    /// no maximum is invented; rule MLAT-R-0112 requires it otherwise.
    /// </summary>
    public IsoDuration? Maximum { get; init; }

    /// <summary>True if the maximum is life imprisonment; maximum then holds the longest fixed term or the review period under national law where there is one, and since 1.2 may be absent.</summary>
    public bool? LifeImprisonment { get; init; }

    /// <summary>Maximum fine (EIO annex A section G(3)); for a fine-only offence the maximum custodial term is P0D. Since 1.2.</summary>
    public MonetaryAmount? MaximumFine { get; init; }
}

/// <summary>Kind of penalty an offence carries (EIO annex A section G(3): custodial sentence or detention order).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PenaltyType>))]
public enum PenaltyType
{
    /// <summary>Custodial sentence or detention order. (EIO annex A section G(3); art. 11(1)(g))</summary>
    [JsonStringEnumMemberName("CUSTODIAL")]
    Custodial = 1,

    /// <summary>Fine. (national law)</summary>
    [JsonStringEnumMemberName("FINE")]
    Fine,

    /// <summary>Another penalty. (national law)</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
    /// <summary>The offence may be punished by death in the requesting State; the request names its assurance (AssistanceRequest.assurances). Since 1.2.</summary>
    [JsonStringEnumMemberName("DEATH_PENALTY")]
    DeathPenalty,
}

/// <summary>Legal classification of an offence under a statutory provision (EIO annex A section G(2); ETS 030 art. 14(2)).</summary>
public sealed record LegalClassification
{
    /// <summary>The statutory provision or code (EIO annex A section G(2)).</summary>
    public required LegalReference Statute { get; init; }

    /// <summary>Name of the offence as the provision calls it.</summary>
    public required string Label { get; init; }
}

/// <summary>An offence under investigation or prosecution (EIO annex A section G; UNTOC art. 18(15)(c); ETS 030 art. 14(2)).</summary>
public sealed record Offence
{
    /// <summary>Identifier of the offence inside the message thread, used by offenceRefs.</summary>
    public required string Id { get; init; }

    /// <summary>Description of the offence: the conduct, time, place and degree of participation (EIO annex A section G(1)).</summary>
    public required MultilingualText Description { get; init; }

    /// <summary>Nature and legal classification of the offence and the applicable statutory provisions (EIO annex A section G(2)).</summary>
    public IReadOnlyList<LegalClassification>? LegalClassifications { get; init; }

    /// <summary>Maximum penalty in the issuing State (EIO annex A section G(3)).</summary>
    public Penalty? MaximumPenalty { get; init; }

    /// <summary>Classification of the offence in the ICCS (UNODC).</summary>
    public string? Iccs { get; init; }

    /// <summary>Annex D category ticked in EIO annex A section G(3), when the offence falls in one.</summary>
    public EioAnnexDCategory? EioAnnexD { get; init; }

    /// <summary>When the offence was committed.</summary>
    public Period? Period { get; init; }

    /// <summary>Where the offence was committed (EIO art. 11(1)(e): territoriality).</summary>
    public IReadOnlyList<Address>? Places { get; init; }

    /// <summary>Whether the offence was committed wholly or partly by means of an information system (Regulation (EU) 2023/1543 art. 5(4)(b); EPOC annex I section G). Added in 1.1.</summary>
    public bool? CommittedByInformationSystem { get; init; }

    /// <summary>Statement on dual criminality for the offence (EIO art. 11(1)(g); UNTOC art. 18(9); ETS 030 art. 5(1)(a)). Since 1.2.</summary>
    public DualCriminalityStatement? DualCriminality { get; init; }
}
