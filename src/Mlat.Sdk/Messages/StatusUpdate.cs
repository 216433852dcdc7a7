using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// Progress report per measure, proactive or in reply to a StatusQuery (UNTOC art. 18(24)); with <see cref="Delay"/> it is
/// a delay notice (EIO art. 12(5)–(6)).
/// </summary>
public sealed record StatusUpdate : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.StatusUpdate;

    /// <summary>The request reported on.</summary>
    public RequestReference? Request { get; init; }

    /// <summary>The instant the status refers to.</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>Current status of each measure reported on.</summary>
    public required IReadOnlyList<MeasureOutcome> Outcomes { get; init; }

    /// <summary>A time limit that cannot be met, with reasons and a new estimated date (EIO art. 12(5)–(6)).</summary>
    public Delay? Delay { get; init; }

    /// <summary>Any other information on progress.</summary>
    public MultilingualText? Note { get; init; }

    /// <summary>Phase of the request as a whole; with RECEIVED or ASSIGNED the outcomes may be empty (UNTOC art. 18(24); EIO art. 16). Since 1.2.</summary>
    public RequestPhase? Phase { get; init; }
}

/// <summary>A time limit that cannot be met (EIO art. 12(5)–(6)).</summary>
public sealed record Delay
{
    /// <summary>Which time limit is missed.</summary>
    public required DelayedDeadline Deadline { get; init; }

    /// <summary>The reasons for the delay.</summary>
    public required MultilingualText Reason { get; init; }

    /// <summary>New estimated date of the decision or of completion of execution.</summary>
    public required DateOnly NewEstimatedDate { get; init; }

    /// <summary>Ids of the measures delayed; absent means the whole request.</summary>
    public IReadOnlyList<string>? MeasureRefs { get; init; }

    /// <summary>Ids of the deadlines the delay moves. Since 1.2.</summary>
    public IReadOnlyList<string>? DeadlineRefs { get; init; }
}

/// <summary>The time limit a delay concerns.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DelayedDeadline>))]
public enum DelayedDeadline
{
    /// <summary>The decision on recognition (EIO art. 12(3), (5)).</summary>
    [JsonStringEnumMemberName("RECOGNITION_DECISION")]
    RecognitionDecision = 1,

    /// <summary>Execution of the measures (EIO art. 12(4), (6)).</summary>
    [JsonStringEnumMemberName("EXECUTION")]
    Execution,

    /// <summary>A time limit set by the issuing authority (EIO art. 12(2)) or suggested by the requesting State (UNTOC art. 18(24)).</summary>
    [JsonStringEnumMemberName("CUSTOM")]
    Custom,
}

/// <summary>Where a request stands as a whole, independent of per-measure outcomes (EIO art. 16; UNTOC art. 18(24)). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RequestPhase>))]
public enum RequestPhase
{
    /// <summary>Received, not yet assigned (Directive 2014/41/EU art. 16(1)).</summary>
    [JsonStringEnumMemberName("RECEIVED")]
    Received = 1,

    /// <summary>Assigned to the competent authority (EIO art. 7(6); annex B section C).</summary>
    [JsonStringEnumMemberName("ASSIGNED")]
    Assigned,

    /// <summary>Decision on recognition pending (EIO art. 12(3)).</summary>
    [JsonStringEnumMemberName("IN_RECOGNITION")]
    InRecognition,

    /// <summary>Being executed (EIO art. 12(4); UNTOC art. 18(24)).</summary>
    [JsonStringEnumMemberName("IN_EXECUTION")]
    InExecution,

    /// <summary>Waiting for information asked of the issuing side (EIO art. 16(2)(a); UNTOC art. 18(16)).</summary>
    [JsonStringEnumMemberName("AWAITING_INFORMATION")]
    AwaitingInformation,

    /// <summary>Postponed (EIO art. 15; UNTOC art. 18(25)).</summary>
    [JsonStringEnumMemberName("POSTPONED")]
    Postponed,

    /// <summary>Execution completed, evidence transferred or being transferred (EIO art. 13).</summary>
    [JsonStringEnumMemberName("COMPLETED")]
    Completed,

    /// <summary>The file is closed (see ClosureNotice). Since 1.2.</summary>
    [JsonStringEnumMemberName("CLOSED")]
    Closed,
}
