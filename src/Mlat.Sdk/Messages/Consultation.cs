using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// A typed consultation between the two sides, sent by either (EIO art. 6(3), 9(2), 10(4), 11(4), 21(2); UNTOC art.
/// 18(26), (28)). A reply sets the header's inReplyTo.
/// </summary>
public sealed record Consultation : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.Consultation;

    /// <summary>The request concerned.</summary>
    public RequestReference? Request { get; init; }

    /// <summary>Subject of the consultation.</summary>
    public required ConsultationTopic Topic { get; init; }

    /// <summary>What is said or asked.</summary>
    public required MultilingualText Text { get; init; }

    /// <summary>Estimated cost of execution (EIO art. 21(2); UNTOC art. 18(28)).</summary>
    public CostEstimate? CostEstimate { get; init; }

    /// <summary>Concrete proposals the other side can answer by id (EIO art. 21(2); UNTOC art. 18(26)).</summary>
    public IReadOnlyList<Proposal>? Proposals { get; init; }

    /// <summary>Ids of the measures concerned; absent means the whole request.</summary>
    public IReadOnlyList<string>? MeasureRefs { get; init; }

    /// <summary>When a reply is expected.</summary>
    public DateTimeOffset? ReplyBy { get; init; }

    /// <summary>Answers to proposals of earlier Consultation messages, by id (EIO art. 21(2); UNTOC art. 18(26)). Since 1.2.</summary>
    public IReadOnlyList<ProposalAnswer>? Answers { get; init; }
}

/// <summary>Subject of a consultation.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsultationTopic>))]
public enum ConsultationTopic
{
    /// <summary>Exceptionally high costs (EIO art. 21(2); UNTOC art. 18(28)).</summary>
    [JsonStringEnumMemberName("COSTS")]
    Costs = 1,

    /// <summary>Formalities and procedures requested by the issuing side (EIO art. 9(2)–(3)).</summary>
    [JsonStringEnumMemberName("FORMALITIES")]
    Formalities,

    /// <summary>Conditions for partial or conditional execution or for use of evidence (UNTOC art. 18(19), (26)).</summary>
    [JsonStringEnumMemberName("CONDITIONS")]
    Conditions,

    /// <summary>How and when execution takes place (EIO art. 6(3), 12(6)).</summary>
    [JsonStringEnumMemberName("EXECUTION_MODALITIES")]
    ExecutionModalities,

    /// <summary>Recourse to another type of measure (EIO art. 10(4)).</summary>
    [JsonStringEnumMemberName("ALTERNATIVE_MEASURE")]
    AlternativeMeasure,

    /// <summary>Another subject.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,

    /// <summary>A request for consent to use information or evidence for other proceedings or purposes (UNTOC art. 18(19); EU MLA Convention 2000 art. 23(1)(c)). Since 1.2; falls back to CONDITIONS in 1.1.</summary>
    [JsonStringEnumMemberName("CONSENT_TO_OTHER_USE")]
    ConsentToOtherUse,
}

/// <summary>Estimated cost of execution (EIO art. 21(2); UNTOC art. 18(28)).</summary>
public sealed record CostEstimate
{
    /// <summary>
    /// The amount, written as a decimal string (digits, an optional fraction of up to four digits) in the invariant
    /// culture, so it is read exactly in every language; a negative amount or more than four decimals fails validation.
    /// </summary>
    [JsonConverter(typeof(DecimalStringJsonConverter))]
    public required decimal Amount { get; init; }

    /// <summary>ISO 4217 alphabetic currency code.</summary>
    public required string Currency { get; init; }

    /// <summary>What the cost covers.</summary>
    public MultilingualText? Note { get; init; }
}

/// <summary>One proposal in a consultation.</summary>
public sealed record Proposal
{
    /// <summary>Local id the reply can refer to.</summary>
    public required string Id { get; init; }

    /// <summary>What is proposed.</summary>
    public required MultilingualText Text { get; init; }
}

/// <summary>The answer to one proposal of an earlier Consultation, by the proposal's id (EIO art. 21(2); UNTOC art. 18(26)). Since 1.2.</summary>
public sealed record ProposalAnswer
{
    /// <summary>messageId of the Consultation that made the proposal.</summary>
    public required Guid ConsultationId { get; init; }

    /// <summary>Id of the proposal answered.</summary>
    public required string ProposalRef { get; init; }

    /// <summary>The answer.</summary>
    public required ProposalAnswerKind Answer { get; init; }

    /// <summary>What is proposed instead, with <see cref="ProposalAnswerKind.CounterProposal"/>.</summary>
    public MultilingualText? CounterProposal { get; init; }

    /// <summary>Why the proposal is rejected or countered.</summary>
    public MultilingualText? Reason { get; init; }
}

/// <summary>The answer to a proposal (EIO art. 21(2); UNTOC art. 18(26)). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProposalAnswerKind>))]
public enum ProposalAnswerKind
{
    /// <summary>ACCEPT.</summary>
    [JsonStringEnumMemberName("ACCEPT")]
    Accept = 1,

    /// <summary>REJECT.</summary>
    [JsonStringEnumMemberName("REJECT")]
    Reject,

    /// <summary>COUNTER_PROPOSAL.</summary>
    [JsonStringEnumMemberName("COUNTER_PROPOSAL")]
    CounterProposal,
}
