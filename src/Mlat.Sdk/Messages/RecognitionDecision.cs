using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// The executing authority's decision on recognising the request, measure by measure (EIO art. 10, art. 12(3)–(4)).
/// </summary>
public sealed record RecognitionDecision : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.RecognitionDecision;

    /// <summary>The request decided on.</summary>
    public RequestReference? Request { get; init; }

    /// <summary>Date of the decision (EIO art. 12(3): within 30 days of receipt).</summary>
    public required DateOnly DecidedOn { get; init; }

    /// <summary>The decision on each measure.</summary>
    public required IReadOnlyList<MeasureDecision> Decisions { get; init; }

    /// <summary>Date by which execution is expected (EIO art. 12(4): within 90 days of the decision).</summary>
    public DateOnly? ExpectedExecutionBy { get; init; }

    /// <summary>Any other information.</summary>
    public MultilingualText? Note { get; init; }
}

/// <summary>The decision on one measure of the request (EIO art. 10, art. 12(3)).</summary>
public sealed record MeasureDecision
{
    /// <summary>Id of the request's measure.</summary>
    public required string MeasureRef { get; init; }

    /// <summary>The decision.</summary>
    public required RecognitionOutcome Decision { get; init; }

    /// <summary>The measure carried out instead (EIO art. 10(1), 10(3)).</summary>
    public Measure? AlternativeMeasure { get; init; }

    /// <summary>Why another measure is used (EIO art. 10).</summary>
    public AlternativeMeasureReason? AlternativeReason { get; init; }

    /// <summary>The reasons, given to the issuing authority (EIO art. 10(4)).</summary>
    public MultilingualText? Explanation { get; init; }

    /// <summary>Where not recognised, the grounds (EIO art. 11; art. 10(5)).</summary>
    public IReadOnlyList<RefusalGround>? RefusalGrounds { get; init; }
}

/// <summary>The decision on recognising one measure.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecognitionOutcome>))]
public enum RecognitionOutcome
{
    /// <summary>The measure will be executed as requested (EIO art. 9(1)).</summary>
    [JsonStringEnumMemberName("RECOGNISED")]
    Recognised = 1,

    /// <summary>The measure will not be executed (EIO art. 11).</summary>
    [JsonStringEnumMemberName("NOT_RECOGNISED")]
    NotRecognised,

    /// <summary>Another type of measure will be used instead (EIO art. 10).</summary>
    [JsonStringEnumMemberName("ALTERNATIVE_MEASURE")]
    AlternativeMeasure,
}

/// <summary>Why the executing authority has recourse to another type of measure (EIO art. 10).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AlternativeMeasureReason>))]
public enum AlternativeMeasureReason
{
    /// <summary>The requested measure does not exist under the executing State's law (EIO art. 10(1)(a)).</summary>
    [JsonStringEnumMemberName("MEASURE_NOT_PROVIDED_BY_LAW")]
    MeasureNotProvidedByLaw = 1,

    /// <summary>The requested measure would not be available in a similar domestic case (EIO art. 10(1)(b)).</summary>
    [JsonStringEnumMemberName("NOT_AVAILABLE_IN_SIMILAR_DOMESTIC_CASE")]
    NotAvailableInSimilarDomesticCase,

    /// <summary>A less intrusive measure achieves the same result (EIO art. 10(3)).</summary>
    [JsonStringEnumMemberName("LESS_INTRUSIVE_MEASURE")]
    LessIntrusiveMeasure,
}
