using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Cases;

/// <summary>Whether a period is counted in calendar days or in hours.</summary>
public enum PeriodUnit
{
    /// <summary>Calendar days in UTC: the period starts the day after the event and ends at the end of its last day (00:00Z of the next day).</summary>
    Days = 1,

    /// <summary>Hours from the instant of the event.</summary>
    Hours,
}

/// <summary>A time limit the law sets for an instrument, with its legal source.</summary>
public sealed record StatutoryPeriod
{
    /// <summary>The instrument.</summary>
    public required CaseInstrument Instrument { get; init; }

    /// <summary>The deadline kind it gives.</summary>
    public required DeadlineKind Kind { get; init; }

    /// <summary>The length, in <see cref="Unit"/>.</summary>
    public required int Length { get; init; }

    /// <summary>Days or hours.</summary>
    public required PeriodUnit Unit { get; init; }

    /// <summary>The event it runs from.</summary>
    public required DeadlineStartEvent StartEvent { get; init; }

    /// <summary>True when the period applies only in an emergency, false when only outside one, null when always.</summary>
    public bool? Emergency { get; init; }

    /// <summary>The side that must act.</summary>
    public required CaseSide Owner { get; init; }

    /// <summary>The provision that sets it.</summary>
    public required string LegalSource { get; init; }

    /// <summary>The instant the period ends when it starts at <paramref name="start"/>.</summary>
    /// <param name="start">The instant of the start event.</param>
    /// <returns>The due instant, in UTC.</returns>
    public DateTimeOffset DueFrom(DateTimeOffset start) => Unit == PeriodUnit.Hours
        ? Calendar.Add(start, TimeSpan.FromHours(Length))
        : EndOfDay(Calendar.AddDays(DateOnly.FromDateTime(start.UtcDateTime), Length));

    /// <summary>The end of a calendar day in UTC: 00:00Z of the day after.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The instant the day ends.</returns>
    public static DateTimeOffset EndOfDay(DateOnly day) => Calendar.EndOfDay(day);
}

/// <summary>
/// The statutory periods the case fold computes, per instrument and kind. Each was checked against the legal text;
/// docs/cases.md lists them. Instruments without a statutory period (UNTOC art. 18(24): "as soon as possible", CETS 224)
/// have only the deadlines the request asks for.
/// </summary>
public static class StatutoryPeriods
{
    /// <summary>Every statutory period the SDK computes.</summary>
    public static IReadOnlyList<StatutoryPeriod> All { get; } =
    [
        // EIO art. 16(1): the executing authority acknowledges receipt (annex B) without delay and in any event within a week.
        Days(CaseInstrument.Eio, DeadlineKind.Acknowledgement, 7, DeadlineStartEvent.Receipt, "EIO art. 16(1), annex B"),

        // EIO art. 12(3): the decision on recognition or execution no later than 30 days after receipt by the competent
        // executing authority (art. 12(5): extendable by at most 30 days, with notice of the delay).
        Days(CaseInstrument.Eio, DeadlineKind.RecognitionDecision, 30, DeadlineStartEvent.Receipt, "EIO art. 12(3)"),

        // EIO art. 12(4): the measure is carried out not later than 90 days following the decision of art. 12(3).
        Days(CaseInstrument.Eio, DeadlineKind.Execution, 90, DeadlineStartEvent.RecognitionDecision, "EIO art. 12(4)"),

        // EIO art. 31(3): the notified State may object within 96 hours of receipt of the notification (annex C).
        Hours(CaseInstrument.InterceptionNotification, DeadlineKind.Objection, 96, DeadlineStartEvent.Notification, "EIO art. 31(3)"),

        // Regulation (EU) 2023/1543 art. 10(3): without notification of the enforcing authority, the data at the latest
        // within 10 days following receipt of the EPOC; art. 10(2): with it, at the end of the 10 days in which that
        // authority may raise grounds (earlier if it confirms it raises none); art. 10(4): in an emergency without undue
        // delay, at the latest within 8 hours following receipt.
        Days(CaseInstrument.Epoc, DeadlineKind.EpocProduction10Days, 10, DeadlineStartEvent.Receipt, "Regulation (EU) 2023/1543 art. 10(2), (3)") with { Emergency = false },
        Hours(CaseInstrument.Epoc, DeadlineKind.EpocEmergency8Hours, 8, DeadlineStartEvent.Receipt, "Regulation (EU) 2023/1543 art. 10(4)") with { Emergency = true },

        // Regulation (EU) 2023/1543 art. 10(2): a notified enforcing authority may raise a ground of art. 12 within 10 days
        // following its receipt of the EPOC (notified at the same time as the addressee, art. 8); art. 10(4): in an
        // emergency within 96 hours following receipt of the notification.
        Days(CaseInstrument.Epoc, DeadlineKind.EnforcingReview10Days, 10, DeadlineStartEvent.Notification, "Regulation (EU) 2023/1543 art. 10(2)", CaseSide.EnforcingAuthority) with { Emergency = false },
        Hours(CaseInstrument.Epoc, DeadlineKind.EnforcingReview96Hours, 96, DeadlineStartEvent.Notification, "Regulation (EU) 2023/1543 art. 10(4)", CaseSide.EnforcingAuthority) with { Emergency = true },

        // Regulation (EU) 2023/1543 art. 11(1): the obligation to preserve ceases after 60 days unless a subsequent request
        // for production is confirmed (annex V); it may be extended once by 30 days (annex VI).
        Days(CaseInstrument.EpocPreservation, DeadlineKind.PreservationExpiry, 60, DeadlineStartEvent.Receipt, "Regulation (EU) 2023/1543 art. 11(1)", CaseSide.Requesting),

        // ETS 185 art. 29(7): preservation for a period not less than sixty days, to allow the request for the data.
        Days(CaseInstrument.BudapestPreservation, DeadlineKind.PreservationExpiry, 60, DeadlineStartEvent.Receipt, "ETS 185 art. 29(7)", CaseSide.Requesting),
    ];

    /// <summary>The longest extension of the EIO recognition period (EIO art. 12(5)) and of an EPOC-PR preservation (Regulation (EU) 2023/1543 art. 11(1)), in days.</summary>
    public const int MaximumExtensionDays = 30;

    /// <summary>The periods of an instrument that apply to a request, given whether it is an emergency.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="emergency">Whether the request or order is an emergency.</param>
    /// <returns>The periods.</returns>
    public static IEnumerable<StatutoryPeriod> For(CaseInstrument instrument, bool emergency)
        => All.Where(p => p.Instrument == instrument && (p.Emergency is null || p.Emergency == emergency));

    private static StatutoryPeriod Days(CaseInstrument instrument, DeadlineKind kind, int days, DeadlineStartEvent start, string source, CaseSide owner = CaseSide.Executing)
        => new() { Instrument = instrument, Kind = kind, Length = days, Unit = PeriodUnit.Days, StartEvent = start, LegalSource = source, Owner = owner };

    private static StatutoryPeriod Hours(CaseInstrument instrument, DeadlineKind kind, int hours, DeadlineStartEvent start, string source, CaseSide owner = CaseSide.Executing)
        => new() { Instrument = instrument, Kind = kind, Length = hours, Unit = PeriodUnit.Hours, StartEvent = start, LegalSource = source, Owner = owner };
}
