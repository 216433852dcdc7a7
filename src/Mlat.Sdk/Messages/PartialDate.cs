using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// A calendar date that may be known only to the year or the month (<c>PartialDate</c> in common/types.schema.json:
/// <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>), for example a date of birth (EIO annex A section E(i)). Built from
/// numbers in the ISO (Gregorian) calendar, never from caller-formatted text, so the culture of the machine cannot
/// change it (a Thai-calendar 2522 is not written for 1979).
/// </summary>
[JsonConverter(typeof(PartialDateJsonConverter))]
public sealed record PartialDate
{
    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year, 1 to 9999.</summary>
    public int Year { get; }

    /// <summary>The month, 1 to 12, or null when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or null when only the year or the month is known.</summary>
    public int? Day { get; }

    /// <summary>The earliest calendar day the date can denote (the first of the year or month when day or month is unknown).</summary>
    public DateOnly EarliestDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>A date known only to the year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static PartialDate FromYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return new PartialDate(year, null, null);
    }

    /// <summary>A date known to the month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static PartialDate FromYearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new PartialDate(year, month, null);
    }

    /// <summary>A full date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date.</returns>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Converts a full date.</summary>
    /// <param name="date">The date.</param>
    public static implicit operator PartialDate(DateOnly date) => FromDate(date);

    /// <summary>
    /// Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> with ASCII digits; the month and day must exist in the
    /// calendar (year 0000, month 13 or 30 February are not dates).
    /// </summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="date">The date when the text is one.</param>
    /// <returns>Whether the text is a partial date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PartialDate? date)
    {
        date = null;
        if (text is null || (text.Length != 4 && text.Length != 7 && text.Length != 10)
            || !Digits(text, 0, 4, out var year) || year < 1)
        {
            return false;
        }

        if (text.Length == 4)
        {
            date = new PartialDate(year, null, null);
            return true;
        }

        if (text[4] != '-' || !Digits(text, 5, 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = new PartialDate(year, month, null);
            return true;
        }

        if (text[7] != '-' || !Digits(text, 8, 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Reads a partial date, throwing for text that is not one. Prefer <see cref="TryParse"/> for input.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is not a partial date.</exception>
    public static PartialDate Parse(string text)
        => TryParse(text, out var date) ? date : throw new FormatException("The text is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>The date as written on the wire (<c>1979</c>, <c>1979-04</c>, <c>1979-04-12</c>), in the ISO calendar whatever the culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = Year.ToString("0000", CultureInfo.InvariantCulture);
        if (Month is { } month)
        {
            text += "-" + month.ToString("00", CultureInfo.InvariantCulture);
        }

        if (Day is { } day)
        {
            text += "-" + day.ToString("00", CultureInfo.InvariantCulture);
        }

        return text;
    }

    private static bool Digits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}

/// <summary>Reads and writes <see cref="PartialDate"/> as its ISO 8601 text.</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String && PartialDate.TryParse(reader.GetString(), out var date)
            ? date
            // The schema's pattern fixes the form (years 0001-9999, months 01-12, days 01-31); what it cannot see is a
            // day the month does not have (30 February), a defect of the message, not of the SDK.
            : throw new MessageValueException(FindingCodes.DateNotInCalendar, "A date that exists in the calendar: YYYY, YYYY-MM or YYYY-MM-DD with a day the month has.");

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());
}
