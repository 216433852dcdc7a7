using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Serialization;

/// <summary>
/// Reads and writes instants in the one lexical form the standard allows: RFC 3339 in UTC with a <c>Z</c> suffix and a
/// fraction of seconds without trailing zeros (<c>2026-11-28T09:30:00Z</c>, <c>2026-11-28T09:30:00.25Z</c>). Because the
/// form is canonical, a message read and written again is byte-identical after canonicalization.
/// </summary>
internal sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
{
    private const string Pattern = "yyyy-MM-dd'T'HH:mm:ss";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is null || !TryParse(text, out var value))
        {
            throw new JsonException("Instant is not RFC 3339 UTC.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        => writer.WriteStringValue(Format(value));

    internal static string Format(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        var text = utc.ToString(Pattern, CultureInfo.InvariantCulture);
        var fraction = utc.Ticks % TimeSpan.TicksPerSecond;
        if (fraction != 0)
        {
            text += "." + fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0');
        }

        return text + "Z";
    }

    internal static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 20 || text[^1] != 'Z')
        {
            return false;
        }

        var formats = new[] { "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'" };
        if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var dt))
        {
            return false;
        }

        value = new DateTimeOffset(dt, TimeSpan.Zero);
        return true;
    }
}
