// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>The legal instrument a legal reference points to (LegalReference.instrument): the EU, Council of Europe and UN instruments on mutual legal assistance in criminal matters, a bilateral treaty, or national law. Values and legal sources: docs/code-lists.md; schema: common/codes.schema.json.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InstrumentCode>))]
public enum InstrumentCode
{
    /// <summary>Directive 2014/41/EU of 3 April 2014 regarding the European Investigation Order in criminal matters. (OJ L 130, 1.5.2014)</summary>
    [JsonStringEnumMemberName("EIO_DIRECTIVE_2014_41")]
    EioDirective = 1,

    /// <summary>Regulation (EU) 2023/1543 on European Production Orders and European Preservation Orders for electronic evidence. (OJ L 191, 28.7.2023)</summary>
    [JsonStringEnumMemberName("REGULATION_2023_1543")]
    EEvidenceRegulation,

    /// <summary>European Convention on Mutual Assistance in Criminal Matters, Strasbourg 1959. (CETS No. 030)</summary>
    [JsonStringEnumMemberName("ETS_030")]
    Ets030,

    /// <summary>Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters, 2001. (CETS No. 182)</summary>
    [JsonStringEnumMemberName("ETS_182")]
    Ets182,

    /// <summary>Convention on Cybercrime (Budapest Convention), 2001. (CETS No. 185)</summary>
    [JsonStringEnumMemberName("ETS_185")]
    Ets185,

    /// <summary>Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence, 2022. (CETS No. 224)</summary>
    [JsonStringEnumMemberName("CETS_224")]
    Cets224,

    /// <summary>United Nations Convention against Transnational Organized Crime, 2000 (mutual legal assistance: art. 18). (UNTOC art. 18)</summary>
    [JsonStringEnumMemberName("UNTOC")]
    Untoc,

    /// <summary>United Nations Convention against Corruption, 2003 (mutual legal assistance: art. 46). (UNCAC art. 46)</summary>
    [JsonStringEnumMemberName("UNCAC")]
    Uncac,

    /// <summary>A bilateral mutual legal assistance treaty or agreement between the two States; LegalReference.title names it. (bilateral MLAT)</summary>
    [JsonStringEnumMemberName("BILATERAL")]
    Bilateral,

    /// <summary>A provision of national law (for example the criminal code provision defining an offence). (national law)</summary>
    [JsonStringEnumMemberName("NATIONAL")]
    National,

    /// <summary>Convention of 29 May 2000 on Mutual Assistance in Criminal Matters between the Member States of the EU. Since 1.2; falls back to BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("EU_MLA_CONVENTION_2000")]
    EuMlaConvention2000,

    /// <summary>Protocol of 16 October 2001 to the EU MLA Convention 2000 (bank accounts and operations). Since 1.2; falls back to BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("EU_MLA_PROTOCOL_2001")]
    EuMlaProtocol2001,

    /// <summary>Convention implementing the Schengen Agreement, arts 48–53. Since 1.2; falls back to BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("CISA")]
    Cisa,

    /// <summary>Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters (ETS 099). Since 1.2; falls back to ETS_030 in 1.1.</summary>
    [JsonStringEnumMemberName("ETS_099")]
    Ets099,

    /// <summary>UN Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances 1988, art. 7. Since 1.2; falls back to BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("VIENNA_1988")]
    Vienna1988,

    /// <summary>Agreement on mutual legal assistance between the European Union and the United States of America. Since 1.2; falls back to BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("EU_US_MLA_AGREEMENT")]
    EuUsMlaAgreement,

    /// <summary>Agreement between the European Union and Japan on mutual legal assistance in criminal matters. Since 1.2; falls back to BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("EU_JAPAN_MLA_AGREEMENT")]
    EuJapanMlaAgreement,

    /// <summary>EU–UK Trade and Cooperation Agreement, part three title VIII (mutual assistance). Since 1.2; falls back to BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("EU_UK_TCA")]
    EuUkTca,

    /// <summary>Assistance granted on the assurance of reciprocity under national law. Since 1.2; falls back to NATIONAL in 1.1.</summary>
    [JsonStringEnumMemberName("RECIPROCITY")]
    Reciprocity,
    /// <summary>Inter-American Convention on Mutual Assistance in Criminal Matters (Nassau, 23 May 1992; OAS A-55). Since 1.2; falls back to BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("INTER_AMERICAN_MLA_1992")]
    InterAmericanMla1992,

    /// <summary>Optional Protocol related to the Inter-American Convention on Mutual Assistance in Criminal Matters (Managua, 11 June 1993; OAS A-59). Since 1.2; falls back to BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("INTER_AMERICAN_MLA_PROTOCOL_1993")]
    InterAmericanMlaProtocol1993,

    /// <summary>Scheme relating to Mutual Legal Assistance in Criminal Matters within the Commonwealth (Harare Scheme, 1986 as amended). Since 1.2; falls back to BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("HARARE_SCHEME")]
    HarareScheme,

    /// <summary>ECOWAS Convention A/P.1/7/92 on Mutual Assistance in Criminal Matters (Dakar, 29 July 1992). Since 1.2; falls back to BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("ECOWAS_MLA_1992")]
    EcowasMla1992,

    /// <summary>SADC Protocol on Mutual Legal Assistance in Criminal Matters (3 October 2002). Since 1.2; falls back to BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("SADC_MLA_2002")]
    SadcMla2002,

    /// <summary>Treaty on Mutual Legal Assistance in Criminal Matters among like-minded ASEAN Member Countries (Kuala Lumpur, 29 November 2004). Since 1.2; falls back to BILATERAL in 1.1.</summary>
    [JsonStringEnumMemberName("ASEAN_MLAT_2004")]
    AseanMlat2004,
}
