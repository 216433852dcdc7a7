using Mlat.Sdk.Cases;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Tests.Cases;

/// <summary>The statutory periods, their counting, emergencies, declared ids, postponements by id, and overdue at a clock.</summary>
public sealed class DeadlineTests
{
    private static MlatMessage Sample(string path)
    {
        var report = MlatValidator.Default.Validate(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.2", "valid", path)));
        Assert.True(report.IsSuccess, path);
        return report.Message!;
    }

    private static CaseState Fold(params MlatMessage[] messages) => CaseState.Start(messages[0].Header.ConversationId).ApplyAll(messages);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-23T00:00:00Z", "2026-12-24T00:00:00Z")]
    [InlineData("2026-11-23T23:59:59Z", "2026-12-24T00:00:00Z")]
    [InlineData("2026-12-31T12:00:00Z", "2027-01-31T00:00:00Z")]
    public void A_period_of_days_ignores_the_day_of_the_event_and_ends_at_the_end_of_its_last_day(string start, string due)
    {
        var recognition = StatutoryPeriods.All.Single(p => p.Instrument == CaseInstrument.Eio && p.Kind == DeadlineKind.RecognitionDecision);
        Assert.Equal((30, PeriodUnit.Days, "EIO art. 12(3)"), (recognition.Length, recognition.Unit, recognition.LegalSource));
        Assert.Equal(Utc(due), recognition.DueFrom(Utc(start)));
    }

    [Theory]
    [InlineData("9999-12-31T12:00:00Z", PeriodUnit.Days)]
    [InlineData("9999-12-31T23:00:00Z", PeriodUnit.Hours)]
    [InlineData("9999-11-30T00:00:00Z", PeriodUnit.Days)]
    public void A_period_that_would_end_after_the_last_day_of_the_calendar_ends_at_its_last_instant(string start, PeriodUnit unit)
    {
        // A message may be dated up to 9999-12-31; the period saturates instead of throwing out of the case fold.
        var period = StatutoryPeriods.All.Single(p => unit == PeriodUnit.Days
            ? p.Instrument == CaseInstrument.Eio && p.Kind == DeadlineKind.Execution
            : p.Instrument == CaseInstrument.InterceptionNotification && p.Kind == DeadlineKind.Objection);
        Assert.Equal(DateTimeOffset.MaxValue, period.DueFrom(Utc(start)));
    }

    [Fact]
    public void An_interception_notification_dated_at_the_end_of_the_calendar_folds_with_its_deadline_at_the_last_instant()
    {
        var notification = Sample("InterceptionNotification/minimal.json");
        notification = notification with { Header = notification.Header with { CreatedAt = Utc("9999-12-31T23:59:59Z") } };
        var objection = Assert.Single(Fold(notification).Deadlines);
        Assert.Equal((DeadlineKind.Objection, DateTimeOffset.MaxValue), (objection.Kind, objection.DueAt));
    }

    [Fact]
    public void The_periods_are_those_of_the_legal_texts()
    {
        string Of(CaseInstrument i, DeadlineKind k)
        {
            var p = StatutoryPeriods.All.Single(x => x.Instrument == i && x.Kind == k);
            return $"{p.Length} {p.Unit} from {p.StartEvent}, {p.LegalSource}";
        }

        Assert.Equal("7 Days from Receipt, EIO art. 16(1), annex B", Of(CaseInstrument.Eio, DeadlineKind.Acknowledgement));
        Assert.Equal("90 Days from RecognitionDecision, EIO art. 12(4)", Of(CaseInstrument.Eio, DeadlineKind.Execution));
        Assert.Equal("96 Hours from Notification, EIO art. 31(3)", Of(CaseInstrument.InterceptionNotification, DeadlineKind.Objection));
        Assert.Equal("10 Days from Receipt, Regulation (EU) 2023/1543 art. 10(2), (3)", Of(CaseInstrument.Epoc, DeadlineKind.EpocProduction10Days));
        Assert.Equal("8 Hours from Receipt, Regulation (EU) 2023/1543 art. 10(4)", Of(CaseInstrument.Epoc, DeadlineKind.EpocEmergency8Hours));
        Assert.Equal("10 Days from Notification, Regulation (EU) 2023/1543 art. 10(2)", Of(CaseInstrument.Epoc, DeadlineKind.EnforcingReview10Days));
        Assert.Equal("96 Hours from Notification, Regulation (EU) 2023/1543 art. 10(4)", Of(CaseInstrument.Epoc, DeadlineKind.EnforcingReview96Hours));
        Assert.Equal("60 Days from Receipt, Regulation (EU) 2023/1543 art. 11(1)", Of(CaseInstrument.EpocPreservation, DeadlineKind.PreservationExpiry));
        Assert.Equal("60 Days from Receipt, ETS 185 art. 29(7)", Of(CaseInstrument.BudapestPreservation, DeadlineKind.PreservationExpiry));
        Assert.DoesNotContain(StatutoryPeriods.All, p => p.Instrument is CaseInstrument.MutualLegalAssistance or CaseInstrument.Cets224Production);
    }

    [Fact]
    public void An_emergency_EPOC_runs_8_hours_for_the_data_and_96_hours_for_the_enforcing_authority_under_the_ids_the_order_declares()
    {
        // The sample declares dl1 (8 hours, art. 10(4)) and dl2 (96 hours, art. 12(1)) as statutory, with their due instants.
        var state = Fold(Sample("ProductionOrder/epoc-service-provider-role-statutory-deadlines.json"));
        Assert.Equal(
            [("dl1", DeadlineKind.EpocEmergency8Hours, Utc("2026-11-27T16:15:00Z"), CaseSide.Executing), ("dl2", DeadlineKind.EnforcingReview96Hours, Utc("2026-12-01T08:10:00Z"), CaseSide.EnforcingAuthority)],
            state.Deadlines.Select(d => (d.Id, d.Kind, d.DueAt, d.Owner)));
        Assert.All(state.Deadlines, d => Assert.Equal(DeadlineOrigin.Statutory, d.Origin));
        Assert.Equal(["dl1"], state.OverdueAt(Utc("2026-11-27T16:15:01Z")).Select(d => d.Id));
        Assert.Equal(["dl1", "dl2"], state.Overdue(new Envelopes.ManualTimeProvider(Utc("2026-12-02T00:00:00Z"))).Select(d => d.Id));
        Assert.Empty(state.Overdue(new Envelopes.ManualTimeProvider(Utc("2026-11-27T16:15:00Z"))));
    }

    [Fact]
    public void An_interception_notification_gives_the_notified_State_96_hours_to_object_and_an_objection_meets_it()
    {
        var notification = Sample("InterceptionNotification/minimal.json");
        var state = Fold(notification);
        var objection = Assert.Single(state.Deadlines);
        Assert.Equal((DeadlineKind.Objection, notification.Header.CreatedAt.AddHours(96), "EIO art. 31(3)"), (objection.Kind, objection.DueAt, objection.LegalSource));

        var answer = Sample("InterceptionObjection/minimal.json");
        answer = answer with
        {
            Header = answer.Header with { ConversationId = notification.Header.ConversationId, CreatedAt = notification.Header.CreatedAt.AddHours(20) },
        };
        var after = state.Apply(answer);
        Assert.Equal(RequestState.Refused, after.State);
        Assert.Equal((DeadlineStatus.Met, answer.Header.MessageId), (after.Deadlines[0].Status, after.Deadlines[0].SettledBy));
        Assert.Empty(after.OverdueAt(notification.Header.CreatedAt.AddDays(30)));
    }

    [Fact]
    public void A_postponement_naming_a_deadline_suspends_only_that_one_and_its_resumption_adds_the_time_suspended()
    {
        var messages = CaseCorpus.Load("eio-partial-execution-postponement").Select(m => m.Message).Take(4).ToList();
        var state = Fold([.. messages]);
        var execution = state.Deadlines.Single(d => d.Id == "statutory/EXECUTION");
        var postponed = Notice(messages[0], PostponementAction.Postponed, Utc("2027-01-10T00:00:00Z"), "statutory/EXECUTION");
        var resumed = Notice(messages[0], PostponementAction.Resumed, Utc("2027-01-20T06:00:00Z"), "statutory/EXECUTION");

        var paused = state.Apply(postponed);
        Assert.Equal(DeadlineStatus.Suspended, paused.Deadlines.Single(d => d.Id == execution.Id).Status);
        Assert.Empty(paused.OverdueAt(Utc("2030-01-01T00:00:00Z")));
        var again = paused.Apply(resumed);
        Assert.Equal(execution.DueAt.AddDays(10).AddHours(6), again.Deadlines.Single(d => d.Id == execution.Id).DueAt);
        Assert.Equal(DeadlineStatus.Open, again.Deadlines.Single(d => d.Id == execution.Id).Status);
    }

    private static MlatMessage Notice(MlatMessage request, PostponementAction action, DateTimeOffset at, string deadline) => new()
    {
        Header = request.Header with
        {
            MessageType = MessageType.PostponementNotice,
            MessageId = Guid.NewGuid(),
            CreatedAt = at,
            Sender = request.Header.Recipient,
            Recipient = request.Header.Sender,
        },
        Body = new PostponementNotice { Action = action, DeadlineRefs = [deadline] },
    };
}
