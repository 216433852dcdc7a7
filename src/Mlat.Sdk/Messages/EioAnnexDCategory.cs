// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>The 32 categories of offences of annex D of the EIO Directive, in the order of the annex. For these offences, when punishable in the issuing State by a custodial sentence of a maximum of at least three years, double criminality may not be verified (EIO art. 11(1)(g); annex A section G). Values and legal sources: docs/code-lists.md; schema: common/codes.schema.json.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EioAnnexDCategory>))]
public enum EioAnnexDCategory
{
    /// <summary>Participation in a criminal organisation. (EIO annex D, item 1)</summary>
    [JsonStringEnumMemberName("PARTICIPATION_IN_CRIMINAL_ORGANISATION")]
    ParticipationInCriminalOrganisation = 1,

    /// <summary>Terrorism. (EIO annex D, item 2)</summary>
    [JsonStringEnumMemberName("TERRORISM")]
    Terrorism,

    /// <summary>Trafficking in human beings. (EIO annex D, item 3)</summary>
    [JsonStringEnumMemberName("TRAFFICKING_IN_HUMAN_BEINGS")]
    TraffickingInHumanBeings,

    /// <summary>Sexual exploitation of children and child pornography. (EIO annex D, item 4)</summary>
    [JsonStringEnumMemberName("SEXUAL_EXPLOITATION_OF_CHILDREN_AND_CHILD_PORNOGRAPHY")]
    SexualExploitationOfChildrenAndChildPornography,

    /// <summary>Illicit trafficking in narcotic drugs and psychotropic substances. (EIO annex D, item 5)</summary>
    [JsonStringEnumMemberName("ILLICIT_TRAFFICKING_IN_NARCOTIC_DRUGS")]
    IllicitTraffickingInNarcoticDrugs,

    /// <summary>Illicit trafficking in weapons, munitions and explosives. (EIO annex D, item 6)</summary>
    [JsonStringEnumMemberName("ILLICIT_TRAFFICKING_IN_WEAPONS")]
    IllicitTraffickingInWeapons,

    /// <summary>Corruption. (EIO annex D, item 7)</summary>
    [JsonStringEnumMemberName("CORRUPTION")]
    Corruption,

    /// <summary>Fraud, including that affecting the financial interests of the Union. (EIO annex D, item 8)</summary>
    [JsonStringEnumMemberName("FRAUD")]
    Fraud,

    /// <summary>Laundering of the proceeds of crime. (EIO annex D, item 9)</summary>
    [JsonStringEnumMemberName("LAUNDERING_OF_PROCEEDS_OF_CRIME")]
    LaunderingOfProceedsOfCrime,

    /// <summary>Counterfeiting currency, including the euro. (EIO annex D, item 10)</summary>
    [JsonStringEnumMemberName("COUNTERFEITING_CURRENCY")]
    CounterfeitingCurrency,

    /// <summary>Computer-related crime. (EIO annex D, item 11)</summary>
    [JsonStringEnumMemberName("COMPUTER_RELATED_CRIME")]
    ComputerRelatedCrime,

    /// <summary>Environmental crime, including illicit trafficking in endangered animal species and in endangered plant species and varieties. (EIO annex D, item 12)</summary>
    [JsonStringEnumMemberName("ENVIRONMENTAL_CRIME")]
    EnvironmentalCrime,

    /// <summary>Facilitation of unauthorised entry and residence. (EIO annex D, item 13)</summary>
    [JsonStringEnumMemberName("FACILITATION_OF_UNAUTHORISED_ENTRY_AND_RESIDENCE")]
    FacilitationOfUnauthorisedEntryAndResidence,

    /// <summary>Murder, grievous bodily injury. (EIO annex D, item 14)</summary>
    [JsonStringEnumMemberName("MURDER_OR_GRIEVOUS_BODILY_INJURY")]
    MurderOrGrievousBodilyInjury,

    /// <summary>Illicit trade in human organs and tissue. (EIO annex D, item 15)</summary>
    [JsonStringEnumMemberName("ILLICIT_TRADE_IN_HUMAN_ORGANS")]
    IllicitTradeInHumanOrgans,

    /// <summary>Kidnapping, illegal restraint and hostage-taking. (EIO annex D, item 16)</summary>
    [JsonStringEnumMemberName("KIDNAPPING_ILLEGAL_RESTRAINT_HOSTAGE_TAKING")]
    KidnappingIllegalRestraintHostageTaking,

    /// <summary>Racism and xenophobia. (EIO annex D, item 17)</summary>
    [JsonStringEnumMemberName("RACISM_AND_XENOPHOBIA")]
    RacismAndXenophobia,

    /// <summary>Organised or armed robbery. (EIO annex D, item 18)</summary>
    [JsonStringEnumMemberName("ORGANISED_OR_ARMED_ROBBERY")]
    OrganisedOrArmedRobbery,

    /// <summary>Illicit trafficking in cultural goods, including antiques and works of art. (EIO annex D, item 19)</summary>
    [JsonStringEnumMemberName("ILLICIT_TRAFFICKING_IN_CULTURAL_GOODS")]
    IllicitTraffickingInCulturalGoods,

    /// <summary>Swindling. (EIO annex D, item 20)</summary>
    [JsonStringEnumMemberName("SWINDLING")]
    Swindling,

    /// <summary>Racketeering and extortion. (EIO annex D, item 21)</summary>
    [JsonStringEnumMemberName("RACKETEERING_AND_EXTORTION")]
    RacketeeringAndExtortion,

    /// <summary>Counterfeiting and piracy of products. (EIO annex D, item 22)</summary>
    [JsonStringEnumMemberName("COUNTERFEITING_AND_PIRACY_OF_PRODUCTS")]
    CounterfeitingAndPiracyOfProducts,

    /// <summary>Forgery of administrative documents and trafficking therein. (EIO annex D, item 23)</summary>
    [JsonStringEnumMemberName("FORGERY_OF_ADMINISTRATIVE_DOCUMENTS")]
    ForgeryOfAdministrativeDocuments,

    /// <summary>Forgery of means of payment. (EIO annex D, item 24)</summary>
    [JsonStringEnumMemberName("FORGERY_OF_MEANS_OF_PAYMENT")]
    ForgeryOfMeansOfPayment,

    /// <summary>Illicit trafficking in hormonal substances and other growth promoters. (EIO annex D, item 25)</summary>
    [JsonStringEnumMemberName("ILLICIT_TRAFFICKING_IN_HORMONAL_SUBSTANCES")]
    IllicitTraffickingInHormonalSubstances,

    /// <summary>Illicit trafficking in nuclear or radioactive materials. (EIO annex D, item 26)</summary>
    [JsonStringEnumMemberName("ILLICIT_TRAFFICKING_IN_NUCLEAR_MATERIALS")]
    IllicitTraffickingInNuclearMaterials,

    /// <summary>Trafficking in stolen vehicles. (EIO annex D, item 27)</summary>
    [JsonStringEnumMemberName("TRAFFICKING_IN_STOLEN_VEHICLES")]
    TraffickingInStolenVehicles,

    /// <summary>Rape. (EIO annex D, item 28)</summary>
    [JsonStringEnumMemberName("RAPE")]
    Rape,

    /// <summary>Arson. (EIO annex D, item 29)</summary>
    [JsonStringEnumMemberName("ARSON")]
    Arson,

    /// <summary>Crimes within the jurisdiction of the International Criminal Court. (EIO annex D, item 30)</summary>
    [JsonStringEnumMemberName("CRIMES_WITHIN_ICC_JURISDICTION")]
    CrimesWithinIccJurisdiction,

    /// <summary>Unlawful seizure of aircraft or ships. (EIO annex D, item 31)</summary>
    [JsonStringEnumMemberName("UNLAWFUL_SEIZURE_OF_AIRCRAFT_OR_SHIPS")]
    UnlawfulSeizureOfAircraftOrShips,

    /// <summary>Sabotage. (EIO annex D, item 32)</summary>
    [JsonStringEnumMemberName("SABOTAGE")]
    Sabotage,
}
