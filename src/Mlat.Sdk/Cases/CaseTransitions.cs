using System.Collections.Frozen;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Cases;

/// <summary>What the content of a message must say for a transition to apply.</summary>
public enum TransitionCondition
{
    /// <summary>Any message of the type.</summary>
    Always = 0,

    /// <summary>The message covers the whole request: scope <c>WHOLE</c>, or every measure still live (refusal, withdrawal, impossibility, enforcing grounds).</summary>
    Whole,

    /// <summary>The message covers some of the live measures only.</summary>
    Partial,

    /// <summary>A recognition decision recognises at least one measure (or decides an alternative measure).</summary>
    SomeRecognised,

    /// <summary>A recognition decision recognises no measure.</summary>
    NoneRecognised,

    /// <summary>An execution report marked final.</summary>
    Final,

    /// <summary>An execution report not marked final.</summary>
    NotFinal,

    /// <summary>A postponement notice with action <c>POSTPONED</c>.</summary>
    Postponed,

    /// <summary>A postponement notice with action <c>RESUMED</c>.</summary>
    Resumed,

    /// <summary>An enforcing authority decision that raises no ground.</summary>
    NoGroundsRaised,
}

/// <summary>What the case must have said before for a transition to apply.</summary>
public enum TransitionGuard
{
    /// <summary>No condition on the case.</summary>
    None = 0,

    /// <summary>The whole withdrawal said that evidence already obtained is still required, or its acknowledgement that evidence will be transferred.</summary>
    EvidenceStillWanted,

    /// <summary>The closure notice said that evidence is still to follow.</summary>
    EvidenceStillToFollow,
}

/// <summary>
/// One row of an instrument's transition table: a message type, sent by a side, with a condition on its content and a
/// guard on the case, is accepted in the listed request states and leads to <see cref="To"/>. A message that matches no
/// row is a <c>MLAT-FLOW-*</c> finding and changes nothing.
/// </summary>
public sealed record CaseTransition
{
    /// <summary>A stable id, for example <c>EIO-07</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The instrument whose table holds the row.</summary>
    public required CaseInstrument Instrument { get; init; }

    /// <summary>The message type.</summary>
    public required MessageType MessageType { get; init; }

    /// <summary>The side that sends it; null when either side may.</summary>
    public CaseSide? Sender { get; init; }

    /// <summary>The request states in which the message is accepted.</summary>
    public required IReadOnlyList<RequestState> From { get; init; }

    /// <summary>The state it leads to; null when the state does not change (or returns, see <see cref="ReturnsToPrevious"/>).</summary>
    public RequestState? To { get; init; }

    /// <summary>True when the message ends a pause (an answer to a request for information, a resumption) and the request returns to the state before it.</summary>
    public bool ReturnsToPrevious { get; init; }

    /// <summary>The condition on the message's content.</summary>
    public TransitionCondition Condition { get; init; }

    /// <summary>The condition on the case.</summary>
    public TransitionGuard Guard { get; init; }

    /// <summary>The legal source of the step, for the documentation.</summary>
    public string? Source { get; init; }
}

/// <summary>
/// The transition tables, one per instrument, written once here and drawn in docs/cases.md (a test keeps the drawing in
/// step with the tables).
/// </summary>
public static class CaseTransitions
{
    private static readonly RequestState[] Live =
    [
        RequestState.Issued, RequestState.Received, RequestState.AwaitingInformation, RequestState.Recognised,
        RequestState.InExecution, RequestState.Postponed,
    ];

    // Declared before the tables: static initializers run in textual order.
    private static readonly RequestState[] AllButNotStarted = [.. Enum.GetValues<RequestState>().Where(s => s != RequestState.NotStarted)];

    private static readonly FrozenDictionary<CaseInstrument, IReadOnlyList<CaseTransition>> Tables = new Dictionary<CaseInstrument, IReadOnlyList<CaseTransition>>
    {
        [CaseInstrument.Eio] = Request(CaseInstrument.Eio, "EIO", recognition: true),
        [CaseInstrument.MutualLegalAssistance] = Request(CaseInstrument.MutualLegalAssistance, "MLA", recognition: false),
        [CaseInstrument.Epoc] = Production(CaseInstrument.Epoc, "EPOC", enforcingAuthority: true),
        [CaseInstrument.Cets224Production] = Production(CaseInstrument.Cets224Production, "CETS224", enforcingAuthority: false),
        [CaseInstrument.EpocPreservation] = Preservation(CaseInstrument.EpocPreservation, "EPOC-PR", "Regulation (EU) 2023/1543 art. 11"),
        [CaseInstrument.BudapestPreservation] = Preservation(CaseInstrument.BudapestPreservation, "ETS185-29", "ETS 185 art. 29"),
        [CaseInstrument.InterceptionNotification] = Interception(),
    }.ToFrozenDictionary();

    /// <summary>The instruments that have a table.</summary>
    public static IReadOnlyList<CaseInstrument> Instruments { get; } = [.. Tables.Keys.Order()];

    /// <summary>The transition table of an instrument.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>Its rows, in the order they are tried; empty for <see cref="CaseInstrument.Unknown"/>.</returns>
    public static IReadOnlyList<CaseTransition> For(CaseInstrument instrument)
        => Tables.TryGetValue(instrument, out var rows) ? rows : [];

    /// <summary>The instrument whose table governs a conversation opened by this message; <see cref="CaseInstrument.Unknown"/> for a message that does not open one.</summary>
    /// <param name="body">The body of a message.</param>
    /// <returns>The instrument.</returns>
    public static CaseInstrument InstrumentOf(MessageBody body) => body switch
    {
        AssistanceRequest { Profile: Profile.Eio } => CaseInstrument.Eio,
        AssistanceRequest => CaseInstrument.MutualLegalAssistance,
        ProductionOrder { Profile: Profile.Epoc } => CaseInstrument.Epoc,
        ProductionOrder => CaseInstrument.Cets224Production,
        PreservationOrder { Profile: Profile.EpocPr } => CaseInstrument.EpocPreservation,
        PreservationOrder => CaseInstrument.BudapestPreservation,
        InterceptionNotification => CaseInstrument.InterceptionNotification,
        _ => CaseInstrument.Unknown,
    };

    /// <summary>Whether a message type opens a conversation (a request, an order, an interception notification).</summary>
    /// <param name="type">The message type.</param>
    /// <returns>True for an opening type.</returns>
    public static bool IsOpening(MessageType type)
        => type is MessageType.AssistanceRequest or MessageType.ProductionOrder or MessageType.PreservationOrder or MessageType.InterceptionNotification;

    // EIO (Directive 2014/41/EU) and the MLA instruments share one shape; only the EIO has a recognition decision
    // (EIO art. 10, 12(3)): under UNTOC art. 18, UNCAC art. 46, ETS 030 and bilateral treaties the requested State
    // executes or refuses, so execution may start from the received request.
    private static List<CaseTransition> Request(CaseInstrument instrument, string prefix, bool recognition)
    {
        var b = new Builder(instrument, prefix);
        RequestState[] executable = recognition
            ? [RequestState.Recognised, RequestState.InExecution]
            : [RequestState.Issued, RequestState.Received, RequestState.InExecution];
        RequestState[] beforeDecision = [RequestState.Issued, RequestState.Received, RequestState.AwaitingInformation];
        var working = Live.Where(s => s is not (RequestState.AwaitingInformation or RequestState.Postponed)).ToArray();

        b.Add(MessageType.AssistanceRequest, CaseSide.Requesting, [RequestState.NotStarted], RequestState.Issued, source: recognition ? "EIO art. 5, annex A" : "UNTOC art. 18(13)-(15)");
        b.Add(MessageType.AcknowledgementOfReceipt, CaseSide.Executing, [RequestState.Issued], RequestState.Received, source: recognition ? "EIO art. 16(1), annex B" : null);
        b.Add(MessageType.ForwardingNotice, CaseSide.Executing, [RequestState.Issued, RequestState.Received], RequestState.Received, source: recognition ? "EIO art. 7(6)" : "UNTOC art. 18(13)");
        b.Add(MessageType.RequestForAdditionalInformation, CaseSide.Executing, working, RequestState.AwaitingInformation, source: recognition ? "EIO art. 16(2)(a)" : "UNTOC art. 18(16)");
        b.Add(MessageType.AdditionalInformationResponse, CaseSide.Requesting, [RequestState.AwaitingInformation], null, returns: true);
        b.Add(MessageType.SupplementaryRequest, CaseSide.Requesting, Live, null, source: recognition ? "EIO annex A section D" : null);
        if (recognition)
        {
            b.Add(MessageType.RecognitionDecision, CaseSide.Executing, beforeDecision, RequestState.Recognised, TransitionCondition.SomeRecognised, source: "EIO art. 10, 12(3)");
            b.Add(MessageType.RecognitionDecision, CaseSide.Executing, beforeDecision, RequestState.Refused, TransitionCondition.NoneRecognised, source: "EIO art. 11, 12(3)");
        }

        b.Add(MessageType.RefusalNotice, CaseSide.Executing, Live, RequestState.Refused, TransitionCondition.Whole, source: recognition ? "EIO art. 11" : "UNTOC art. 18(21)");
        b.Add(MessageType.RefusalNotice, CaseSide.Executing, Live, null, TransitionCondition.Partial, source: recognition ? "EIO art. 11" : "UNTOC art. 18(21)");
        b.Add(MessageType.PostponementNotice, CaseSide.Executing, working, RequestState.Postponed, TransitionCondition.Postponed, source: recognition ? "EIO art. 15(1)" : "UNTOC art. 18(25)");
        b.Add(MessageType.PostponementNotice, CaseSide.Executing, [RequestState.Postponed], null, TransitionCondition.Resumed, returns: true, source: recognition ? "EIO art. 15(2)" : "UNTOC art. 18(25)");
        b.Add(MessageType.StatusUpdate, CaseSide.Executing, Live, null, source: recognition ? "EIO art. 12(5)-(6), 16" : "UNTOC art. 18(24)");
        b.Add(MessageType.ExecutionReport, CaseSide.Executing, executable, RequestState.InExecution, TransitionCondition.NotFinal);
        b.Add(MessageType.ExecutionReport, CaseSide.Executing, executable, RequestState.Completed, TransitionCondition.Final);
        b.Add(MessageType.EvidenceTransmission, CaseSide.Executing, executable, RequestState.InExecution, source: recognition ? "EIO art. 13" : null);
        AddCommon(b, working);
        return b.Rows;
    }

    // Regulation (EU) 2023/1543 art. 10 (EPOC) and CETS 224 arts 7-9: the addressee produces the data, reports that it
    // cannot (art. 10(5)-(8)), and under the Regulation the notified enforcing authority may raise grounds (art. 12).
    private static List<CaseTransition> Production(CaseInstrument instrument, string prefix, bool enforcingAuthority)
    {
        var b = new Builder(instrument, prefix);
        RequestState[] running = [RequestState.Issued, RequestState.InExecution];
        b.Add(MessageType.ProductionOrder, CaseSide.Requesting, [RequestState.NotStarted], RequestState.Issued, source: enforcingAuthority ? "Regulation (EU) 2023/1543 art. 9, annex I" : "CETS 224 art. 7");
        if (enforcingAuthority)
        {
            RequestState[] reviewable = [RequestState.Issued, RequestState.InExecution, RequestState.Completed];
            b.Add(MessageType.EnforcingAuthorityDecision, CaseSide.EnforcingAuthority, reviewable, null, TransitionCondition.NoGroundsRaised, source: "Regulation (EU) 2023/1543 art. 10(2)");
            b.Add(MessageType.EnforcingAuthorityDecision, CaseSide.EnforcingAuthority, reviewable, RequestState.Refused, TransitionCondition.Whole, source: "Regulation (EU) 2023/1543 art. 12");
            b.Add(MessageType.EnforcingAuthorityDecision, CaseSide.EnforcingAuthority, reviewable, null, TransitionCondition.Partial, source: "Regulation (EU) 2023/1543 art. 12");
        }

        b.Add(MessageType.ImpossibilityNotice, CaseSide.Executing, running, RequestState.Impossible, TransitionCondition.Whole, source: enforcingAuthority ? "Regulation (EU) 2023/1543 art. 10(5)-(8), annex III" : null);
        b.Add(MessageType.ImpossibilityNotice, CaseSide.Executing, running, null, TransitionCondition.Partial, source: enforcingAuthority ? "Regulation (EU) 2023/1543 art. 10(5)-(8), annex III" : null);
        b.Add(MessageType.StatusUpdate, CaseSide.Executing, running, null);
        b.Add(MessageType.ExecutionReport, CaseSide.Executing, running, RequestState.InExecution, TransitionCondition.NotFinal);
        b.Add(MessageType.ExecutionReport, CaseSide.Executing, running, RequestState.Completed, TransitionCondition.Final);
        b.Add(MessageType.EvidenceTransmission, CaseSide.Executing, running, RequestState.InExecution, source: enforcingAuthority ? "Regulation (EU) 2023/1543 art. 10(1)-(4)" : null);
        AddCommon(b, running);
        return b.Rows;
    }

    // Regulation (EU) 2023/1543 art. 11 and ETS 185 art. 29: the addressee preserves; the issuing side extends, confirms a
    // subsequent request for production (annex V) or says preservation is no longer needed (art. 11(3)).
    private static List<CaseTransition> Preservation(CaseInstrument instrument, string prefix, string source)
    {
        var b = new Builder(instrument, prefix);
        RequestState[] running = [RequestState.Issued, RequestState.ProductionConfirmed];
        b.Add(MessageType.PreservationOrder, CaseSide.Requesting, [RequestState.NotStarted], RequestState.Issued, source: source);
        b.Add(MessageType.PreservationExtension, CaseSide.Requesting, [RequestState.Issued], null, source: source);
        b.Add(MessageType.SubsequentProductionConfirmation, CaseSide.Requesting, [RequestState.Issued], RequestState.ProductionConfirmed, source: source);
        b.Add(MessageType.ImpossibilityNotice, CaseSide.Executing, running, RequestState.Impossible, TransitionCondition.Whole);
        b.Add(MessageType.ImpossibilityNotice, CaseSide.Executing, running, null, TransitionCondition.Partial);
        b.Add(MessageType.StatusUpdate, CaseSide.Executing, running, null);
        b.AddRange(MessageType.WithdrawalNotice, CaseSide.Requesting, running, RequestState.Withdrawn, null, "Regulation (EU) 2023/1543 art. 11(3)");
        b.Add(MessageType.WithdrawalAcknowledgement, CaseSide.Executing, [.. running, RequestState.Withdrawn], null);
        b.Add(MessageType.Consultation, null, running, null);
        b.Add(MessageType.ClosureNotice, null, [.. running, RequestState.Withdrawn, RequestState.Impossible, RequestState.Refused], RequestState.Closed);
        b.Add(MessageType.TechnicalRejection, null, AllButNotStarted, null);
        if (instrument == CaseInstrument.BudapestPreservation)
        {
            // ETS 185 art. 29(3)-(7) and 30 (since 1.2): the requested Party confirms preservation, warns, refuses or
            // discloses traffic data. Added after the 1.1 rows so that their ids stay.
            b.Add(MessageType.PreservationResponse, CaseSide.Executing, running, RequestState.Refused, TransitionCondition.Whole, source: "ETS 185 art. 29(4)-(5)");
            b.Add(MessageType.PreservationResponse, CaseSide.Executing, running, null, source: "ETS 185 art. 29(3), (6)-(7); art. 30");
        }

        return b.Rows;
    }

    // EIO art. 31 and annex C: the intercepting State notifies; the notified State may object within 96 hours.
    private static List<CaseTransition> Interception()
    {
        var b = new Builder(CaseInstrument.InterceptionNotification, "EIO31");
        b.Add(MessageType.InterceptionNotification, CaseSide.Requesting, [RequestState.NotStarted], RequestState.Issued, source: "EIO art. 31(1), annex C");
        b.Add(MessageType.InterceptionObjection, CaseSide.Executing, [RequestState.Issued], RequestState.Refused, source: "EIO art. 31(3)");
        b.Add(MessageType.Consultation, null, [RequestState.Issued, RequestState.Refused], null);
        b.Add(MessageType.ClosureNotice, null, [RequestState.Issued, RequestState.Refused], RequestState.Closed);
        b.Add(MessageType.TechnicalRejection, null, AllButNotStarted, null);
        return b.Rows;
    }

    // The rows every request and production order shares: evidence receipts, withdrawals and their acknowledgement,
    // status queries, consultations, closure and technical rejections.
    private static void AddCommon(Builder b, RequestState[] working)
    {
        var live = b.Instrument is CaseInstrument.Eio or CaseInstrument.MutualLegalAssistance ? Live : working;
        b.Add(MessageType.EvidenceTransmission, CaseSide.Executing, [RequestState.Completed], null);
        b.Add(MessageType.EvidenceTransmission, CaseSide.Executing, [RequestState.Withdrawn], null, guard: TransitionGuard.EvidenceStillWanted);
        b.Add(MessageType.EvidenceTransmission, CaseSide.Executing, [RequestState.Closed], null, guard: TransitionGuard.EvidenceStillToFollow);
        b.Add(MessageType.EvidenceReceipt, CaseSide.Requesting, [RequestState.InExecution, RequestState.Completed, RequestState.Withdrawn, RequestState.Closed], null, source: b.Instrument == CaseInstrument.Eio ? "EIO art. 13(1)" : null);
        b.AddRange(MessageType.WithdrawalNotice, CaseSide.Requesting, live, RequestState.Withdrawn, null, b.Instrument == CaseInstrument.MutualLegalAssistance ? "UNTOC art. 18(24)" : null);
        b.Add(MessageType.WithdrawalAcknowledgement, CaseSide.Executing, [.. live, RequestState.Withdrawn], null);
        if (b.Instrument is CaseInstrument.Eio or CaseInstrument.MutualLegalAssistance)
        {
            b.Add(MessageType.StatusQuery, CaseSide.Requesting, [.. Live, RequestState.Completed], null, source: b.Instrument == CaseInstrument.Eio ? null : "UNTOC art. 18(24)");
        }

        b.Add(MessageType.Consultation, null, live, null, source: b.Instrument == CaseInstrument.Eio ? "EIO art. 6(3), 10(4), 11(4)" : null);
        b.Add(MessageType.ClosureNotice, null, [.. live, RequestState.Completed, RequestState.Refused, RequestState.Withdrawn, RequestState.Impossible], RequestState.Closed, source: b.Instrument == CaseInstrument.Eio ? "EIO art. 16" : null);
        b.Add(MessageType.TechnicalRejection, null, AllButNotStarted, null);
    }

    private sealed class Builder(CaseInstrument instrument, string prefix)
    {
        public CaseInstrument Instrument { get; } = instrument;

        public List<CaseTransition> Rows { get; } = [];

        public void Add(MessageType type, CaseSide? sender, RequestState[] from, RequestState? to, TransitionCondition condition = TransitionCondition.Always,
            TransitionGuard guard = TransitionGuard.None, bool returns = false, string? source = null)
            => Rows.Add(new CaseTransition
            {
                Id = $"{prefix}-{Rows.Count + 1:00}",
                Instrument = Instrument,
                MessageType = type,
                Sender = sender,
                From = [.. from.Distinct()],
                To = to,
                ReturnsToPrevious = returns,
                Condition = condition,
                Guard = guard,
                Source = source,
            });

        // A whole withdrawal ends the request; a partial one withdraws measures and leaves the state as it was.
        public void AddRange(MessageType type, CaseSide sender, RequestState[] from, RequestState whole, RequestState? partial, string? source)
        {
            Add(type, sender, from, whole, TransitionCondition.Whole, source: source);
            Add(type, sender, from, partial, TransitionCondition.Partial, source: source);
        }
    }
}
