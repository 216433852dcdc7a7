using System.Globalization;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>Small checks shared by the rules. Pointers are built from the model's JSON member names (camelCase).</summary>
internal static class RuleHelpers
{
    /// <summary>Absent, or present with no entry that has non-blank text: the member says nothing.</summary>
    public static bool IsMissing(MultilingualText? text)
        => text is null || !text.Entries.Any(e => !string.IsNullOrWhiteSpace(e.Text));

    /// <summary>Appends an array index to a pointer.</summary>
    public static string At(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Length of an ISO 8601 duration (schema pattern of <c>Duration</c>) in whole months for comparison with a
    /// threshold in years: years count 12 months, weeks and days count by the 365.25-day year; the time part is
    /// ignored (a penalty threshold is never a matter of hours).
    /// </summary>
    public static double Months(string duration)
    {
        double months = 0;
        var number = 0L;
        foreach (var c in duration)
        {
            if (c == 'T')
            {
                break;
            }

            if (c is >= '0' and <= '9')
            {
                number = Math.Min((number * 10) + (c - '0'), 1_000_000_000);
                continue;
            }

            months += c switch
            {
                'Y' => number * 12.0,
                'M' => number,
                'W' => number * 7 * 12 / 365.25,
                'D' => number * 12 / 365.25,
                _ => 0,
            };
            number = 0;
        }

        return months;
    }

    /// <summary>The earliest calendar day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can denote, or null if unreadable.</summary>
    public static DateOnly? EarliestDay(string partialDate)
    {
        var parts = partialDate.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        var month = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 1;
        var day = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 1;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>The UTC calendar day of an instant.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);
}
