using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>Invariants of the common types: binding round trip, and the ICCS code pattern of the schema.</summary>
public sealed class CommonTypePropertyTests
{
    private static readonly Gen<string> Text = ArbMap.Default.GeneratorFor<NonEmptyString>()
        // Lone surrogates are not text (RFC 7493 section 2.1); the strict reader rejects them elsewhere.
        .Select(s => new string(s.Get.Select(c => char.IsSurrogate(c) ? '?' : c).ToArray()));

    private static readonly Gen<MultilingualText> Multilingual =
        from text in Text
        from lang in Gen.Elements(Enum.GetValues<LanguageCode>())
        select new MultilingualText { Entries = [new TextEntry { Lang = lang, Text = text, Original = true }] };

    private static readonly Gen<bool?> OptionalFlag = Gen.Elements<bool?>(null, true, false);

    private static readonly Gen<Measure> Measures =
        from type in Gen.Elements(Enum.GetValues<MeasureType>())
        from description in Multilingual
        from targetType in Gen.Elements(Enum.GetValues<TargetIdentifierType>())
        from targetValue in Text
        from transmission in Gen.Elements(Enum.GetValues<InterceptionTransmission>())
        from transcription in OptionalFlag
        from decryption in OptionalFlag
        from days in Gen.Choose(1, 365)
        from start in Gen.Choose(0, 3650)
        from withDetails in Gen.Elements(true, false)
        select new Measure
        {
            Id = "m-1",
            Type = type,
            Description = description,
            Details = withDetails
                ? new MeasureDetails
                {
                    Interception = new InterceptionDetails
                    {
                        Targets = [new TargetIdentifier { Type = targetType, Value = targetValue }],
                        Duration = IsoDuration.FromDays(days),
                        StartDate = new DateOnly(2026, 1, 1).AddDays(start),
                        Transmission = transmission,
                        Transcription = transcription,
                        Decryption = decryption,
                    },
                }
                : null,
        };

    [Property(MaxTest = 200)]
    public Property Measure_written_and_read_back_is_written_identically() => Prop.ForAll(Arb.From(Measures), measure =>
    {
        var json = JsonSerializer.Serialize(measure, MlatJsonContext.Default.Measure);
        var again = JsonSerializer.Serialize(JsonSerializer.Deserialize(json, MlatJsonContext.Default.Measure)!, MlatJsonContext.Default.Measure);
        return json == again && !HasNullMember(JsonNode.Parse(json));
    });

    private static readonly Gen<string> DigitStrings =
        from length in Gen.Choose(1, 8)
        from digits in Gen.Elements("0123456789".ToCharArray()).ArrayOf(length)
        select new string(digits);

    [Property(MaxTest = 500)]
    public Property Iccs_code_pattern_accepts_exactly_2_4_5_or_6_digits_starting_with_a_section_01_to_11() =>
        Prop.ForAll(Arb.From(DigitStrings), code =>
        {
            var pattern = (string)SchemaModel.Definitions("codes.schema.json")["IccsCode"]!["pattern"]!;
            var section = int.Parse(code.AsSpan(0, Math.Min(2, code.Length)), System.Globalization.CultureInfo.InvariantCulture);
            var expected = code.Length is 2 or 4 or 5 or 6 && section is >= 1 and <= 11;
            return Regex.IsMatch(code, pattern) == expected;
        });

    // Absent optional members are omitted, never written as null (specification §2.6).
    private static bool HasNullMember(JsonNode? node) => node switch
    {
        JsonObject o => o.Any(m => m.Value is null || HasNullMember(m.Value)),
        JsonArray a => a.Any(e => e is null || HasNullMember(e)),
        _ => false,
    };
}
