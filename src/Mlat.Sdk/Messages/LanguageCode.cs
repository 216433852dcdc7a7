// Generated once from the Debian iso-codes ISO 639-2 table (entries with an ISO 639-1 code); the schema common/codes.schema.json is normative.
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>ISO 639-1 two-letter language code, written in lower case in JSON.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LanguageCode>))]
public enum LanguageCode
{
    /// <summary>Afar.</summary>
    [JsonStringEnumMemberName("aa")]
    Aa = 1,

    /// <summary>Abkhazian.</summary>
    [JsonStringEnumMemberName("ab")]
    Ab,

    /// <summary>Avestan.</summary>
    [JsonStringEnumMemberName("ae")]
    Ae,

    /// <summary>Afrikaans.</summary>
    [JsonStringEnumMemberName("af")]
    Af,

    /// <summary>Akan.</summary>
    [JsonStringEnumMemberName("ak")]
    Ak,

    /// <summary>Amharic.</summary>
    [JsonStringEnumMemberName("am")]
    Am,

    /// <summary>Aragonese.</summary>
    [JsonStringEnumMemberName("an")]
    An,

    /// <summary>Arabic.</summary>
    [JsonStringEnumMemberName("ar")]
    Ar,

    /// <summary>Assamese.</summary>
    [JsonStringEnumMemberName("as")]
    As,

    /// <summary>Avaric.</summary>
    [JsonStringEnumMemberName("av")]
    Av,

    /// <summary>Aymara.</summary>
    [JsonStringEnumMemberName("ay")]
    Ay,

    /// <summary>Azerbaijani.</summary>
    [JsonStringEnumMemberName("az")]
    Az,

    /// <summary>Bashkir.</summary>
    [JsonStringEnumMemberName("ba")]
    Ba,

    /// <summary>Belarusian.</summary>
    [JsonStringEnumMemberName("be")]
    Be,

    /// <summary>Bulgarian.</summary>
    [JsonStringEnumMemberName("bg")]
    Bg,

    /// <summary>Bihari languages.</summary>
    [JsonStringEnumMemberName("bh")]
    Bh,

    /// <summary>Bislama.</summary>
    [JsonStringEnumMemberName("bi")]
    Bi,

    /// <summary>Bambara.</summary>
    [JsonStringEnumMemberName("bm")]
    Bm,

    /// <summary>Bengali.</summary>
    [JsonStringEnumMemberName("bn")]
    Bn,

    /// <summary>Tibetan.</summary>
    [JsonStringEnumMemberName("bo")]
    Bo,

    /// <summary>Breton.</summary>
    [JsonStringEnumMemberName("br")]
    Br,

    /// <summary>Bosnian.</summary>
    [JsonStringEnumMemberName("bs")]
    Bs,

    /// <summary>Catalan; Valencian.</summary>
    [JsonStringEnumMemberName("ca")]
    Ca,

    /// <summary>Chechen.</summary>
    [JsonStringEnumMemberName("ce")]
    Ce,

    /// <summary>Chamorro.</summary>
    [JsonStringEnumMemberName("ch")]
    Ch,

    /// <summary>Corsican.</summary>
    [JsonStringEnumMemberName("co")]
    Co,

    /// <summary>Cree.</summary>
    [JsonStringEnumMemberName("cr")]
    Cr,

    /// <summary>Czech.</summary>
    [JsonStringEnumMemberName("cs")]
    Cs,

    /// <summary>Church Slavic; Old Slavonic; Church Slavonic; Old Bulgarian; Old Church Slavonic.</summary>
    [JsonStringEnumMemberName("cu")]
    Cu,

    /// <summary>Chuvash.</summary>
    [JsonStringEnumMemberName("cv")]
    Cv,

    /// <summary>Welsh.</summary>
    [JsonStringEnumMemberName("cy")]
    Cy,

    /// <summary>Danish.</summary>
    [JsonStringEnumMemberName("da")]
    Da,

    /// <summary>German.</summary>
    [JsonStringEnumMemberName("de")]
    De,

    /// <summary>Divehi; Dhivehi; Maldivian.</summary>
    [JsonStringEnumMemberName("dv")]
    Dv,

    /// <summary>Dzongkha.</summary>
    [JsonStringEnumMemberName("dz")]
    Dz,

    /// <summary>Ewe.</summary>
    [JsonStringEnumMemberName("ee")]
    Ee,

    /// <summary>Greek, Modern (1453-).</summary>
    [JsonStringEnumMemberName("el")]
    El,

    /// <summary>English.</summary>
    [JsonStringEnumMemberName("en")]
    En,

    /// <summary>Esperanto.</summary>
    [JsonStringEnumMemberName("eo")]
    Eo,

    /// <summary>Spanish; Castilian.</summary>
    [JsonStringEnumMemberName("es")]
    Es,

    /// <summary>Estonian.</summary>
    [JsonStringEnumMemberName("et")]
    Et,

    /// <summary>Basque.</summary>
    [JsonStringEnumMemberName("eu")]
    Eu,

    /// <summary>Persian.</summary>
    [JsonStringEnumMemberName("fa")]
    Fa,

    /// <summary>Fulah.</summary>
    [JsonStringEnumMemberName("ff")]
    Ff,

    /// <summary>Finnish.</summary>
    [JsonStringEnumMemberName("fi")]
    Fi,

    /// <summary>Fijian.</summary>
    [JsonStringEnumMemberName("fj")]
    Fj,

    /// <summary>Faroese.</summary>
    [JsonStringEnumMemberName("fo")]
    Fo,

    /// <summary>French.</summary>
    [JsonStringEnumMemberName("fr")]
    Fr,

    /// <summary>Western Frisian.</summary>
    [JsonStringEnumMemberName("fy")]
    Fy,

    /// <summary>Irish.</summary>
    [JsonStringEnumMemberName("ga")]
    Ga,

    /// <summary>Gaelic; Scottish Gaelic.</summary>
    [JsonStringEnumMemberName("gd")]
    Gd,

    /// <summary>Galician.</summary>
    [JsonStringEnumMemberName("gl")]
    Gl,

    /// <summary>Guarani.</summary>
    [JsonStringEnumMemberName("gn")]
    Gn,

    /// <summary>Gujarati.</summary>
    [JsonStringEnumMemberName("gu")]
    Gu,

    /// <summary>Manx.</summary>
    [JsonStringEnumMemberName("gv")]
    Gv,

    /// <summary>Hausa.</summary>
    [JsonStringEnumMemberName("ha")]
    Ha,

    /// <summary>Hebrew.</summary>
    [JsonStringEnumMemberName("he")]
    He,

    /// <summary>Hindi.</summary>
    [JsonStringEnumMemberName("hi")]
    Hi,

    /// <summary>Hiri Motu.</summary>
    [JsonStringEnumMemberName("ho")]
    Ho,

    /// <summary>Croatian.</summary>
    [JsonStringEnumMemberName("hr")]
    Hr,

    /// <summary>Haitian; Haitian Creole.</summary>
    [JsonStringEnumMemberName("ht")]
    Ht,

    /// <summary>Hungarian.</summary>
    [JsonStringEnumMemberName("hu")]
    Hu,

    /// <summary>Armenian.</summary>
    [JsonStringEnumMemberName("hy")]
    Hy,

    /// <summary>Herero.</summary>
    [JsonStringEnumMemberName("hz")]
    Hz,

    /// <summary>Interlingua (International Auxiliary Language Association).</summary>
    [JsonStringEnumMemberName("ia")]
    Ia,

    /// <summary>Indonesian.</summary>
    [JsonStringEnumMemberName("id")]
    Id,

    /// <summary>Interlingue; Occidental.</summary>
    [JsonStringEnumMemberName("ie")]
    Ie,

    /// <summary>Igbo.</summary>
    [JsonStringEnumMemberName("ig")]
    Ig,

    /// <summary>Sichuan Yi; Nuosu.</summary>
    [JsonStringEnumMemberName("ii")]
    Ii,

    /// <summary>Inupiaq.</summary>
    [JsonStringEnumMemberName("ik")]
    Ik,

    /// <summary>Ido.</summary>
    [JsonStringEnumMemberName("io")]
    Io,

    /// <summary>Icelandic.</summary>
    [JsonStringEnumMemberName("is")]
    Is,

    /// <summary>Italian.</summary>
    [JsonStringEnumMemberName("it")]
    It,

    /// <summary>Inuktitut.</summary>
    [JsonStringEnumMemberName("iu")]
    Iu,

    /// <summary>Japanese.</summary>
    [JsonStringEnumMemberName("ja")]
    Ja,

    /// <summary>Javanese.</summary>
    [JsonStringEnumMemberName("jv")]
    Jv,

    /// <summary>Georgian.</summary>
    [JsonStringEnumMemberName("ka")]
    Ka,

    /// <summary>Kongo.</summary>
    [JsonStringEnumMemberName("kg")]
    Kg,

    /// <summary>Kikuyu; Gikuyu.</summary>
    [JsonStringEnumMemberName("ki")]
    Ki,

    /// <summary>Kuanyama; Kwanyama.</summary>
    [JsonStringEnumMemberName("kj")]
    Kj,

    /// <summary>Kazakh.</summary>
    [JsonStringEnumMemberName("kk")]
    Kk,

    /// <summary>Kalaallisut; Greenlandic.</summary>
    [JsonStringEnumMemberName("kl")]
    Kl,

    /// <summary>Central Khmer.</summary>
    [JsonStringEnumMemberName("km")]
    Km,

    /// <summary>Kannada.</summary>
    [JsonStringEnumMemberName("kn")]
    Kn,

    /// <summary>Korean.</summary>
    [JsonStringEnumMemberName("ko")]
    Ko,

    /// <summary>Kanuri.</summary>
    [JsonStringEnumMemberName("kr")]
    Kr,

    /// <summary>Kashmiri.</summary>
    [JsonStringEnumMemberName("ks")]
    Ks,

    /// <summary>Kurdish.</summary>
    [JsonStringEnumMemberName("ku")]
    Ku,

    /// <summary>Komi.</summary>
    [JsonStringEnumMemberName("kv")]
    Kv,

    /// <summary>Cornish.</summary>
    [JsonStringEnumMemberName("kw")]
    Kw,

    /// <summary>Kirghiz; Kyrgyz.</summary>
    [JsonStringEnumMemberName("ky")]
    Ky,

    /// <summary>Latin.</summary>
    [JsonStringEnumMemberName("la")]
    La,

    /// <summary>Luxembourgish; Letzeburgesch.</summary>
    [JsonStringEnumMemberName("lb")]
    Lb,

    /// <summary>Ganda.</summary>
    [JsonStringEnumMemberName("lg")]
    Lg,

    /// <summary>Limburgan; Limburger; Limburgish.</summary>
    [JsonStringEnumMemberName("li")]
    Li,

    /// <summary>Lingala.</summary>
    [JsonStringEnumMemberName("ln")]
    Ln,

    /// <summary>Lao.</summary>
    [JsonStringEnumMemberName("lo")]
    Lo,

    /// <summary>Lithuanian.</summary>
    [JsonStringEnumMemberName("lt")]
    Lt,

    /// <summary>Luba-Katanga.</summary>
    [JsonStringEnumMemberName("lu")]
    Lu,

    /// <summary>Latvian.</summary>
    [JsonStringEnumMemberName("lv")]
    Lv,

    /// <summary>Malagasy.</summary>
    [JsonStringEnumMemberName("mg")]
    Mg,

    /// <summary>Marshallese.</summary>
    [JsonStringEnumMemberName("mh")]
    Mh,

    /// <summary>Maori.</summary>
    [JsonStringEnumMemberName("mi")]
    Mi,

    /// <summary>Macedonian.</summary>
    [JsonStringEnumMemberName("mk")]
    Mk,

    /// <summary>Malayalam.</summary>
    [JsonStringEnumMemberName("ml")]
    Ml,

    /// <summary>Mongolian.</summary>
    [JsonStringEnumMemberName("mn")]
    Mn,

    /// <summary>Marathi.</summary>
    [JsonStringEnumMemberName("mr")]
    Mr,

    /// <summary>Malay.</summary>
    [JsonStringEnumMemberName("ms")]
    Ms,

    /// <summary>Maltese.</summary>
    [JsonStringEnumMemberName("mt")]
    Mt,

    /// <summary>Burmese.</summary>
    [JsonStringEnumMemberName("my")]
    My,

    /// <summary>Nauru.</summary>
    [JsonStringEnumMemberName("na")]
    Na,

    /// <summary>Bokmål, Norwegian; Norwegian Bokmål.</summary>
    [JsonStringEnumMemberName("nb")]
    Nb,

    /// <summary>Ndebele, North; North Ndebele.</summary>
    [JsonStringEnumMemberName("nd")]
    Nd,

    /// <summary>Nepali.</summary>
    [JsonStringEnumMemberName("ne")]
    Ne,

    /// <summary>Ndonga.</summary>
    [JsonStringEnumMemberName("ng")]
    Ng,

    /// <summary>Dutch; Flemish.</summary>
    [JsonStringEnumMemberName("nl")]
    Nl,

    /// <summary>Norwegian Nynorsk; Nynorsk, Norwegian.</summary>
    [JsonStringEnumMemberName("nn")]
    Nn,

    /// <summary>Norwegian.</summary>
    [JsonStringEnumMemberName("no")]
    No,

    /// <summary>Ndebele, South; South Ndebele.</summary>
    [JsonStringEnumMemberName("nr")]
    Nr,

    /// <summary>Navajo; Navaho.</summary>
    [JsonStringEnumMemberName("nv")]
    Nv,

    /// <summary>Chichewa; Chewa; Nyanja.</summary>
    [JsonStringEnumMemberName("ny")]
    Ny,

    /// <summary>Occitan (post 1500); Provençal.</summary>
    [JsonStringEnumMemberName("oc")]
    Oc,

    /// <summary>Ojibwa.</summary>
    [JsonStringEnumMemberName("oj")]
    Oj,

    /// <summary>Oromo.</summary>
    [JsonStringEnumMemberName("om")]
    Om,

    /// <summary>Oriya.</summary>
    [JsonStringEnumMemberName("or")]
    Or,

    /// <summary>Ossetian; Ossetic.</summary>
    [JsonStringEnumMemberName("os")]
    Os,

    /// <summary>Panjabi; Punjabi.</summary>
    [JsonStringEnumMemberName("pa")]
    Pa,

    /// <summary>Pali.</summary>
    [JsonStringEnumMemberName("pi")]
    Pi,

    /// <summary>Polish.</summary>
    [JsonStringEnumMemberName("pl")]
    Pl,

    /// <summary>Pushto; Pashto.</summary>
    [JsonStringEnumMemberName("ps")]
    Ps,

    /// <summary>Portuguese.</summary>
    [JsonStringEnumMemberName("pt")]
    Pt,

    /// <summary>Quechua.</summary>
    [JsonStringEnumMemberName("qu")]
    Qu,

    /// <summary>Romansh.</summary>
    [JsonStringEnumMemberName("rm")]
    Rm,

    /// <summary>Rundi.</summary>
    [JsonStringEnumMemberName("rn")]
    Rn,

    /// <summary>Romanian; Moldavian; Moldovan.</summary>
    [JsonStringEnumMemberName("ro")]
    Ro,

    /// <summary>Russian.</summary>
    [JsonStringEnumMemberName("ru")]
    Ru,

    /// <summary>Kinyarwanda.</summary>
    [JsonStringEnumMemberName("rw")]
    Rw,

    /// <summary>Sanskrit.</summary>
    [JsonStringEnumMemberName("sa")]
    Sa,

    /// <summary>Sardinian.</summary>
    [JsonStringEnumMemberName("sc")]
    Sc,

    /// <summary>Sindhi.</summary>
    [JsonStringEnumMemberName("sd")]
    Sd,

    /// <summary>Northern Sami.</summary>
    [JsonStringEnumMemberName("se")]
    Se,

    /// <summary>Sango.</summary>
    [JsonStringEnumMemberName("sg")]
    Sg,

    /// <summary>Sinhala; Sinhalese.</summary>
    [JsonStringEnumMemberName("si")]
    Si,

    /// <summary>Slovak.</summary>
    [JsonStringEnumMemberName("sk")]
    Sk,

    /// <summary>Slovenian.</summary>
    [JsonStringEnumMemberName("sl")]
    Sl,

    /// <summary>Samoan.</summary>
    [JsonStringEnumMemberName("sm")]
    Sm,

    /// <summary>Shona.</summary>
    [JsonStringEnumMemberName("sn")]
    Sn,

    /// <summary>Somali.</summary>
    [JsonStringEnumMemberName("so")]
    So,

    /// <summary>Albanian.</summary>
    [JsonStringEnumMemberName("sq")]
    Sq,

    /// <summary>Serbian.</summary>
    [JsonStringEnumMemberName("sr")]
    Sr,

    /// <summary>Swati.</summary>
    [JsonStringEnumMemberName("ss")]
    Ss,

    /// <summary>Sotho, Southern.</summary>
    [JsonStringEnumMemberName("st")]
    St,

    /// <summary>Sundanese.</summary>
    [JsonStringEnumMemberName("su")]
    Su,

    /// <summary>Swedish.</summary>
    [JsonStringEnumMemberName("sv")]
    Sv,

    /// <summary>Swahili.</summary>
    [JsonStringEnumMemberName("sw")]
    Sw,

    /// <summary>Tamil.</summary>
    [JsonStringEnumMemberName("ta")]
    Ta,

    /// <summary>Telugu.</summary>
    [JsonStringEnumMemberName("te")]
    Te,

    /// <summary>Tajik.</summary>
    [JsonStringEnumMemberName("tg")]
    Tg,

    /// <summary>Thai.</summary>
    [JsonStringEnumMemberName("th")]
    Th,

    /// <summary>Tigrinya.</summary>
    [JsonStringEnumMemberName("ti")]
    Ti,

    /// <summary>Turkmen.</summary>
    [JsonStringEnumMemberName("tk")]
    Tk,

    /// <summary>Tagalog.</summary>
    [JsonStringEnumMemberName("tl")]
    Tl,

    /// <summary>Tswana.</summary>
    [JsonStringEnumMemberName("tn")]
    Tn,

    /// <summary>Tonga (Tonga Islands).</summary>
    [JsonStringEnumMemberName("to")]
    To,

    /// <summary>Turkish.</summary>
    [JsonStringEnumMemberName("tr")]
    Tr,

    /// <summary>Tsonga.</summary>
    [JsonStringEnumMemberName("ts")]
    Ts,

    /// <summary>Tatar.</summary>
    [JsonStringEnumMemberName("tt")]
    Tt,

    /// <summary>Twi.</summary>
    [JsonStringEnumMemberName("tw")]
    Tw,

    /// <summary>Tahitian.</summary>
    [JsonStringEnumMemberName("ty")]
    Ty,

    /// <summary>Uighur; Uyghur.</summary>
    [JsonStringEnumMemberName("ug")]
    Ug,

    /// <summary>Ukrainian.</summary>
    [JsonStringEnumMemberName("uk")]
    Uk,

    /// <summary>Urdu.</summary>
    [JsonStringEnumMemberName("ur")]
    Ur,

    /// <summary>Uzbek.</summary>
    [JsonStringEnumMemberName("uz")]
    Uz,

    /// <summary>Venda.</summary>
    [JsonStringEnumMemberName("ve")]
    Ve,

    /// <summary>Vietnamese.</summary>
    [JsonStringEnumMemberName("vi")]
    Vi,

    /// <summary>Volapük.</summary>
    [JsonStringEnumMemberName("vo")]
    Vo,

    /// <summary>Walloon.</summary>
    [JsonStringEnumMemberName("wa")]
    Wa,

    /// <summary>Wolof.</summary>
    [JsonStringEnumMemberName("wo")]
    Wo,

    /// <summary>Xhosa.</summary>
    [JsonStringEnumMemberName("xh")]
    Xh,

    /// <summary>Yiddish.</summary>
    [JsonStringEnumMemberName("yi")]
    Yi,

    /// <summary>Yoruba.</summary>
    [JsonStringEnumMemberName("yo")]
    Yo,

    /// <summary>Zhuang; Chuang.</summary>
    [JsonStringEnumMemberName("za")]
    Za,

    /// <summary>Chinese.</summary>
    [JsonStringEnumMemberName("zh")]
    Zh,

    /// <summary>Zulu.</summary>
    [JsonStringEnumMemberName("zu")]
    Zu,
}
