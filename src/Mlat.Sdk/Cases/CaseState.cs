using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Cases;

/// <summary>
/// The state of one case: the fold of the messages of one conversation. Immutable; <see cref="Apply"/> returns a new
/// state. Messages may arrive in any order and more than once: the state is always the fold of the distinct messages
/// (by <c>messageId</c>) in canonical order — the opening message first, then by <c>createdAt</c>, then by
/// <c>messageId</c> — so the same messages in any order give the same state. A message that does not fit is kept out
/// of the state and reported as a <c>MLAT-FLOW-*</c> finding (<see cref="Findings"/>); nothing here throws on the
/// content of a message. Messages are expected to be verified and validated before they are folded.
/// </summary>
public sealed class CaseState
{
    private readonly IReadOnlyList<MlatMessage> messages;
    private readonly IReadOnlyList<MlatMessage> foreign;
    private readonly CaseFold.Memory memory;
    private readonly IReadOnlyList<CaseFinding> stepFindings;

    private CaseState(Guid conversationId, IReadOnlyList<MlatMessage> messages, IReadOnlyList<MlatMessage> foreign, CaseFold fold)
    {
        ConversationId = conversationId;
        this.messages = messages;
        this.foreign = foreign;
        Instrument = fold.Instrument;
        State = fold.State;
        Measures = [.. fold.Measures];
        Parties = [.. fold.Parties];
        Deadlines = [.. fold.Deadlines];
        Events = [.. fold.Events];
        stepFindings = [.. fold.Findings];
        Findings = [.. stepFindings, .. foreign.Select(m => CaseFold.ForeignFinding(m, fold.State))];
        memory = fold.Remember();
    }

    /// <summary>The conversation this case folds; messages of another conversation are findings, not applied.</summary>
    public Guid ConversationId { get; }

    /// <summary>The instrument of the opening message.</summary>
    public CaseInstrument Instrument { get; }

    /// <summary>Where the request stands.</summary>
    public RequestState State { get; }

    /// <summary>Each measure (or data request of an order), in the order the request lists them.</summary>
    public IReadOnlyList<CaseMeasure> Measures { get; }

    /// <summary>The authorities that sent or received a message of the case, by order of appearance.</summary>
    public IReadOnlyList<CaseParty> Parties { get; }

    /// <summary>Every deadline of the case, running or settled, in the order they arose.</summary>
    public IReadOnlyList<CaseDeadline> Deadlines { get; }

    /// <summary>The deadlines that still run or are suspended.</summary>
    public IReadOnlyList<CaseDeadline> OpenDeadlines => [.. Deadlines.Where(d => d.Status is DeadlineStatus.Open or DeadlineStatus.Suspended)];

    /// <summary>The applied messages with the transition each took, in canonical order.</summary>
    public IReadOnlyList<CaseEvent> Events { get; }

    /// <summary>The <c>MLAT-FLOW-*</c> findings about messages that did not fit, in canonical order.</summary>
    public IReadOnlyList<CaseFinding> Findings { get; }

    /// <summary>The distinct messages given to the case (applied or not), in canonical order.</summary>
    public IReadOnlyList<MlatMessage> Messages => messages;

    /// <summary>An empty case for a conversation.</summary>
    /// <param name="conversationId">The conversation id (the <c>messageId</c> of its first request).</param>
    /// <returns>The state before any message.</returns>
    public static CaseState Start(Guid conversationId) => new(conversationId, [], [], new CaseFold());

    /// <summary>Folds messages of possibly many conversations into one case per conversation.</summary>
    /// <param name="messages">The messages, in any order.</param>
    /// <returns>One state per conversation id, ordered by conversation id.</returns>
    public static IReadOnlyList<CaseState> FoldConversations(IEnumerable<MlatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return [.. messages.GroupBy(m => m.Header.ConversationId).OrderBy(g => g.Key).Select(g => Start(g.Key).ApplyAll(g))];
    }

    /// <summary>The state after one more message. A message already applied (same <c>messageId</c>) changes nothing.</summary>
    /// <param name="message">A verified, validated message.</param>
    /// <returns>The new state.</returns>
    public CaseState Apply(MlatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = message.Header.MessageId;
        if (messages.Any(m => m.Header.MessageId == id) || foreign.Any(m => m.Header.MessageId == id))
        {
            return this;
        }

        if (message.Header.ConversationId != ConversationId)
        {
            var others = foreign.Append(message).OrderBy(m => m, CanonicalOrder.Instance).ToList();
            return new CaseState(ConversationId, messages, others, Refold(messages));
        }

        var index = Insertion(message);
        var list = messages.ToList();
        list.Insert(index, message);
        if (index == messages.Count)
        {
            // The common case, a message later than every other: continue the fold instead of replaying it.
            var fold = CaseFold.Resume(memory, Deadlines, Measures, Parties, Events, stepFindings, State, Instrument);
            fold.Step(message);
            return new CaseState(ConversationId, list, foreign, fold);
        }

        return new CaseState(ConversationId, list, foreign, Refold(list));
    }

    /// <summary>The state after several messages, in any order.</summary>
    /// <param name="messages">The messages.</param>
    /// <returns>The new state.</returns>
    public CaseState ApplyAll(IEnumerable<MlatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var state = this;
        foreach (var m in messages)
        {
            state = state.Apply(m);
        }

        return state;
    }

    /// <summary>This state as data, for JSON (<see cref="CaseSnapshot.ToUtf8Json"/>) and stores.</summary>
    /// <returns>The snapshot.</returns>
    public CaseSnapshot ToSnapshot() => CaseSnapshot.Of(this);

    /// <summary>The open deadlines that have expired at an instant.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The overdue deadlines.</returns>
    public IReadOnlyList<CaseDeadline> OverdueAt(DateTimeOffset at) => [.. Deadlines.Where(d => d.IsOverdueAt(at))];

    /// <summary>The open deadlines that have expired now.</summary>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <returns>The overdue deadlines.</returns>
    public IReadOnlyList<CaseDeadline> Overdue(TimeProvider? timeProvider = null)
        => OverdueAt((timeProvider ?? TimeProvider.System).GetUtcNow());

    /// <summary>
    /// The message types each side may send next: those whose row of the instrument's table accepts the current state
    /// and whose guard holds. Before the opening message, only the requesting side may send, an opening type.
    /// </summary>
    public IReadOnlyList<AllowedMessages> AllowedNext
    {
        get
        {
            if (Instrument == CaseInstrument.Unknown)
            {
                return [new AllowedMessages
                {
                    Side = CaseSide.Requesting,
                    MessageTypes = [MessageType.AssistanceRequest, MessageType.ProductionOrder, MessageType.PreservationOrder, MessageType.InterceptionNotification],
                }];
            }

            var rows = CaseTransitions.For(Instrument).Where(r => r.From.Contains(State) && memory.Holds(r.Guard)).ToList();
            var sides = rows.Any(r => r.Sender == CaseSide.EnforcingAuthority) || Instrument == CaseInstrument.Epoc
                ? new[] { CaseSide.Requesting, CaseSide.Executing, CaseSide.EnforcingAuthority }
                : [CaseSide.Requesting, CaseSide.Executing];
            return [.. sides.Select(side => new AllowedMessages
            {
                Side = side,
                MessageTypes = [.. rows.Where(r => r.Sender == side || (r.Sender is null && side != CaseSide.EnforcingAuthority))
                    .Select(r => r.MessageType).Distinct().Order()],
            }).Where(a => a.MessageTypes.Count > 0)];
        }
    }

    private int Insertion(MlatMessage message)
    {
        int lo = 0, hi = messages.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (CanonicalOrder.Instance.Compare(messages[mid], message) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static CaseFold Refold(IReadOnlyList<MlatMessage> ordered)
    {
        var fold = new CaseFold();
        foreach (var m in ordered)
        {
            fold.Step(m);
        }

        return fold;
    }

    /// <summary>The canonical order of a conversation: opening messages first, then <c>createdAt</c>, then <c>messageId</c>.</summary>
    internal sealed class CanonicalOrder : IComparer<MlatMessage>
    {
        public static readonly CanonicalOrder Instance = new();

        public int Compare(MlatMessage? x, MlatMessage? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var opening = CaseTransitions.IsOpening(y.Header.MessageType).CompareTo(CaseTransitions.IsOpening(x.Header.MessageType));
            if (opening != 0)
            {
                return opening;
            }

            var created = x.Header.CreatedAt.UtcTicks.CompareTo(y.Header.CreatedAt.UtcTicks);
            return created != 0 ? created : x.Header.MessageId.CompareTo(y.Header.MessageId);
        }
    }
}
