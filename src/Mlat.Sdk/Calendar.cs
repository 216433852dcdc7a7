namespace Mlat.Sdk;

/// <summary>
/// Date arithmetic on dates taken from messages. A message may carry any date the schema allows, up to 9999-12-31, so a
/// period added to it saturates at the end of the calendar instead of throwing: a deadline after the last representable
/// instant is no deadline anyone can miss, and a rule or the case fold must not fail on it.
/// </summary>
internal static class Calendar
{
    /// <summary>The day <paramref name="days"/> after <paramref name="day"/>, or the first or last day of the calendar.</summary>
    public static DateOnly AddDays(DateOnly day, int days)
    {
        var target = (long)day.DayNumber + days;
        return target >= DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue
            : target <= DateOnly.MinValue.DayNumber ? DateOnly.MinValue
            : DateOnly.FromDayNumber((int)target);
    }

    /// <summary>The instant <paramref name="span"/> after <paramref name="instant"/>, in UTC, or the first or last instant of the calendar.</summary>
    public static DateTimeOffset Add(DateTimeOffset instant, TimeSpan span)
    {
        var utc = instant.UtcDateTime;
        if (span > TimeSpan.Zero && DateTime.MaxValue - utc <= span)
        {
            return DateTimeOffset.MaxValue;
        }

        if (span < TimeSpan.Zero && utc - DateTime.MinValue <= span.Duration())
        {
            return DateTimeOffset.MinValue;
        }

        return new DateTimeOffset(utc + span, TimeSpan.Zero);
    }

    /// <summary>The end of a calendar day in UTC: 00:00Z of the day after, or the last instant of the calendar for 9999-12-31.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day) => day == DateOnly.MaxValue
        ? DateTimeOffset.MaxValue
        : new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
