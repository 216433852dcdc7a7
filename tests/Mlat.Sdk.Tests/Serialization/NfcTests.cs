using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Tests.Serialization;

/// <summary>
/// Text is NFC (issue #20 point 1, docs/strict-reading-and-canonicalization.md): the SDK's own normalizer (the process
/// runs with invariant globalization, where string.Normalize does nothing), the writer that applies it and the strict
/// reader that warns. Expected values are those of Python's unicodedata (an independent implementation).
/// </summary>
public sealed class NfcTests
{
    private static readonly string Request = Path.Combine(TestPaths.Samples, "1.0", "valid", "AssistanceRequest", "eio-de-fr-bank-records-fraud.json");

    [Theory]
    [InlineData("Mu\u0308ller", "M\u00FCller")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    [InlineData("a\u0323\u0302", "\u1EAD")]
    [InlineData("a\u0302\u0323", "\u1EAD")]
    [InlineData("\u212B", "\u00C5")]
    [InlineData("A\u030A\u0301", "\u01FA")]
    [InlineData("\u00C5", "\u00C5")]
    [InlineData("e\u0301\u0301", "\u00E9\u0301")]
    [InlineData("\u0958", "\u0915\u093C")]
    [InlineData("\uD55C\uAE00", "\uD55C\uAE00")]
    [InlineData("\u0644\u0627", "\u0644\u0627")]
    [InlineData("Ko\u0308ln Stra\u00DFe", "K\u00F6ln Stra\u00DFe")]
    [InlineData("\u1E0B\u0323", "\u1E0D\u0307")]
    [InlineData("q\u0307\u0323", "q\u0323\u0307")]
    [InlineData("s\u0323\u0307", "\u1E69")]
    public void Normalizes_to_the_nfc_of_an_independent_implementation(string text, string nfc)
    {
        Assert.Equal(nfc, Nfc.Normalize(text));
        Assert.Equal(text == nfc, Nfc.IsNormalized(text));
        Assert.True(Nfc.IsNormalized(nfc));
    }

    [Fact]
    public void The_writer_normalises_text_to_nfc()
    {
        var message = Load();
        var decomposed = "Mu\u0308ller";
        var edited = message with { Header = message.Header with { Sender = message.Header.Sender with { Name = decomposed } } };

        var json = MlatJson.Serialize(edited);

        Assert.Contains("\"name\":\"M\u00fcller\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain(decomposed, json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_strict_reader_reports_text_not_in_nfc_as_a_warning_at_its_pointer()
    {
        var text = File.ReadAllText(Request);
        var name = Load().Header.Sender.Name;
        var member = $"\"name\": \"{name}\"";
        var first = text.IndexOf(member, StringComparison.Ordinal);
        Assert.True(first > 0, "sample layout changed");
        var bytes = Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, first), "\"name\": \"Mu\\u0308ller\"", text.AsSpan(first + member.Length)));

        var report = MlatValidator.Default.Validate(bytes);

        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.TextNotNfc);
        Assert.Equal("/header/sender/name", finding.Pointer);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.True(report.IsSuccess);
        Assert.Equal("Mu\u0308ller", report.Message!.Header.Sender.Name);
    }

    [Fact]
    public void Text_in_nfc_gives_no_nfc_warning()
    {
        var report = MlatValidator.Default.Validate(File.ReadAllBytes(Request));
        Assert.True(report.IsSuccess);
        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCodes.TextNotNfc);
    }

    // Characters on both sides of U+0300 (the byte-level shortcut's edge), combining marks, precomposed letters,
    // Hangul jamo and syllables, CJK, a character outside the BMP, and JSON escapes of each.
    private static readonly string[] Pieces =
        ["a", "e", "\u00E9", "\u00DF", "\u02FF", "\u0300", "\u0301", "\u0323", "\u212B", "\u1100", "\u1161", "\uAC00", "\u4E2D", "\uD83D\uDE00", " "];

    private static readonly Gen<(string Text, bool[] Escaped, int Repeat)> TextSpelling =
        from pieces in Gen.ListOf(Gen.Elements(Pieces))
        from escaped in Gen.ArrayOf(Gen.Elements(false, true))
        from repeat in Gen.Elements(1, 1, 1, 40)
        select (string.Concat(pieces.Take(12)), escaped, repeat);

    [Property(MaxTest = 500)]
    public Property The_strict_reader_warns_exactly_when_a_string_is_not_NFC_raw_or_escaped_short_or_long() =>
        Prop.ForAll(Arb.From(TextSpelling), sample =>
        {
            var text = string.Concat(Enumerable.Repeat(sample.Text, sample.Repeat));
            var spelled = new StringBuilder();
            var i = 0;
            foreach (var rune in text.EnumerateRunes())
            {
                // A character outside the BMP is escaped as its surrogate pair, both halves or neither.
                var escape = sample.Escaped.Length > 0 && sample.Escaped[i++ % sample.Escaped.Length];
                var units = rune.ToString();
                spelled.Append(escape ? string.Concat(units.Select(c => $"\\u{(int)c:X4}")) : units);
            }

            var json = "{\"header\":{\"version\":\"1.0\",\"messageType\":\"AssistanceRequest\"},\"body\":{\"t\":\"" + spelled + "\"}}";
            using var result = StrictJsonReader.Read(Encoding.UTF8.GetBytes(json), ReaderLimits.Default);

            Assert.True(result.IsSuccess);
            var warned = result.Warnings.Any(w => w.Code == FindingCodes.TextNotNfc && w.Pointer == "/body/t");
            return warned == !Nfc.IsNormalized(text);
        });

    private static MlatMessage Load() => MlatValidator.Default.Validate(File.ReadAllBytes(Request)).MessageOrThrow();
}
