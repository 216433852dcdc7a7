using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// An ISO 8601 duration as the standard writes it (<c>Duration</c> in common/types.schema.json): years, months, weeks,
/// days and a time part of hours, minutes and seconds, each an unsigned whole number, for example <c>P3Y</c>,
/// <c>P90D</c> or <c>PT96H</c>. Built from numbers, never from caller-formatted text, so culture cannot change it; read
/// text keeps its exact form (<c>P12M</c> stays <c>P12M</c>, it is not normalised to <c>P1Y</c>), so a message read and
/// written again is byte-identical. Durations are compared by their text; use <see cref="TotalMonths"/> to compare lengths.
/// </summary>
[JsonConverter(typeof(IsoDurationJsonConverter))]
public sealed class IsoDuration : IEquatable<IsoDuration>
{
    private readonly string text;

    private IsoDuration(string text, int years, int months, int weeks, int days, int hours, int minutes, int seconds)
    {
        this.text = text;
        Years = years;
        Months = months;
        Weeks = weeks;
        Days = days;
        Hours = hours;
        Minutes = minutes;
        Seconds = seconds;
    }

    /// <summary>The years component (0 when absent).</summary>
    public int Years { get; }

    /// <summary>The months component (0 when absent).</summary>
    public int Months { get; }

    /// <summary>The weeks component (0 when absent).</summary>
    public int Weeks { get; }

    /// <summary>The days component (0 when absent).</summary>
    public int Days { get; }

    /// <summary>The hours component (0 when absent).</summary>
    public int Hours { get; }

    /// <summary>The minutes component (0 when absent).</summary>
    public int Minutes { get; }

    /// <summary>The seconds component (0 when absent).</summary>
    public int Seconds { get; }

    /// <summary>
    /// The length in months for comparison with a threshold in years or months (the three-year threshold of EIO art.
    /// 11(1)(g)): a year counts 12 months, weeks and days count by the 365.25-day year, the time part by the same
    /// year of 8,766 hours.
    /// </summary>
    public double TotalMonths
        => (Years * 12.0) + Months + (((Weeks * 7.0) + Days + (Hours / 24.0) + (Minutes / 1440.0) + (Seconds / 86400.0)) * 12 / 365.25);

    /// <summary>A duration of whole years, for example a maximum penalty of three years (<c>P3Y</c>).</summary>
    /// <param name="years">Number of years, 0 or more.</param>
    /// <returns>The duration.</returns>
    public static IsoDuration FromYears(int years) => Create(years: years);

    /// <summary>A duration of whole months (<c>P6M</c>).</summary>
    /// <param name="months">Number of months, 0 or more.</param>
    /// <returns>The duration.</returns>
    public static IsoDuration FromMonths(int months) => Create(months: months);

    /// <summary>A duration of whole days (<c>P90D</c>).</summary>
    /// <param name="days">Number of days, 0 or more.</param>
    /// <returns>The duration.</returns>
    public static IsoDuration FromDays(int days) => Create(days: days);

    /// <summary>A duration of whole hours (<c>PT96H</c>).</summary>
    /// <param name="hours">Number of hours, 0 or more.</param>
    /// <returns>The duration.</returns>
    public static IsoDuration FromHours(int hours) => Create(hours: hours);

    /// <summary>
    /// A duration from its components; zero components are left out of the text, and a duration of all zeros is written
    /// <c>P0D</c> (a bare <c>P</c> is not a duration).
    /// </summary>
    /// <param name="years">Years.</param>
    /// <param name="months">Months.</param>
    /// <param name="weeks">Weeks.</param>
    /// <param name="days">Days.</param>
    /// <param name="hours">Hours.</param>
    /// <param name="minutes">Minutes.</param>
    /// <param name="seconds">Seconds.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A component is negative.</exception>
    public static IsoDuration Create(int years = 0, int months = 0, int weeks = 0, int days = 0, int hours = 0, int minutes = 0, int seconds = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        ArgumentOutOfRangeException.ThrowIfNegative(weeks);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        var sb = new StringBuilder("P");
        Append(sb, years, 'Y');
        Append(sb, months, 'M');
        Append(sb, weeks, 'W');
        Append(sb, days, 'D');
        if (hours + minutes + seconds > 0)
        {
            sb.Append('T');
            Append(sb, hours, 'H');
            Append(sb, minutes, 'M');
            Append(sb, seconds, 'S');
        }

        if (sb.Length == 1)
        {
            sb.Append("0D");
        }

        return new IsoDuration(sb.ToString(), years, months, weeks, days, hours, minutes, seconds);
    }

    /// <summary>
    /// Reads a duration written as the schema's pattern allows
    /// (<c>^P([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+S)?)?$</c>) with at least one component
    /// and none larger than <see cref="int.MaxValue"/>.
    /// </summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="duration">The duration when the text is one.</param>
    /// <returns>Whether the text is a duration.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out IsoDuration? duration)
    {
        duration = null;
        if (text is null || text.Length < 3 || text[0] != 'P')
        {
            return false;
        }

        Span<int> values = stackalloc int[7];
        const string DateUnits = "YMWD";
        const string TimeUnits = "HMS";
        var next = 0; // index into the 7 components; enforces order
        var inTime = false;
        var any = false;
        var i = 1;
        while (i < text.Length)
        {
            if (text[i] == 'T')
            {
                if (inTime || i == text.Length - 1)
                {
                    return false;
                }

                inTime = true;
                next = Math.Max(next, 4);
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && text[i] is >= '0' and <= '9')
            {
                i++;
            }

            if (i == start || i == text.Length
                || !int.TryParse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            var slot = inTime ? TimeUnits.IndexOf(text[i], StringComparison.Ordinal) + 4 : DateUnits.IndexOf(text[i], StringComparison.Ordinal);
            if (slot < (inTime ? 4 : 0) || slot < next)
            {
                return false;
            }

            values[slot] = value;
            next = slot + 1;
            any = true;
            i++;
        }

        if (!any)
        {
            return false;
        }

        duration = new IsoDuration(text, values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
        return true;
    }

    /// <summary>Reads a duration, throwing for text that is not one. Prefer <see cref="TryParse"/> for input.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="FormatException">The text is not a duration.</exception>
    public static IsoDuration Parse(string text)
        => TryParse(text, out var duration) ? duration : throw new FormatException("The text is not an ISO 8601 duration of the standard's form.");

    /// <summary>The duration as written on the wire, for example <c>P3Y</c>.</summary>
    /// <returns>The ISO 8601 text.</returns>
    public override string ToString() => text;

    /// <inheritdoc />
    public bool Equals(IsoDuration? other) => other is not null && string.Equals(text, other.text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IsoDuration);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(text);

    /// <summary>Equality by text.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(IsoDuration? left, IsoDuration? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by text.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(IsoDuration? left, IsoDuration? right) => !(left == right);

    private static void Append(StringBuilder sb, int value, char unit)
    {
        if (value > 0)
        {
            sb.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}

/// <summary>Reads and writes <see cref="IsoDuration"/> as its ISO 8601 text.</summary>
internal sealed class IsoDurationJsonConverter : JsonConverter<IsoDuration>
{
    public override IsoDuration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String && IsoDuration.TryParse(reader.GetString(), out var duration)
            ? duration
            : throw new JsonException("Not an ISO 8601 duration of the standard's form.");

    public override void Write(Utf8JsonWriter writer, IsoDuration value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());
}
