// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>Ground for refusing, or not recognising or executing, a request or a measure, scoped by instrument: EIO art. 11 and the measure-specific grounds of arts. 22 and 24, UNTOC art. 18(9) and (21), UNCAC art. 46(9) and (21), ETS 030 arts. 2 and 5, a bilateral treaty, or another ground. Values and legal sources: docs/code-lists.md; schema: common/codes.schema.json.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RefusalGroundCode>))]
public enum RefusalGroundCode
{
    /// <summary>Immunity or privilege under the law of the executing State, or rules on determination and limitation of criminal liability relating to freedom of the press and freedom of expression in other media, make execution impossible. (EIO art. 11(1)(a))</summary>
    [JsonStringEnumMemberName("EIO_ART11_1_A")]
    EioArt11Para1A = 1,

    /// <summary>Execution would harm essential national security interests, jeopardise the source of the information or involve the use of classified information relating to specific intelligence activities. (EIO art. 11(1)(b))</summary>
    [JsonStringEnumMemberName("EIO_ART11_1_B")]
    EioArt11Para1B,

    /// <summary>The EIO was issued in proceedings under art. 4(b) or (c) and the measure would not be authorised under the law of the executing State in a similar domestic case. (EIO art. 11(1)(c))</summary>
    [JsonStringEnumMemberName("EIO_ART11_1_C")]
    EioArt11Para1C,

    /// <summary>Execution would be contrary to the principle of ne bis in idem. (EIO art. 11(1)(d))</summary>
    [JsonStringEnumMemberName("EIO_ART11_1_D")]
    EioArt11Para1D,

    /// <summary>Territoriality: the offence was allegedly committed outside the issuing State and wholly or partially on the territory of the executing State, and the conduct is not an offence in the executing State. (EIO art. 11(1)(e))</summary>
    [JsonStringEnumMemberName("EIO_ART11_1_E")]
    EioArt11Para1E,

    /// <summary>There are substantial grounds to believe that execution would be incompatible with the executing State's obligations under art. 6 TEU and the Charter of Fundamental Rights. (EIO art. 11(1)(f))</summary>
    [JsonStringEnumMemberName("EIO_ART11_1_F")]
    EioArt11Para1F,

    /// <summary>Absence of double criminality: the conduct is not an offence under the law of the executing State, unless it concerns an annex D category punishable in the issuing State by a maximum of at least three years. (EIO art. 11(1)(g))</summary>
    [JsonStringEnumMemberName("EIO_ART11_1_G")]
    EioArt11Para1G,

    /// <summary>The law of the executing State restricts the measure to a list or category of offences or to offences punishable above a threshold that does not include the offence. (EIO art. 11(1)(h))</summary>
    [JsonStringEnumMemberName("EIO_ART11_1_H")]
    EioArt11Para1H,

    /// <summary>The measure is restricted under the law of the executing State to listed offences or categories of offences that do not cover the offence. Caution: in the Directive this ground is art. 11(1)(h), and art. 11(2) says that grounds (g) and (h) cannot be invoked against the measures of art. 10(2) (non-coercive measures, existing information, hearings, subscriber identification); prefer EIO_ART11_1_H, and never use either against an art. 10(2) measure. (EIO art. 11(1)(h) and 11(2))</summary>
    [JsonStringEnumMemberName("EIO_ART11_2")]
    EioArt11Para2,

    /// <summary>Temporary transfer of a detained person to the issuing State: the person does not consent. (EIO art. 22(2)(a))</summary>
    [JsonStringEnumMemberName("EIO_ART22_2_A")]
    EioArt22Para2A,

    /// <summary>Temporary transfer of a detained person to the issuing State: the transfer is liable to prolong the person's detention. (EIO art. 22(2)(b))</summary>
    [JsonStringEnumMemberName("EIO_ART22_2_B")]
    EioArt22Para2B,

    /// <summary>Hearing by videoconference of a suspected or accused person: the person does not consent. (EIO art. 24(2)(a))</summary>
    [JsonStringEnumMemberName("EIO_ART24_2_A")]
    EioArt24Para2A,

    /// <summary>The request is not made in conformity with the provisions of art. 18. (UNTOC art. 18(21)(a))</summary>
    [JsonStringEnumMemberName("UNTOC_ART18_21_A")]
    UntocArt18Para21A,

    /// <summary>Execution is likely to prejudice the sovereignty, security, ordre public or other essential interests of the requested State. (UNTOC art. 18(21)(b))</summary>
    [JsonStringEnumMemberName("UNTOC_ART18_21_B")]
    UntocArt18Para21B,

    /// <summary>The authorities of the requested State would be prohibited by its domestic law from carrying out the action requested with regard to a similar offence under their own jurisdiction. (UNTOC art. 18(21)(c))</summary>
    [JsonStringEnumMemberName("UNTOC_ART18_21_C")]
    UntocArt18Para21C,

    /// <summary>Granting the request would be contrary to the legal system of the requested State relating to mutual legal assistance. (UNTOC art. 18(21)(d))</summary>
    [JsonStringEnumMemberName("UNTOC_ART18_21_D")]
    UntocArt18Para21D,

    /// <summary>Absence of dual criminality. (UNTOC art. 18(9))</summary>
    [JsonStringEnumMemberName("UNTOC_ART18_9")]
    UntocArt18Para9,

    /// <summary>The request is not made in conformity with the provisions of art. 46. (UNCAC art. 46(21)(a))</summary>
    [JsonStringEnumMemberName("UNCAC_ART46_21_A")]
    UncacArt46Para21A,

    /// <summary>Execution is likely to prejudice the sovereignty, security, ordre public or other essential interests of the requested State. (UNCAC art. 46(21)(b))</summary>
    [JsonStringEnumMemberName("UNCAC_ART46_21_B")]
    UncacArt46Para21B,

    /// <summary>The authorities of the requested State would be prohibited by its domestic law from carrying out the action requested with regard to a similar offence under their own jurisdiction. (UNCAC art. 46(21)(c))</summary>
    [JsonStringEnumMemberName("UNCAC_ART46_21_C")]
    UncacArt46Para21C,

    /// <summary>Granting the request would be contrary to the legal system of the requested State relating to mutual legal assistance. (UNCAC art. 46(21)(d))</summary>
    [JsonStringEnumMemberName("UNCAC_ART46_21_D")]
    UncacArt46Para21D,

    /// <summary>Absence of dual criminality (for assistance that involves coercive action). (UNCAC art. 46(9)(b))</summary>
    [JsonStringEnumMemberName("UNCAC_ART46_9_B")]
    UncacArt46Para9B,

    /// <summary>The request concerns an offence the requested Party considers a political offence, an offence connected with a political offence, or a fiscal offence. (ETS 030 art. 2(a))</summary>
    [JsonStringEnumMemberName("ETS030_ART2_A")]
    Ets030Art2A,

    /// <summary>Execution is likely to prejudice the sovereignty, security, ordre public or other essential interests of the requested Party. (ETS 030 art. 2(b))</summary>
    [JsonStringEnumMemberName("ETS030_ART2_B")]
    Ets030Art2B,

    /// <summary>Letters rogatory for search or seizure: the conditions the requested Party reserved under art. 5(1) (dual criminality, extraditable offence, consistency with its law) are not met. (ETS 030 art. 5(1))</summary>
    [JsonStringEnumMemberName("ETS030_ART5_1")]
    Ets030Art5Para1,

    /// <summary>A ground for refusal provided by the bilateral treaty on which the request is based; RefusalGround.explanation cites the article. (bilateral MLAT)</summary>
    [JsonStringEnumMemberName("BILATERAL_TREATY_GROUND")]
    BilateralTreatyGround,

    /// <summary>Another ground; RefusalGround.explanation states it and its legal basis. (national law or other instrument)</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
    /// <summary>The offence is political or connected with a political offence; legalReference names the provision. (UN Model Treaty on Mutual Assistance art. 4(1)(b); ETS 030 art. 2(a)) Since 1.2.</summary>
    [JsonStringEnumMemberName("POLITICAL_OFFENCE")]
    PoliticalOffence,

    /// <summary>An offence under military law only; legalReference names the provision. (UN Model Treaty on Mutual Assistance art. 4(1)) Since 1.2.</summary>
    [JsonStringEnumMemberName("MILITARY_OFFENCE")]
    MilitaryOffence,

    /// <summary>A tax or fiscal offence; legalReference names the provision. (ETS 030 art. 2(a); Inter-American Convention art. 9(f)) Since 1.2.</summary>
    [JsonStringEnumMemberName("FISCAL_OFFENCE")]
    FiscalOffence,

    /// <summary>The offence may be punished by death and no sufficient assurance was given; legalReference names the provision. (national laws and treaties) Since 1.2.</summary>
    [JsonStringEnumMemberName("DEATH_PENALTY")]
    DeathPenalty,

    /// <summary>Sovereignty, security, public order or other essential interests; legalReference names the provision. (UN Model Treaty on Mutual Assistance art. 4(1)(a); UNTOC art. 18(21)(b)) Since 1.2.</summary>
    [JsonStringEnumMemberName("ESSENTIAL_INTERESTS")]
    EssentialInterests,

    /// <summary>A purpose of prosecuting or punishing a person on account of race, sex, religion, nationality, ethnic origin or political opinions; legalReference names the provision. (UN Model Treaty on Mutual Assistance art. 4(1)(c)) Since 1.2.</summary>
    [JsonStringEnumMemberName("DISCRIMINATORY_PURPOSE")]
    DiscriminatoryPurpose,

    /// <summary>The person was already finally tried for the same conduct; legalReference names the provision. (UN Model Treaty on Mutual Assistance art. 4(1)) Since 1.2.</summary>
    [JsonStringEnumMemberName("NE_BIS_IN_IDEM")]
    NeBisInIdem,

    /// <summary>The conduct is not an offence in the requested State, where the instrument allows refusal on that ground; legalReference names the provision. (UNCAC art. 46(9)(b)) Since 1.2.</summary>
    [JsonStringEnumMemberName("DUAL_CRIMINALITY_ABSENT")]
    DualCriminalityAbsent,

    /// <summary>A matter of a de minimis nature; legalReference names the provision. (UNCAC art. 46(9)(b)) Since 1.2.</summary>
    [JsonStringEnumMemberName("DE_MINIMIS")]
    DeMinimis,
}
