using System.Text.Json;
using System.Text.Json.Serialization;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Cases;

/// <summary>
/// A case as data: every observable of a <see cref="CaseState"/> — state, measures, parties, deadlines, transitions,
/// findings, the message types each side may send next — with the ids of its messages instead of the messages. A store
/// keeps it beside the message log to list and query cases without folding them again; JSON through the SDK's
/// source-generated context (<see cref="ToUtf8Json"/>, <see cref="Read"/>). It is a read model: to apply further
/// messages, fold the log again (<see cref="CaseLog.Fold"/>), which gives the same snapshot.
/// </summary>
public sealed record CaseSnapshot
{
    /// <summary>The snapshot format this SDK writes and reads.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The snapshot format (<see cref="CurrentFormat"/>).</summary>
    public required int Format { get; init; }

    /// <summary>The conversation the case folds.</summary>
    public required Guid ConversationId { get; init; }

    /// <summary>The instrument of the opening message.</summary>
    public required CaseInstrument Instrument { get; init; }

    /// <summary>Where the request stands.</summary>
    public required RequestState State { get; init; }

    /// <summary>The ids of the distinct messages of the conversation, in canonical order (<see cref="CaseState.Messages"/>).</summary>
    public required IReadOnlyList<Guid> MessageIds { get; init; }

    /// <summary>Each measure and its state.</summary>
    public required IReadOnlyList<CaseMeasure> Measures { get; init; }

    /// <summary>The authorities of the case.</summary>
    public required IReadOnlyList<CaseParty> Parties { get; init; }

    /// <summary>Every deadline, running or settled.</summary>
    public required IReadOnlyList<CaseDeadline> Deadlines { get; init; }

    /// <summary>The applied messages with their transitions.</summary>
    public required IReadOnlyList<CaseEvent> Events { get; init; }

    /// <summary>The <c>MLAT-FLOW-*</c> findings.</summary>
    public required IReadOnlyList<CaseFinding> Findings { get; init; }

    /// <summary>The message types each side may send next.</summary>
    public required IReadOnlyList<AllowedMessages> AllowedNext { get; init; }

    /// <summary>The deadlines that still run or are suspended.</summary>
    [JsonIgnore]
    public IReadOnlyList<CaseDeadline> OpenDeadlines => [.. Deadlines.Where(d => d.Status is DeadlineStatus.Open or DeadlineStatus.Suspended)];

    /// <summary>The snapshot of a state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>Its snapshot.</returns>
    public static CaseSnapshot Of(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new CaseSnapshot
        {
            Format = CurrentFormat,
            ConversationId = state.ConversationId,
            Instrument = state.Instrument,
            State = state.State,
            MessageIds = [.. state.Messages.Select(m => m.Header.MessageId)],
            Measures = state.Measures,
            Parties = state.Parties,
            Deadlines = state.Deadlines,
            Events = state.Events,
            Findings = state.Findings,
            AllowedNext = state.AllowedNext,
        };
    }

    /// <summary>The open deadlines that have expired at an instant.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The overdue deadlines.</returns>
    public IReadOnlyList<CaseDeadline> OverdueAt(DateTimeOffset at) => [.. Deadlines.Where(d => d.IsOverdueAt(at))];

    /// <summary>Writes the snapshot as compact UTF-8 JSON (source-generated; instants in UTC, codes as in <c>mlat case status --format json</c>).</summary>
    /// <returns>The UTF-8 bytes.</returns>
    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, CaseJsonContext.Default.CaseSnapshot);

    /// <summary>
    /// Reads a snapshot written by <see cref="ToUtf8Json"/>, strictly: unknown and duplicate members, a missing member,
    /// a wrong type or an unknown code are findings (<c>MLAT-JSON-MALFORMED</c> with the pointer of the member), a
    /// format this SDK does not know is <c>MLAT-VER-UNSUPPORTED</c> at <c>/format</c>. Never throws on the bytes.
    /// </summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <returns>The snapshot, or the findings.</returns>
    public static CaseSnapshotReadResult Read(ReadOnlyMemory<byte> utf8Json)
    {
        CaseSnapshot? snapshot;
        try
        {
            snapshot = JsonSerializer.Deserialize(utf8Json.Span, CaseJsonContext.Default.CaseSnapshot);
        }
        catch (JsonException ex)
        {
            // The exception's text may quote the input; only its path (member names of the snapshot format) is kept.
            return new CaseSnapshotReadResult(null, [Finding.Error(FindingCodes.JsonMalformed, MlatJson.PointerOf(ex.Path),
                "The case snapshot is not well-formed JSON of the snapshot format at this member.")]);
        }

        if (snapshot is null)
        {
            return new CaseSnapshotReadResult(null, [Finding.Error(FindingCodes.JsonRootNotObject, string.Empty, "A case snapshot is a JSON object.")]);
        }

        if (snapshot.Format != CurrentFormat)
        {
            return new CaseSnapshotReadResult(null, [Finding.Error(FindingCodes.VersionUnsupported, "/format", $"This SDK reads case snapshots of format {CurrentFormat}.")]);
        }

        return new CaseSnapshotReadResult(snapshot, []);
    }

    /// <summary>Equality of every member, lists item by item.</summary>
    /// <param name="other">The other snapshot.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(CaseSnapshot? other) => other is not null
        && Format == other.Format && ConversationId == other.ConversationId && Instrument == other.Instrument && State == other.State
        && MessageIds.SequenceEqual(other.MessageIds) && Measures.SequenceEqual(other.Measures) && Parties.SequenceEqual(other.Parties)
        && Deadlines.SequenceEqual(other.Deadlines) && Events.SequenceEqual(other.Events) && Findings.SequenceEqual(other.Findings)
        && AllowedNext.SequenceEqual(other.AllowedNext);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ConversationId, State, MessageIds.Count, Deadlines.Count);
}

/// <summary>The outcome of <see cref="CaseSnapshot.Read"/>.</summary>
public sealed class CaseSnapshotReadResult : IMlatResult
{
    internal CaseSnapshotReadResult(CaseSnapshot? snapshot, IReadOnlyList<Finding> findings)
    {
        Snapshot = snapshot;
        Findings = findings;
    }

    /// <summary>True when the snapshot was read.</summary>
    public bool IsSuccess => Snapshot is not null;

    /// <summary>The snapshot, or null.</summary>
    public CaseSnapshot? Snapshot { get; }

    /// <summary>Why it could not be read; empty on success.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The snapshot, or an exception listing the findings' codes and pointers.</summary>
    /// <returns>The snapshot.</returns>
    /// <exception cref="MlatException">It could not be read.</exception>
    public CaseSnapshot SnapshotOrThrow() => Snapshot ?? throw new MlatException(Findings);
}
