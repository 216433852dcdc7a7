using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// Notice that recognition or execution is postponed, or resumes after a postponement (EIO art. 15, 16(2)(b), 16(3)(b);
/// UNTOC art. 18(25)).
/// </summary>
public sealed record PostponementNotice : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.PostponementNotice;

    /// <summary>The request concerned.</summary>
    public RequestReference? Request { get; init; }

    /// <summary>Postponed or resumed.</summary>
    public required PostponementAction Action { get; init; }

    /// <summary>The grounds for postponement; expected with <see cref="PostponementAction.Postponed"/> (checked by the business rules).</summary>
    public IReadOnlyList<PostponementGround>? Grounds { get; init; }

    /// <summary>Ids of the measures concerned; absent means the whole request.</summary>
    public IReadOnlyList<string>? MeasureRefs { get; init; }

    /// <summary>Date from which the postponement or resumption takes effect.</summary>
    public DateOnly? EffectiveOn { get; init; }

    /// <summary>Expected duration of the postponement, ISO 8601 (EIO art. 16(2)(b)).</summary>
    public IsoDuration? ExpectedDuration { get; init; }

    /// <summary>Date on which execution is expected to resume.</summary>
    public DateOnly? ExpectedResumptionOn { get; init; }

    /// <summary>The reasons (EIO art. 16(3)(b)).</summary>
    public MultilingualText? Explanation { get; init; }

    /// <summary>Ids of the deadlines the postponement moves (EIO art. 15; UNTOC art. 18(25)). Since 1.2.</summary>
    public IReadOnlyList<string>? DeadlineRefs { get; init; }
}

/// <summary>Whether execution is postponed or resumes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PostponementAction>))]
public enum PostponementAction
{
    /// <summary>Recognition or execution is postponed (EIO art. 15(1); UNTOC art. 18(25)).</summary>
    [JsonStringEnumMemberName("POSTPONED")]
    Postponed = 1,

    /// <summary>The ground for postponement ceased to exist; execution resumes (EIO art. 15(2)).</summary>
    [JsonStringEnumMemberName("RESUMED")]
    Resumed,
}

/// <summary>A ground for postponing recognition or execution.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PostponementGround>))]
public enum PostponementGround
{
    /// <summary>Execution might prejudice an ongoing criminal investigation or prosecution (EIO art. 15(1)(a); UNTOC art. 18(25)).</summary>
    [JsonStringEnumMemberName("PREJUDICE_TO_ONGOING_INVESTIGATION")]
    PrejudiceToOngoingInvestigation = 1,

    /// <summary>The objects, documents or data are already being used in other proceedings (EIO art. 15(1)(b)).</summary>
    [JsonStringEnumMemberName("EVIDENCE_USED_IN_OTHER_PROCEEDINGS")]
    EvidenceUsedInOtherProceedings,

    /// <summary>A ground under another instrument or treaty, explained in the notice.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}
