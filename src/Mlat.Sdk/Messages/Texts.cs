// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>An identifier issued under a named scheme, for example a case number or a company registration number.</summary>
public sealed record Identifier
{
    /// <summary>Who issued the identifier or what register it belongs to (for example the court registry or the commercial register).</summary>
    public required string Scheme { get; init; }

    /// <summary>The identifier as issued.</summary>
    public required string Value { get; init; }
}

/// <summary>How a text entry that is a translation was produced.</summary>
public sealed record TranslationInfo
{
    /// <summary>Human or machine translation.</summary>
    public required TranslationMethod Method { get; init; }

    /// <summary>Translator, interpreter service or translation system that produced the translation.</summary>
    public string? By { get; init; }

    /// <summary>When the translation was produced.</summary>
    public DateTimeOffset? At { get; init; }
}

/// <summary>How a translation was produced (TranslationInfo.method); a machine translation is flagged so that the reader does not rely on it as an official translation (EIO art. 5(2)).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TranslationMethod>))]
public enum TranslationMethod
{
    /// <summary>Translated by a person (translator or interpreter). (EIO art. 5(2))</summary>
    [JsonStringEnumMemberName("HUMAN")]
    Human = 1,

    /// <summary>Produced by machine translation; not an official translation.</summary>
    [JsonStringEnumMemberName("MACHINE")]
    Machine,
}

/// <summary>A text in one language: the original or a translation of it.</summary>
public sealed record TextEntry
{
    /// <summary>Language of the text (EIO art. 5(2): the language accepted by the executing State).</summary>
    public required LanguageCode Lang { get; init; }

    /// <summary>The text.</summary>
    public required string Text { get; init; }

    /// <summary>True for the text as written by its author, false for a translation.</summary>
    public required bool Original { get; init; }

    /// <summary>For a translation, how it was produced.</summary>
    public TranslationInfo? Translation { get; init; }
}

/// <summary>Free text meant for people, in its original language and any translations (EIO art. 5(2); UNTOC art. 18(14)).</summary>
public sealed record MultilingualText
{
    /// <summary>The text in each language; exactly one entry should be the original.</summary>
    public required IReadOnlyList<TextEntry> Entries { get; init; }

    /// <summary>A text written in one language, its original (the usual case: translations are added later).</summary>
    /// <param name="language">The language the text is written in.</param>
    /// <param name="text">The text.</param>
    /// <returns>The text with its one original entry.</returns>
    public static MultilingualText Of(LanguageCode language, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new MultilingualText { Entries = [new TextEntry { Lang = language, Text = text, Original = true }] };
    }
}

/// <summary>A reference to a provision of a legal instrument.</summary>
public sealed record LegalReference
{
    /// <summary>The instrument cited.</summary>
    public required InstrumentCode Instrument { get; init; }

    /// <summary>Article number, for example 30 or 18.</summary>
    public string? Article { get; init; }

    /// <summary>Paragraph number, for example 3 or 15.</summary>
    public string? Paragraph { get; init; }

    /// <summary>Point or sub-paragraph, for example c.</summary>
    public string? Point { get; init; }

    /// <summary>Title of the instrument or provision, needed for BILATERAL and NATIONAL references (for example the name of the national criminal code).</summary>
    public string? Title { get; init; }

    /// <summary>Where the text can be read, for example an ELI on EUR-Lex.</summary>
    public string? Uri { get; init; }

    /// <summary>The State whose law the provision belongs to (EIO annex A section G(2); ETS 030 art. 14(2)). Since 1.2.</summary>
    public CountryCode? State { get; init; }

    /// <summary>The treaty, for a BILATERAL reference (UNTOC art. 18(7)). Since 1.2.</summary>
    public Treaty? Treaty { get; init; }
}

/// <summary>
/// Identification of a bilateral treaty or agreement, so that a request names the treaty and not only its title (UNTOC art.
/// 18(7) and (15)(a); UN Model Treaty on Mutual Assistance art. 5(1)). Since 1.2.
/// </summary>
public sealed record Treaty
{
    /// <summary>The States parties to the treaty (at least two); a bilateral treaty names the two States whose authorities exchange the message (rule MLAT-R-0109).</summary>
    public required IReadOnlyList<CountryCode> StateParties { get; init; }

    /// <summary>Date of signature.</summary>
    public required DateOnly SignedOn { get; init; }

    /// <summary>Date of entry into force between the parties.</summary>
    public DateOnly? InForceSince { get; init; }

    /// <summary>Registration of the treaty, for example scheme UNTS and the United Nations Treaty Series number (Charter of the United Nations art. 102).</summary>
    public Identifier? Registration { get; init; }
}
