using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Cases;

/// <summary>
/// The mutable worker behind <see cref="CaseState"/>: applies one message after another, in canonical order, against the
/// instrument's transition table, and keeps the measures, parties and deadlines. Never throws on message content.
/// </summary>
internal sealed class CaseFold
{
    private static readonly MeasureState[] Settled =
    [
        MeasureState.NotRecognised, MeasureState.Executed, MeasureState.NotExecuted, MeasureState.Refused,
        MeasureState.Withdrawn, MeasureState.Impossible,
    ];

    private readonly Dictionary<string, MeasureState> beforePostponement = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> originalDue = new(StringComparer.Ordinal);
    private MlatMessage? opening;
    private RequestState previous;
    private bool evidenceStillWanted;
    private bool evidenceStillToFollow;
    private bool emergency;

    public CaseInstrument Instrument { get; private set; }

    public RequestState State { get; private set; }

    public List<CaseMeasure> Measures { get; } = [];

    public List<CaseParty> Parties { get; } = [];

    public List<CaseDeadline> Deadlines { get; } = [];

    public List<CaseEvent> Events { get; } = [];

    public List<CaseFinding> Findings { get; } = [];

    /// <summary>What a state keeps of the fold beyond its public members, so that a later message continues the fold.</summary>
    internal sealed record Memory(
        MlatMessage? Opening,
        RequestState Previous,
        bool EvidenceStillWanted,
        bool EvidenceStillToFollow,
        bool Emergency,
        IReadOnlyDictionary<string, MeasureState> BeforePostponement,
        IReadOnlyDictionary<string, DateTimeOffset> OriginalDue)
    {
        public bool Holds(TransitionGuard guard) => guard switch
        {
            TransitionGuard.EvidenceStillWanted => EvidenceStillWanted,
            TransitionGuard.EvidenceStillToFollow => EvidenceStillToFollow,
            _ => true,
        };
    }

    public Memory Remember() => new(opening, previous, evidenceStillWanted, evidenceStillToFollow, emergency,
        new Dictionary<string, MeasureState>(beforePostponement, StringComparer.Ordinal),
        new Dictionary<string, DateTimeOffset>(originalDue, StringComparer.Ordinal));

    public static CaseFold Resume(Memory memory, IEnumerable<CaseDeadline> deadlines, IEnumerable<CaseMeasure> measures, IEnumerable<CaseParty> parties,
        IEnumerable<CaseEvent> events, IEnumerable<CaseFinding> findings, RequestState state, CaseInstrument instrument)
    {
        var fold = new CaseFold
        {
            opening = memory.Opening,
            previous = memory.Previous,
            evidenceStillWanted = memory.EvidenceStillWanted,
            evidenceStillToFollow = memory.EvidenceStillToFollow,
            emergency = memory.Emergency,
            State = state,
            Instrument = instrument,
        };
        foreach (var (k, v) in memory.BeforePostponement)
        {
            fold.beforePostponement[k] = v;
        }

        foreach (var (k, v) in memory.OriginalDue)
        {
            fold.originalDue[k] = v;
        }

        fold.Deadlines.AddRange(deadlines);
        fold.Measures.AddRange(measures);
        fold.Parties.AddRange(parties);
        fold.Events.AddRange(events);
        fold.Findings.AddRange(findings);
        return fold;
    }

    public static CaseFinding ForeignFinding(MlatMessage m, RequestState state) => new()
    {
        MessageId = m.Header.MessageId,
        MessageType = m.Header.MessageType,
        StateMet = state,
        Finding = Finding.Error(FindingCodes.FlowOtherConversation, "/header/conversationId",
            $"The {m.Header.MessageType} belongs to another conversation than the case it was given to; it was not applied."),
    };

    public void Step(MlatMessage m)
    {
        var type = m.Header.MessageType;
        if (CaseTransitions.IsOpening(type))
        {
            if (opening is not null)
            {
                Report(m, FindingCodes.FlowSecondRequest, "/header/messageType",
                    $"A second opening message ({type}) in a conversation that already has one; a new request needs a new conversation.");
                return;
            }
        }
        else if (opening is null)
        {
            Report(m, FindingCodes.FlowNoRequest, "/header/conversationId",
                $"The {type} answers a request, order or notification that is not part of the case (yet); it was not applied.");
            return;
        }

        var instrument = opening is null ? CaseTransitions.InstrumentOf(m.Body) : Instrument;
        var rows = CaseTransitions.For(instrument).Where(r => r.MessageType == type).ToList();
        if (rows.Count == 0)
        {
            Report(m, FindingCodes.FlowNotInInstrument, "/header/messageType",
                $"A {type} has no place in a case under {instrument}; it was not applied.");
            return;
        }

        var side = SideOf(m);
        var fitting = rows.Where(r => (r.Sender is null || r.Sender == side) && ConditionHolds(r.Condition, m)).ToList();
        var guards = Remember();
        var row = fitting.FirstOrDefault(r => r.From.Contains(State) && guards.Holds(r.Guard));
        if (row is null)
        {
            var code = fitting.Count == 0 ? FindingCodes.FlowNotExpected : State switch
            {
                RequestState.Closed => FindingCodes.FlowCaseClosed,
                RequestState.Withdrawn => FindingCodes.FlowAfterWithdrawal,
                RequestState.Refused => FindingCodes.FlowAfterRefusal,
                _ => FindingCodes.FlowNotExpected,
            };
            Report(m, code, "/header/messageType", fitting.Count == 0
                ? $"A {type} from the {side} side does not fit any transition of the {instrument} table; it was not applied."
                : $"A {type} is not expected when the request is {State}; it was not applied.");
            return;
        }

        var from = State;
        Effects(m, side, instrument);
        AddParties(m, side);
        if (row.ReturnsToPrevious)
        {
            State = previous;
        }
        else if (row.To is { } to)
        {
            if (to is RequestState.AwaitingInformation or RequestState.Postponed && from is not (RequestState.AwaitingInformation or RequestState.Postponed))
            {
                previous = from;
            }

            State = to;
        }

        Events.Add(new CaseEvent
        {
            MessageId = m.Header.MessageId,
            MessageType = type,
            Sender = side,
            CreatedAt = m.Header.CreatedAt,
            From = from,
            To = State,
            TransitionId = row.Id,
        });
        Settle(m);
    }

    private void Report(MlatMessage m, string code, string pointer, string text, FindingSeverity severity = FindingSeverity.Error)
        => Findings.Add(new CaseFinding
        {
            MessageId = m.Header.MessageId,
            MessageType = m.Header.MessageType,
            StateMet = State,
            Finding = new Finding(code, pointer, severity, text),
        });

    private CaseSide SideOf(MlatMessage m) => m.Header.MessageType switch
    {
        MessageType.AssistanceRequest or MessageType.SupplementaryRequest or MessageType.AdditionalInformationResponse
            or MessageType.StatusQuery or MessageType.WithdrawalNotice or MessageType.ProductionOrder or MessageType.PreservationOrder
            or MessageType.PreservationExtension or MessageType.SubsequentProductionConfirmation or MessageType.EvidenceReceipt
            or MessageType.InterceptionNotification => CaseSide.Requesting,
        MessageType.EnforcingAuthorityDecision => CaseSide.EnforcingAuthority,
        MessageType.Consultation or MessageType.TechnicalRejection or MessageType.ClosureNotice => m.Header.Sender.Role switch
        {
            PartyRole.Issuing or PartyRole.Validating or PartyRole.Requesting => CaseSide.Requesting,
            PartyRole.EnforcingAuthority => CaseSide.EnforcingAuthority,
            PartyRole.CentralAuthority when opening is not null && opening.Header.Sender.Country == m.Header.Sender.Country => CaseSide.Requesting,
            _ => CaseSide.Executing,
        },
        _ => CaseSide.Executing,
    };

    private List<string> Live() => [.. Measures.Where(x => !Settled.Contains(x.State)).Select(x => x.Id)];

    private bool Covers(IEnumerable<string>? refs)
    {
        if (refs is null)
        {
            return true;
        }

        var set = refs.ToHashSet(StringComparer.Ordinal);
        return Live().All(set.Contains);
    }

    private bool ConditionHolds(TransitionCondition condition, MlatMessage m) => condition switch
    {
        TransitionCondition.Always => true,
        TransitionCondition.Whole => IsWhole(m) == true,
        TransitionCondition.Partial => IsWhole(m) == false,
        TransitionCondition.SomeRecognised => m.Body is RecognitionDecision d && !NoneRecognised(d),
        TransitionCondition.NoneRecognised => m.Body is RecognitionDecision d && NoneRecognised(d),
        TransitionCondition.Final => m.Body is ExecutionReport { Final: true },
        TransitionCondition.NotFinal => m.Body is ExecutionReport { Final: false },
        TransitionCondition.Postponed => m.Body is PostponementNotice { Action: PostponementAction.Postponed },
        TransitionCondition.Resumed => m.Body is PostponementNotice { Action: PostponementAction.Resumed },
        TransitionCondition.NoGroundsRaised => m.Body is EnforcingAuthorityDecision { Decision: EnforcingDecisionKind.NoGroundsRaised },
        _ => false,
    };

    // A decision recognises nothing when every live measure ends not recognised.
    private bool NoneRecognised(RecognitionDecision d)
    {
        var refused = d.Decisions.Where(x => x.Decision == RecognitionOutcome.NotRecognised).Select(x => x.MeasureRef).ToHashSet(StringComparer.Ordinal);
        return d.Decisions.All(x => x.Decision == RecognitionOutcome.NotRecognised) && Live().All(refused.Contains);
    }

    // Whether a refusal, withdrawal, impossibility or enforcing decision covers the whole request; null when the
    // message is of another kind.
    private bool? IsWhole(MlatMessage m) => m.Body switch
    {
        RefusalNotice r => r.Scope == RefusalScope.Whole || (r.Grounds.All(g => g.AppliesTo is not null) && Covers(r.Grounds.SelectMany(g => g.AppliesTo!))),
        WithdrawalNotice w => w.Scope == WithdrawalScope.Whole || (w.MeasureRefs is not null && Covers(w.MeasureRefs)),
        ImpossibilityNotice i => i.Reasons.Any(r => r.DataRequestRef is null) || Covers(i.Reasons.Select(r => r.DataRequestRef!)),
        EnforcingAuthorityDecision { Decision: EnforcingDecisionKind.GroundsRaised } e => Covers(e.DataRequestRefs),
        PreservationResponse { Result: PreservationResult.Refused } p => Covers(p.DataRequestRefs),
        _ => null,
    };

    private void Effects(MlatMessage m, CaseSide side, CaseInstrument instrument)
    {
        var at = m.Header.CreatedAt;
        switch (m.Body)
        {
            case AssistanceRequest r:
                Open(m, instrument, r.Measures.Select(x => x.Id), r.Deadlines, emergencyCase: false);
                break;
            case ProductionOrder p:
                // Regulation (EU) 2023/1543 art. 8, 12(1): the enforcing authority's period runs from its notification.
                Open(m, instrument, p.DataRequests.Select(x => x.Id), p.Deadlines, p.Emergency,
                    instrument == CaseInstrument.Epoc && p.EnforcingAuthority is { Notified: true } notice ? (notice.NotifiedAt ?? at).ToUniversalTime() : null);
                break;
            case PreservationOrder o:
                Open(m, instrument, o.DataRequests.Select(x => x.Id), o.Deadlines, o.Emergency == true);
                break;
            case InterceptionNotification n:
                Open(m, instrument, [], n.ObjectionDeadline is null ? null : [n.ObjectionDeadline], emergencyCase: false, notified: at);
                break;
            case AcknowledgementOfReceipt a:
                // EIO art. 12(3) counts from receipt; the acknowledgement says when (never before the request was sent).
                Restart(DeadlineStartEvent.Receipt, Later(a.ReceivedAt, opening!.Header.CreatedAt), DeadlineKind.RecognitionDecision);
                Meet(DeadlineKind.Acknowledgement, m);
                break;
            case ForwardingNotice f:
                // EIO art. 12(3): receipt by the competent executing authority, which a forwarding delays.
                Restart(DeadlineStartEvent.Receipt, Later(f.ForwardedAt, opening!.Header.CreatedAt), DeadlineKind.RecognitionDecision);
                break;
            case RequestForAdditionalInformation q when q.ReplyBy is { } replyBy:
                AddDeadline(new CaseDeadline
                {
                    Id = "reply/" + m.Header.MessageId.ToString("D"),
                    Kind = DeadlineKind.Reply,
                    DueAt = replyBy,
                    Origin = DeadlineOrigin.Requested,
                    Owner = CaseSide.Requesting,
                    Status = DeadlineStatus.Open,
                });
                break;
            case AdditionalInformationResponse:
                Meet(DeadlineKind.Reply, m);
                break;
            case SupplementaryRequest s:
                foreach (var (x, i) in (s.NewMeasures ?? []).Select((x, i) => (x, i)))
                {
                    if (Measures.Any(y => y.Id == x.Id))
                    {
                        continue;
                    }

                    Measures.Add(new CaseMeasure { Id = x.Id, State = MeasureState.Pending });
                }

                AddDeclared(s.Deadlines, m, "/body/deadlines");
                break;
            case RecognitionDecision d:
                foreach (var (x, i) in d.Decisions.Select((x, i) => (x, i)))
                {
                    SetMeasure(m, x.MeasureRef, $"/body/decisions/{i}/measureRef", x.Decision switch
                    {
                        RecognitionOutcome.Recognised => MeasureState.Recognised,
                        RecognitionOutcome.AlternativeMeasure => MeasureState.AlternativeMeasure,
                        _ => MeasureState.NotRecognised,
                    });
                }

                Meet(DeadlineKind.RecognitionDecision, m);
                if (!NoneRecognisedNow())
                {
                    foreach (var period in StatutoryPeriods.For(instrument, emergency).Where(x => x.StartEvent == DeadlineStartEvent.RecognitionDecision))
                    {
                        AddStatutory(period, Calendar.Add(StatutoryPeriod.EndOfDay(d.DecidedOn), TimeSpan.FromDays(-1)), opening?.Body is AssistanceRequest r ? r.Deadlines : null);
                    }
                }

                break;
            case RefusalNotice r:
                if (r.Scope == RefusalScope.Whole)
                {
                    SetAll(MeasureState.Refused);
                }

                foreach (var (g, i) in r.Grounds.Select((g, i) => (g, i)))
                {
                    foreach (var (x, j) in (g.AppliesTo ?? []).Select((x, j) => (x, j)))
                    {
                        SetMeasure(m, x, $"/body/grounds/{i}/appliesTo/{j}", MeasureState.Refused);
                    }
                }

                break;
            case PostponementNotice p:
                Postpone(m, p);
                break;
            case StatusUpdate u:
                Outcomes(m, u.Outcomes);
                if (u.Delay is { } delay)
                {
                    Delay(m, delay);
                }

                break;
            case ExecutionReport e:
                Outcomes(m, e.Outcomes);
                break;
            case EvidenceTransmission t:
                // Regulation (EU) 2023/1543 art. 10(2): with a notified enforcing authority, the data go at the end of its
                // 10 days, or earlier once it confirms it raises no ground (which meets the deadline). Not in an
                // emergency: then the data go within 8 hours while the authority has 96 (art. 10(4)).
                if (Deadlines.Any(d => d.Kind == DeadlineKind.EnforcingReview10Days && d.Status == DeadlineStatus.Open && m.Header.CreatedAt < d.DueAt))
                {
                    Report(m, FindingCodes.FlowBeforeEnforcingReview, "/header/createdAt",
                        "The data were transmitted before the end of the enforcing authority's 10 days of Regulation (EU) 2023/1543 art. 10(2), without its confirmation that it raises no ground.", FindingSeverity.Warning);
                }

                foreach (var (item, i) in t.Items.Select((x, i) => (x, i)))
                {
                    var current = Measures.FirstOrDefault(x => x.Id == item.MeasureRef);
                    if (current is null)
                    {
                        UnknownMeasure(m, $"/body/items/{i}/measureRef");
                    }
                    else if (!Settled.Contains(current.State))
                    {
                        // An order's data request is answered by its data; a measure of a request may need more evidence.
                        SetMeasure(m, item.MeasureRef, $"/body/items/{i}/measureRef",
                            instrument is CaseInstrument.Epoc or CaseInstrument.Cets224Production ? MeasureState.Executed : MeasureState.InProgress);
                    }
                }

                break;
            case WithdrawalNotice w:
                if (w.Scope == WithdrawalScope.Whole)
                {
                    SetAll(MeasureState.Withdrawn);
                    evidenceStillWanted = w.ObtainedEvidenceStillRequired;
                }

                foreach (var (x, i) in (w.MeasureRefs ?? []).Select((x, i) => (x, i)))
                {
                    SetMeasure(m, x, $"/body/measureRefs/{i}", MeasureState.Withdrawn);
                }

                break;
            case WithdrawalAcknowledgement a:
                foreach (var (x, i) in (a.MeasuresAlreadyExecuted ?? []).Select((x, i) => (x, i)))
                {
                    SetMeasure(m, x, $"/body/measuresAlreadyExecuted/{i}", MeasureState.Executed);
                }

                evidenceStillWanted |= a.EvidenceToBeTransferred == true;
                break;
            case ClosureNotice c:
                evidenceStillToFollow = c.EvidenceStillToFollow == true;
                break;
            case PreservationResponse { Result: PreservationResult.Refused } p:
                foreach (var (x, i) in (p.DataRequestRefs ?? []).Select((x, i) => (x, i)))
                {
                    SetMeasure(m, x, $"/body/dataRequestRefs/{i}", MeasureState.Refused);
                }

                break;
            case EnforcingAuthorityDecision e:
                Meet(DeadlineKind.EnforcingReview10Days, m);
                Meet(DeadlineKind.EnforcingReview96Hours, m);
                if (e.Decision == EnforcingDecisionKind.GroundsRaised)
                {
                    if (e.DataRequestRefs is null)
                    {
                        SetAll(MeasureState.Refused);
                    }

                    foreach (var (x, i) in (e.DataRequestRefs ?? []).Select((x, i) => (x, i)))
                    {
                        SetMeasure(m, x, $"/body/dataRequestRefs/{i}", MeasureState.Refused);
                    }
                }

                break;
            case ImpossibilityNotice n:
                foreach (var (reason, i) in n.Reasons.Select((x, i) => (x, i)))
                {
                    if (reason.DataRequestRef is null)
                    {
                        SetAll(MeasureState.Impossible);
                    }
                    else
                    {
                        SetMeasure(m, reason.DataRequestRef, $"/body/reasons/{i}/dataRequestRef", MeasureState.Impossible);
                    }
                }

                break;
            case PreservationExtension x:
                Extend(x);
                break;
            case SubsequentProductionConfirmation:
                // Regulation (EU) 2023/1543 art. 11(2): preserved as long as necessary to produce the data.
                Meet(DeadlineKind.PreservationExpiry, m);
                break;
            case InterceptionObjection:
                Meet(DeadlineKind.Objection, m);
                break;
        }

        _ = side;
    }

    private bool NoneRecognisedNow() => !Measures.Any(x => x.State is MeasureState.Recognised or MeasureState.AlternativeMeasure);

    private void Open(MlatMessage m, CaseInstrument instrument, IEnumerable<string> measureIds, IReadOnlyList<Deadline>? declared, bool emergencyCase,
        DateTimeOffset? notified = null)
    {
        opening = m;
        Instrument = instrument;
        emergency = emergencyCase;
        foreach (var id in measureIds.Distinct(StringComparer.Ordinal))
        {
            Measures.Add(new CaseMeasure { Id = id, State = MeasureState.Pending });
        }

        // Receipt is not known before the executing side says when; on an electronic channel the request's creation is
        // the earliest it can have been received, and an acknowledgement or forwarding moves the start later.
        foreach (var period in StatutoryPeriods.For(instrument, emergencyCase).Where(p => p.StartEvent == DeadlineStartEvent.Receipt))
        {
            AddStatutory(period, m.Header.CreatedAt, declared);
        }

        foreach (var period in StatutoryPeriods.For(instrument, emergencyCase).Where(p => p.StartEvent == DeadlineStartEvent.Notification && notified is not null))
        {
            AddStatutory(period, notified!.Value, declared);
        }

        AddDeclared(declared, m, "/body/deadlines");
    }

    // A statutory deadline the SDK computes; a deadline the request declares as statutory for the same kind lends it its
    // id and measures (the SDK's own computation of the due instant wins).
    private void AddStatutory(StatutoryPeriod period, DateTimeOffset start, IReadOnlyList<Deadline>? declared)
    {
        var twin = declared?.FirstOrDefault(d => d.Origin == DeadlineOrigin.Statutory && SameKind(d.Kind, period.Kind));
        var deadline = new CaseDeadline
        {
            Id = twin?.Id ?? "statutory/" + Spelling(period.Kind),
            Kind = period.Kind,
            DueAt = period.DueFrom(start),
            Origin = DeadlineOrigin.Statutory,
            LegalSource = period.LegalSource,
            Owner = period.Owner,
            MeasureRefs = twin?.MeasureRefs,
            Status = DeadlineStatus.Open,
        };
        AddDeadline(deadline);
    }

    private static bool SameKind(DeadlineKind declared, DeadlineKind computed) => declared == computed
        || (declared == DeadlineKind.Production && computed is DeadlineKind.EpocProduction10Days or DeadlineKind.EpocEmergency8Hours);

    private void AddDeclared(IReadOnlyList<Deadline>? declared, MlatMessage m, string pointer)
    {
        foreach (var (d, i) in (declared ?? []).Select((d, i) => (d, i)))
        {
            var origin = d.Origin ?? DeadlineOrigin.Requested;
            if (origin == DeadlineOrigin.Statutory && Deadlines.Any(x => x.Origin == DeadlineOrigin.Statutory && SameKind(d.Kind, x.Kind)))
            {
                continue;
            }

            var id = d.Id ?? $"{Spelling(origin).ToLowerInvariant()}/{Spelling(d.Kind)}/{m.Header.MessageId:D}/{i}";
            if (Deadlines.Any(x => x.Id == id))
            {
                _ = pointer;
                continue;
            }

            AddDeadline(new CaseDeadline
            {
                Id = id,
                Kind = d.Kind,
                DueAt = d.DueAt.ToUniversalTime(),
                Origin = origin,
                LegalSource = origin == DeadlineOrigin.Statutory ? Cite(d.Basis) : null,
                Owner = d.Kind == DeadlineKind.PreservationExpiry ? CaseSide.Requesting : CaseSide.Executing,
                MeasureRefs = d.MeasureRefs,
                Status = DeadlineStatus.Open,
            });
        }
    }

    private static string? Cite(LegalReference? basis)
    {
        if (basis is null)
        {
            return null;
        }

        var article = basis.Article is null ? string.Empty : " art. " + basis.Article + (basis.Paragraph is null ? string.Empty : "(" + basis.Paragraph + ")");
        return Spelling(basis.Instrument) + article;
    }

    private void AddDeadline(CaseDeadline deadline)
    {
        var index = Deadlines.FindIndex(x => x.Id == deadline.Id);
        if (index >= 0)
        {
            Deadlines[index] = deadline;
        }
        else
        {
            Deadlines.Add(deadline);
        }

        originalDue[deadline.Id] = deadline.DueAt;
    }

    // A later start of a receipt-based period moves its due instant later (never earlier).
    private void Restart(DeadlineStartEvent start, DateTimeOffset at, DeadlineKind kind)
    {
        foreach (var period in StatutoryPeriods.For(Instrument, emergency).Where(p => p.StartEvent == start && p.Kind == kind))
        {
            for (var i = 0; i < Deadlines.Count; i++)
            {
                var d = Deadlines[i];
                if (d.Kind == kind && d.Origin == DeadlineOrigin.Statutory && d.Status == DeadlineStatus.Open)
                {
                    var due = period.DueFrom(at);
                    if (due > d.DueAt)
                    {
                        Deadlines[i] = d with { DueAt = due };
                        originalDue[d.Id] = due;
                    }
                }
            }
        }
    }

    private void Meet(DeadlineKind kind, MlatMessage m)
    {
        for (var i = 0; i < Deadlines.Count; i++)
        {
            if (Deadlines[i].Kind == kind && Deadlines[i].Status is DeadlineStatus.Open or DeadlineStatus.Suspended)
            {
                Deadlines[i] = Deadlines[i] with { Status = DeadlineStatus.Met, SettledBy = m.Header.MessageId, SuspendedAt = null };
            }
        }
    }

    // EIO art. 15 and UNTOC art. 18(25) say nothing of the clock; the SDK's rule: a postponement suspends the deadlines
    // it names (or, naming none, the open recognition, execution and production deadlines of the postponed measures), and
    // a resumption restarts them with the time that was left, so a due instant only ever moves later.
    private void Postpone(MlatMessage m, PostponementNotice p)
    {
        var measures = p.MeasureRefs ?? Live();
        var targets = Targets(m, p.DeadlineRefs, "/body/deadlineRefs", d => d.Owner == CaseSide.Executing
            && d.Kind is DeadlineKind.RecognitionDecision or DeadlineKind.Execution or DeadlineKind.Production or DeadlineKind.EpocProduction10Days or DeadlineKind.EpocEmergency8Hours or DeadlineKind.Custom
            && (d.MeasureRefs is null || d.MeasureRefs.Any(measures.Contains)));
        var at = m.Header.CreatedAt;
        if (p.Action == PostponementAction.Postponed)
        {
            foreach (var (x, i) in measures.Select((x, i) => (x, i)))
            {
                var current = Measures.FirstOrDefault(y => y.Id == x);
                if (current is null)
                {
                    UnknownMeasure(m, $"/body/measureRefs/{i}");
                }
                else if (!Settled.Contains(current.State))
                {
                    beforePostponement[x] = current.State;
                    Replace(current with { State = MeasureState.Postponed });
                }
            }

            foreach (var i in targets.Where(i => Deadlines[i].Status == DeadlineStatus.Open))
            {
                Deadlines[i] = Deadlines[i] with { Status = DeadlineStatus.Suspended, SuspendedAt = at };
            }
        }
        else
        {
            foreach (var x in Measures.Where(y => y.State == MeasureState.Postponed && (p.MeasureRefs is null || p.MeasureRefs.Contains(y.Id))).ToList())
            {
                Replace(x with { State = beforePostponement.TryGetValue(x.Id, out var before) ? before : MeasureState.Pending });
                beforePostponement.Remove(x.Id);
            }

            foreach (var i in Enumerable.Range(0, Deadlines.Count).Where(i => Deadlines[i].Status == DeadlineStatus.Suspended
                && (p.DeadlineRefs is null || p.DeadlineRefs.Contains(Deadlines[i].Id))))
            {
                var d = Deadlines[i];
                var paused = at - d.SuspendedAt!.Value;
                Deadlines[i] = d with { Status = DeadlineStatus.Open, SuspendedAt = null, DueAt = paused > TimeSpan.Zero ? d.DueAt + paused : d.DueAt };
            }
        }
    }

    // EIO art. 12(5): a late recognition decision, with reasons and the time needed, extends the 30 days by at most 30
    // more; art. 12(6): a late execution is agreed with the issuing authority. A delay never brings a deadline forward.
    private void Delay(MlatMessage m, Delay delay)
    {
        var kinds = delay.Deadline switch
        {
            DelayedDeadline.RecognitionDecision => new[] { DeadlineKind.RecognitionDecision },
            DelayedDeadline.Execution => [DeadlineKind.Execution, DeadlineKind.Production, DeadlineKind.EpocProduction10Days, DeadlineKind.EpocEmergency8Hours],
            _ => [],
        };
        var targets = Targets(m, delay.DeadlineRefs, "/body/delay/deadlineRefs", d => kinds.Contains(d.Kind) && d.Owner == CaseSide.Executing);
        var due = StatutoryPeriod.EndOfDay(delay.NewEstimatedDate);
        foreach (var i in targets.Where(i => Deadlines[i].Status is DeadlineStatus.Open or DeadlineStatus.Suspended))
        {
            var d = Deadlines[i];
            if (due <= d.DueAt)
            {
                continue;
            }

            if (d.Kind == DeadlineKind.RecognitionDecision && d.Origin == DeadlineOrigin.Statutory && Instrument == CaseInstrument.Eio)
            {
                if (due > Calendar.Add(originalDue[d.Id], TimeSpan.FromDays(StatutoryPeriods.MaximumExtensionDays)))
                {
                    Report(m, FindingCodes.FlowExtensionBeyondLimit, "/body/delay/newEstimatedDate",
                        "The delay extends the EIO recognition period by more than the 30 days of EIO art. 12(5).", FindingSeverity.Warning);
                }

                Deadlines[i] = d with { DueAt = due, LegalSource = "EIO art. 12(3), (5)" };
            }
            else
            {
                Deadlines[i] = d with { DueAt = due, Origin = DeadlineOrigin.Agreed, LegalSource = null };
            }
        }
    }

    private void Extend(PreservationExtension x)
    {
        var due = StatutoryPeriod.EndOfDay(x.ExtendedUntil);
        for (var i = 0; i < Deadlines.Count; i++)
        {
            var d = Deadlines[i];
            if (d.Kind != DeadlineKind.PreservationExpiry || d.Status != DeadlineStatus.Open || due <= d.DueAt)
            {
                continue;
            }

            // An EPOC-PR extension beyond the 30 days of Regulation (EU) 2023/1543 art. 11(1) is business rule MLAT-R-0067.
            Deadlines[i] = d with { DueAt = due, LegalSource = d.LegalSource is null ? null : d.LegalSource + ", extension (annex VI)" };
        }
    }

    private List<int> Targets(MlatMessage m, IReadOnlyList<string>? refs, string pointer, Func<CaseDeadline, bool> byDefault)
    {
        if (refs is null)
        {
            return [.. Enumerable.Range(0, Deadlines.Count).Where(i => byDefault(Deadlines[i]))];
        }

        var found = new List<int>();
        foreach (var (id, i) in refs.Select((x, i) => (x, i)))
        {
            var index = Deadlines.FindIndex(d => d.Id == id);
            if (index < 0)
            {
                Report(m, FindingCodes.FlowUnknownDeadline, $"{pointer}/{i}",
                    $"The {m.Header.MessageType} names a deadline id that no earlier message of the case declared; that reference was ignored.", FindingSeverity.Warning);
            }
            else
            {
                found.Add(index);
            }
        }

        return found;
    }

    private void Outcomes(MlatMessage m, IReadOnlyList<MeasureOutcome> outcomes)
    {
        foreach (var (o, i) in outcomes.Select((x, i) => (x, i)))
        {
            SetMeasure(m, o.MeasureRef, $"/body/outcomes/{i}/measureRef", o.Status switch
            {
                MeasureStatus.Executed => MeasureState.Executed,
                MeasureStatus.PartiallyExecuted => MeasureState.PartiallyExecuted,
                MeasureStatus.NotExecuted => MeasureState.NotExecuted,
                MeasureStatus.InProgress => MeasureState.InProgress,
                MeasureStatus.Refused => MeasureState.Refused,
                MeasureStatus.Postponed => MeasureState.Postponed,
                MeasureStatus.AlternativeUsed => MeasureState.AlternativeMeasure,
                MeasureStatus.Withdrawn => MeasureState.Withdrawn,
                _ => MeasureState.Impossible,
            });
        }
    }

    private void SetMeasure(MlatMessage m, string id, string pointer, MeasureState state)
    {
        var current = Measures.FirstOrDefault(x => x.Id == id);
        if (current is null)
        {
            UnknownMeasure(m, pointer);
            return;
        }

        Replace(current with { State = state });
    }

    private void UnknownMeasure(MlatMessage m, string pointer)
        => Report(m, FindingCodes.FlowUnknownMeasure, pointer,
            $"The {m.Header.MessageType} refers to a measure or data request that the request does not have; that reference was ignored.", FindingSeverity.Warning);

    private void SetAll(MeasureState state)
    {
        foreach (var x in Measures.Where(x => !Settled.Contains(x.State)).ToList())
        {
            Replace(x with { State = state });
        }
    }

    private void Replace(CaseMeasure measure) => Measures[Measures.FindIndex(x => x.Id == measure.Id)] = measure;

    // After each message: a deadline on measures that are all settled is met; once the request has ended, what still
    // runs is met (a completed request's execution) or lapses.
    private void Settle(MlatMessage m)
    {
        for (var i = 0; i < Deadlines.Count; i++)
        {
            var d = Deadlines[i];
            if (d.Status is not (DeadlineStatus.Open or DeadlineStatus.Suspended))
            {
                continue;
            }

            var executionLike = d.Kind is DeadlineKind.Execution or DeadlineKind.Production or DeadlineKind.EpocProduction10Days or DeadlineKind.EpocEmergency8Hours;
            var covered = Measures.Where(x => d.MeasureRefs is null || d.MeasureRefs.Contains(x.Id)).ToList();
            if (executionLike && covered.Count > 0 && covered.All(x => Settled.Contains(x.State)))
            {
                Deadlines[i] = d with { Status = covered.Any(x => x.State == MeasureState.Executed) || State == RequestState.Completed ? DeadlineStatus.Met : DeadlineStatus.Lapsed, SettledBy = m.Header.MessageId, SuspendedAt = null };
            }
            else if (State == RequestState.Completed && executionLike)
            {
                Deadlines[i] = d with { Status = DeadlineStatus.Met, SettledBy = m.Header.MessageId, SuspendedAt = null };
            }
            else if (State is RequestState.Completed or RequestState.Refused or RequestState.Withdrawn or RequestState.Impossible or RequestState.Closed)
            {
                Deadlines[i] = d with { Status = DeadlineStatus.Lapsed, SettledBy = m.Header.MessageId, SuspendedAt = null };
            }
        }
    }

    private void AddParties(MlatMessage m, CaseSide side)
    {
        Add(m.Header.Sender, side);
        Add(m.Header.Recipient, m.Header.Recipient.Role switch
        {
            PartyRole.EnforcingAuthority => CaseSide.EnforcingAuthority,
            _ => side == CaseSide.Requesting ? CaseSide.Executing : CaseSide.Requesting,
        });

        void Add(Party p, CaseSide s)
        {
            if (!Parties.Any(x => x.AuthorityId == p.AuthorityId))
            {
                Parties.Add(new CaseParty { AuthorityId = p.AuthorityId, Country = p.Country, Role = p.Role, Side = s });
            }
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a.ToUniversalTime() : b.ToUniversalTime();

    // The JSON spelling of a code-list value, for ids and citations (never a value from the message's free text).
    internal static string Spelling<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var member = typeof(T).GetField(name);
        var attribute = member?.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute), false)
            .OfType<System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute>().FirstOrDefault();
        return attribute?.Name ?? name;
    }
}
