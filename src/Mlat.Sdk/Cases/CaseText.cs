using System.Globalization;

namespace Mlat.Sdk.Cases;

/// <summary>How the CLI and the timeline page write instants and what is left of a deadline, so both say the same.</summary>
internal static class CaseText
{
    public static string Instant(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Span(TimeSpan s) => s.TotalHours < 48
        ? $"{(int)s.TotalHours}h {s.Minutes:00}m"
        : $"{(int)s.TotalDays}d {s.Hours}h";

    /// <summary>At <paramref name="at"/>: "OVERDUE by …", "… left", "SUSPENDED since …", or the settled status.</summary>
    public static string Standing(CaseDeadline d, DateTimeOffset at) => d.Status switch
    {
        DeadlineStatus.Open when d.IsOverdueAt(at) => "OVERDUE by " + Span(at - d.DueAt),
        DeadlineStatus.Open => Span(d.DueAt - at) + " left",
        DeadlineStatus.Suspended => "SUSPENDED since " + Instant(d.SuspendedAt!.Value),
        _ => CaseStateJson.Code(d.Status),
    };
}
