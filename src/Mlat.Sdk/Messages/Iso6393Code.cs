using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>ISO 639-3 code of a language variety that ISO 639-1 cannot name, used beside <see cref="LanguageCode"/> for interpreters and persons heard (EIO art. 24(5)(e); Directive 2010/64/EU art. 2). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Iso6393Code>))]
public enum Iso6393Code
{
    /// <summary>Central Kurdish (Sorani).</summary>
    [JsonStringEnumMemberName("ckb")]
    Ckb = 1,

    /// <summary>Northern Kurdish (Kurmanji).</summary>
    [JsonStringEnumMemberName("kmr")]
    Kmr,

    /// <summary>Southern Kurdish.</summary>
    [JsonStringEnumMemberName("sdh")]
    Sdh,

    /// <summary>Romany (macrolanguage).</summary>
    [JsonStringEnumMemberName("rom")]
    Rom,

    /// <summary>Vlax Romani.</summary>
    [JsonStringEnumMemberName("rmy")]
    Rmy,

    /// <summary>Balkan Romani.</summary>
    [JsonStringEnumMemberName("rmn")]
    Rmn,

    /// <summary>Carpathian Romani.</summary>
    [JsonStringEnumMemberName("rmc")]
    Rmc,

    /// <summary>Dari.</summary>
    [JsonStringEnumMemberName("prs")]
    Prs,

    /// <summary>Hazaragi.</summary>
    [JsonStringEnumMemberName("haz")]
    Haz,

    /// <summary>Southern Pashto.</summary>
    [JsonStringEnumMemberName("pbt")]
    Pbt,

    /// <summary>Northern Pashto.</summary>
    [JsonStringEnumMemberName("pbu")]
    Pbu,

    /// <summary>Cantonese.</summary>
    [JsonStringEnumMemberName("yue")]
    Yue,

    /// <summary>Mandarin Chinese.</summary>
    [JsonStringEnumMemberName("cmn")]
    Cmn,

    /// <summary>Egyptian Arabic.</summary>
    [JsonStringEnumMemberName("arz")]
    Arz,

    /// <summary>Levantine Arabic.</summary>
    [JsonStringEnumMemberName("apc")]
    Apc,

    /// <summary>Moroccan Arabic.</summary>
    [JsonStringEnumMemberName("ary")]
    Ary,

    /// <summary>Algerian Arabic.</summary>
    [JsonStringEnumMemberName("arq")]
    Arq,

    /// <summary>Tunisian Arabic.</summary>
    [JsonStringEnumMemberName("aeb")]
    Aeb,

    /// <summary>Mesopotamian Arabic.</summary>
    [JsonStringEnumMemberName("acm")]
    Acm,

    /// <summary>Sudanese Arabic.</summary>
    [JsonStringEnumMemberName("apd")]
    Apd,

    /// <summary>Tigre.</summary>
    [JsonStringEnumMemberName("tig")]
    Tig,

    /// <summary>Sylheti.</summary>
    [JsonStringEnumMemberName("syl")]
    Syl,

    /// <summary>Western Panjabi.</summary>
    [JsonStringEnumMemberName("pnb")]
    Pnb,

    /// <summary>Saraiki.</summary>
    [JsonStringEnumMemberName("skr")]
    Skr,
}
