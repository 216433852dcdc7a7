// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>Legal-basis profile of a request: selects the instrument whose content requirements, deadlines and refusal grounds the business rules apply (specification §13). Values and legal sources: docs/code-lists.md; schema: common/codes.schema.json.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Profile>))]
public enum Profile
{
    /// <summary>European Investigation Order between EU Member States bound by the Directive; the request follows annex A. (Directive 2014/41/EU art. 5, annex A)</summary>
    [JsonStringEnumMemberName("EIO")]
    Eio = 1,

    /// <summary>Mutual legal assistance request based on the UN Convention against Transnational Organized Crime. (UNTOC art. 18(15))</summary>
    [JsonStringEnumMemberName("MLA_UNTOC")]
    MlaUntoc,

    /// <summary>Mutual legal assistance request based on the UN Convention against Corruption. (UNCAC art. 46(15))</summary>
    [JsonStringEnumMemberName("MLA_UNCAC")]
    MlaUncac,

    /// <summary>Letters rogatory or request under the 1959 European Convention and its protocols. (ETS 030 art. 14)</summary>
    [JsonStringEnumMemberName("MLA_ETS030")]
    MlaEts030,

    /// <summary>Request under a bilateral mutual legal assistance treaty. (bilateral MLAT)</summary>
    [JsonStringEnumMemberName("MLA_BILATERAL")]
    MlaBilateral,

    /// <summary>European Production Order Certificate to a service provider; added in 1.1. (Regulation (EU) 2023/1543 art. 5, annex I)</summary>
    [JsonStringEnumMemberName("EPOC")]
    Epoc,

    /// <summary>European Preservation Order Certificate to a service provider; added in 1.1. (Regulation (EU) 2023/1543 art. 6, annex II)</summary>
    [JsonStringEnumMemberName("EPOC_PR")]
    EpocPr,

    /// <summary>Expedited preservation of stored computer data; added in 1.1. (Budapest Convention, ETS 185 art. 29)</summary>
    [JsonStringEnumMemberName("BUDAPEST_ART29")]
    BudapestArt29,

    /// <summary>Direct order to a service provider for subscriber information, or a request under art. 8 or 9; added in 1.1. (CETS 224 art. 7 to 9)</summary>
    [JsonStringEnumMemberName("CETS224_ART7")]
    Cets224Art7,

    /// <summary>Request to give effect to an order for expedited production of subscriber information and traffic data (CETS 224 art. 8). Since 1.2; falls back to MLA_BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("CETS224_ART8")]
    Cets224Art8,

    /// <summary>Expedited disclosure of stored computer data in an emergency (CETS 224 art. 9). Since 1.2; falls back to MLA_BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("CETS224_ART9")]
    Cets224Art9,

    /// <summary>Request under the EU MLA Convention 2000 and its 2001 Protocol where the EIO Directive does not apply (Directive 2014/41/EU art. 34). Since 1.2; falls back to MLA_BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("MLA_EU_2000")]
    MlaEu2000,
    /// <summary>Request under a regional instrument named in legalBasis: the Inter-American Convention 1992, the Harare Scheme, the ECOWAS Convention 1992, the SADC Protocol 2002 or the ASEAN Treaty 2004. Since 1.2; falls back to MLA_BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("MLA_REGIONAL")]
    MlaRegional,

    /// <summary>Request for mutual assistance under the Budapest Convention (ETS 185 arts 25–27 and 31). Since 1.2; falls back to MLA_BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("MLA_CYBERCRIME")]
    MlaCybercrime,

    /// <summary>Request without a treaty, on the assurance of reciprocity under the requested State's law. Since 1.2; falls back to MLA_BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("MLA_RECIPROCITY")]
    MlaReciprocity,
}
