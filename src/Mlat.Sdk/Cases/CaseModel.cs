using System.Text.Json.Serialization;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Cases;

/// <summary>
/// The legal instrument whose transition table and statutory periods govern a case, chosen from the opening message
/// (its <c>profile</c>, or the message type of an interception notification). See docs/cases.md.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseInstrument>))]
public enum CaseInstrument
{
    /// <summary>No opening message has been applied yet.</summary>
    [JsonStringEnumMemberName("UNKNOWN")]
    Unknown = 0,

    /// <summary>European Investigation Order (Directive 2014/41/EU).</summary>
    [JsonStringEnumMemberName("EIO")]
    Eio,

    /// <summary>Mutual legal assistance under UNTOC art. 18, UNCAC art. 46, ETS 030, the EU MLA Convention 2000 or a bilateral treaty: no recognition step and no statutory period (UNTOC art. 18(24): as soon as possible, taking into account the deadlines the request suggests).</summary>
    [JsonStringEnumMemberName("MUTUAL_LEGAL_ASSISTANCE")]
    MutualLegalAssistance,

    /// <summary>European Production Order (Regulation (EU) 2023/1543, EPOC).</summary>
    [JsonStringEnumMemberName("EPOC")]
    Epoc,

    /// <summary>European Preservation Order (Regulation (EU) 2023/1543, EPOC-PR).</summary>
    [JsonStringEnumMemberName("EPOC_PRESERVATION")]
    EpocPreservation,

    /// <summary>Production order or request of the Second Additional Protocol to the Budapest Convention (CETS 224 arts 7–9): the EPOC flow without an enforcing authority and without a statutory period in the SDK.</summary>
    [JsonStringEnumMemberName("CETS224_PRODUCTION")]
    Cets224Production,

    /// <summary>Expedited preservation request (Budapest Convention, ETS 185 art. 29).</summary>
    [JsonStringEnumMemberName("BUDAPEST_PRESERVATION")]
    BudapestPreservation,

    /// <summary>Notification of an interception without technical assistance (EIO art. 31, annex C).</summary>
    [JsonStringEnumMemberName("INTERCEPTION_NOTIFICATION")]
    InterceptionNotification,
}

/// <summary>Where a request stands, derived from the messages of its conversation.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RequestState>))]
public enum RequestState
{
    /// <summary>No opening message (request, order or notification) has been applied.</summary>
    [JsonStringEnumMemberName("NOT_STARTED")]
    NotStarted = 0,

    /// <summary>The request, order or notification was issued and nothing answered it yet.</summary>
    [JsonStringEnumMemberName("ISSUED")]
    Issued,

    /// <summary>Receipt was acknowledged or the request was forwarded to the competent authority.</summary>
    [JsonStringEnumMemberName("RECEIVED")]
    Received,

    /// <summary>The executing side asked for additional information and waits for the answer.</summary>
    [JsonStringEnumMemberName("AWAITING_INFORMATION")]
    AwaitingInformation,

    /// <summary>At least one measure was recognised (EIO art. 10, 12(3)).</summary>
    [JsonStringEnumMemberName("RECOGNISED")]
    Recognised,

    /// <summary>Execution is under way: a partial report or evidence arrived.</summary>
    [JsonStringEnumMemberName("IN_EXECUTION")]
    InExecution,

    /// <summary>Recognition or execution is postponed (EIO art. 15; UNTOC art. 18(25)).</summary>
    [JsonStringEnumMemberName("POSTPONED")]
    Postponed,

    /// <summary>A final execution report was sent.</summary>
    [JsonStringEnumMemberName("COMPLETED")]
    Completed,

    /// <summary>The request was refused as a whole, no measure was recognised, the enforcing authority raised grounds for the whole order, or the notified State objected to the interception.</summary>
    [JsonStringEnumMemberName("REFUSED")]
    Refused,

    /// <summary>The requesting side withdrew the whole request.</summary>
    [JsonStringEnumMemberName("WITHDRAWN")]
    Withdrawn,

    /// <summary>Execution of every measure or data request is impossible (Regulation (EU) 2023/1543 art. 10(5)–(8), 11(4)–(6)).</summary>
    [JsonStringEnumMemberName("IMPOSSIBLE")]
    Impossible,

    /// <summary>A preservation is followed by a confirmed request for production (Regulation (EU) 2023/1543 art. 11(1)–(2), annex V).</summary>
    [JsonStringEnumMemberName("PRODUCTION_CONFIRMED")]
    ProductionConfirmed,

    /// <summary>A closure notice closed the file (EIO art. 16; UNTOC art. 18(24)).</summary>
    [JsonStringEnumMemberName("CLOSED")]
    Closed,
}

/// <summary>Where one measure (or data request of an order) stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeasureState>))]
public enum MeasureState
{
    /// <summary>Requested; no decision on it yet.</summary>
    [JsonStringEnumMemberName("PENDING")]
    Pending = 0,

    /// <summary>Recognised (EIO art. 10).</summary>
    [JsonStringEnumMemberName("RECOGNISED")]
    Recognised,

    /// <summary>Not recognised.</summary>
    [JsonStringEnumMemberName("NOT_RECOGNISED")]
    NotRecognised,

    /// <summary>An alternative measure was decided (EIO art. 10).</summary>
    [JsonStringEnumMemberName("ALTERNATIVE_MEASURE")]
    AlternativeMeasure,

    /// <summary>Being executed.</summary>
    [JsonStringEnumMemberName("IN_PROGRESS")]
    InProgress,

    /// <summary>Postponed.</summary>
    [JsonStringEnumMemberName("POSTPONED")]
    Postponed,

    /// <summary>Executed in part.</summary>
    [JsonStringEnumMemberName("PARTIALLY_EXECUTED")]
    PartiallyExecuted,

    /// <summary>Executed.</summary>
    [JsonStringEnumMemberName("EXECUTED")]
    Executed,

    /// <summary>Not executed.</summary>
    [JsonStringEnumMemberName("NOT_EXECUTED")]
    NotExecuted,

    /// <summary>Refused.</summary>
    [JsonStringEnumMemberName("REFUSED")]
    Refused,

    /// <summary>Withdrawn by the requesting side.</summary>
    [JsonStringEnumMemberName("WITHDRAWN")]
    Withdrawn,

    /// <summary>Impossible to execute.</summary>
    [JsonStringEnumMemberName("IMPOSSIBLE")]
    Impossible,
}

/// <summary>The side of a case a party or a message is on.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseSide>))]
public enum CaseSide
{
    /// <summary>The issuing or requesting side (including the intercepting State of an EIO art. 31 notification).</summary>
    [JsonStringEnumMemberName("REQUESTING")]
    Requesting = 1,

    /// <summary>The executing or requested side: executing authority, central authority, service provider, notified State.</summary>
    [JsonStringEnumMemberName("EXECUTING")]
    Executing,

    /// <summary>The enforcing authority notified of an EPOC (Regulation (EU) 2023/1543 art. 8).</summary>
    [JsonStringEnumMemberName("ENFORCING_AUTHORITY")]
    EnforcingAuthority,
}

/// <summary>Whether a deadline still runs.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeadlineStatus>))]
public enum DeadlineStatus
{
    /// <summary>Running; overdue once its due instant has passed.</summary>
    [JsonStringEnumMemberName("OPEN")]
    Open = 1,

    /// <summary>Stopped by a postponement; a resumption restarts it with the time that was left.</summary>
    [JsonStringEnumMemberName("SUSPENDED")]
    Suspended,

    /// <summary>The message that answers it was sent.</summary>
    [JsonStringEnumMemberName("MET")]
    Met,

    /// <summary>No longer due: the request was refused, withdrawn, found impossible, completed or closed first.</summary>
    [JsonStringEnumMemberName("LAPSED")]
    Lapsed,
}

/// <summary>One measure of the request (or one data request of an order) and its state.</summary>
public sealed record CaseMeasure
{
    /// <summary>The local id of the measure or data request.</summary>
    public required string Id { get; init; }

    /// <summary>Its state.</summary>
    public required MeasureState State { get; init; }
}

/// <summary>An authority that sent or received a message of the case.</summary>
public sealed record CaseParty
{
    /// <summary>The authority id (<c>CC:local-id</c>).</summary>
    public required string AuthorityId { get; init; }

    /// <summary>The authority's country.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>The role it first appeared with in the conversation (canonical order).</summary>
    public required PartyRole Role { get; init; }

    /// <summary>The side it is on.</summary>
    public required CaseSide Side { get; init; }
}

/// <summary>A time limit of the case: statutory (computed by the SDK from the instrument), requested by the request, or agreed later.</summary>
public sealed record CaseDeadline
{
    /// <summary>The deadline's id: the id the messages give it, or <c>statutory/&lt;KIND&gt;</c> for one the SDK computes.</summary>
    public required string Id { get; init; }

    /// <summary>What the deadline is for.</summary>
    public required DeadlineKind Kind { get; init; }

    /// <summary>When it expires (while suspended: when it would have expired).</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Statutory, requested or agreed.</summary>
    public required DeadlineOrigin Origin { get; init; }

    /// <summary>The provision that sets a statutory period, for example <c>EIO art. 12(3)</c>; null for requested and agreed deadlines.</summary>
    public string? LegalSource { get; init; }

    /// <summary>The side that must act before the deadline.</summary>
    public required CaseSide Owner { get; init; }

    /// <summary>The measures or data requests it covers; null for the whole request.</summary>
    public IReadOnlyList<string>? MeasureRefs { get; init; }

    /// <summary>Whether it still runs.</summary>
    public required DeadlineStatus Status { get; init; }

    /// <summary>When a postponement suspended it; null unless <see cref="Status"/> is <see cref="DeadlineStatus.Suspended"/>.</summary>
    public DateTimeOffset? SuspendedAt { get; init; }

    /// <summary>The id of the message that met it or made it lapse; null while it runs.</summary>
    public Guid? SettledBy { get; init; }

    /// <summary>Whether it has expired at <paramref name="at"/> while still open.</summary>
    /// <param name="at">The instant to compare with.</param>
    /// <returns>True when open and due before <paramref name="at"/>.</returns>
    public bool IsOverdueAt(DateTimeOffset at) => Status == DeadlineStatus.Open && DueAt < at;

    /// <summary>Value equality, with <see cref="MeasureRefs"/> compared item by item (a deadline read back from JSON equals the one written).</summary>
    /// <param name="other">The other deadline.</param>
    /// <returns>True when every member is equal.</returns>
    public bool Equals(CaseDeadline? other) => other is not null
        && Id == other.Id && Kind == other.Kind && DueAt == other.DueAt && Origin == other.Origin
        && LegalSource == other.LegalSource && Owner == other.Owner && Status == other.Status
        && SuspendedAt == other.SuspendedAt && SettledBy == other.SettledBy
        && (MeasureRefs is null ? other.MeasureRefs is null : other.MeasureRefs is not null && MeasureRefs.SequenceEqual(other.MeasureRefs, StringComparer.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, DueAt, Status);
}

/// <summary>A message applied to the case, with the transition it took.</summary>
public sealed record CaseEvent
{
    /// <summary>The message's id.</summary>
    public required Guid MessageId { get; init; }

    /// <summary>The message's type.</summary>
    public required MessageType MessageType { get; init; }

    /// <summary>The side that sent it.</summary>
    public required CaseSide Sender { get; init; }

    /// <summary>The message's <c>createdAt</c>.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The request state it met.</summary>
    public required RequestState From { get; init; }

    /// <summary>The request state it left.</summary>
    public required RequestState To { get; init; }

    /// <summary>The id of the transition of <see cref="CaseTransitions"/> it took.</summary>
    public required string TransitionId { get; init; }
}

/// <summary>
/// A message that does not fit the case (a <c>MLAT-FLOW-*</c> finding), or that fitted with a warning. The finding's
/// pointer is into that message; its text names the message type and the state met, never a value from the message.
/// </summary>
public sealed record CaseFinding
{
    /// <summary>The message's id.</summary>
    public required Guid MessageId { get; init; }

    /// <summary>The message's type.</summary>
    public required MessageType MessageType { get; init; }

    /// <summary>The request state the message met.</summary>
    public required RequestState StateMet { get; init; }

    /// <summary>The finding: a <c>MLAT-FLOW-*</c> code and a pointer into the message.</summary>
    public required Finding Finding { get; init; }
}

/// <summary>The message types one side may send next.</summary>
public sealed record AllowedMessages
{
    /// <summary>The side.</summary>
    public required CaseSide Side { get; init; }

    /// <summary>The message types, in the order of <see cref="MessageType"/>.</summary>
    public required IReadOnlyList<MessageType> MessageTypes { get; init; }

    /// <summary>Value equality, with <see cref="MessageTypes"/> compared item by item.</summary>
    /// <param name="other">The other entry.</param>
    /// <returns>True when the side and the message types are equal.</returns>
    public bool Equals(AllowedMessages? other) => other is not null && Side == other.Side && MessageTypes.SequenceEqual(other.MessageTypes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Side, MessageTypes.Count);
}
