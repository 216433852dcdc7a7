using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// Report on execution, partial or final, with the outcome of each measure and any conditions attached (EIO art. 12(4),
/// 13; UNTOC art. 18(24), 18(26)).
/// </summary>
public sealed record ExecutionReport : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.ExecutionReport;

    /// <summary>The request reported on.</summary>
    public RequestReference? Request { get; init; }

    /// <summary>True when execution is complete and no further report follows; false for a partial report.</summary>
    public required bool Final { get; init; }

    /// <summary>Date on which execution was completed.</summary>
    public DateOnly? CompletedOn { get; init; }

    /// <summary>Outcome of each measure.</summary>
    public required IReadOnlyList<MeasureOutcome> Outcomes { get; init; }

    /// <summary>Conditions attached to the execution or to the use of its results (UNTOC art. 18(19), (26)).</summary>
    public MultilingualText? Conditions { get; init; }

    /// <summary>MessageIds of the EvidenceTransmission messages that carried the evidence (EIO art. 13(1)).</summary>
    public IReadOnlyList<Guid>? EvidenceTransmissions { get; init; }

    /// <summary>A summary of the execution.</summary>
    public MultilingualText? Summary { get; init; }

    /// <summary>Costs of the execution, each with who bears it (UNTOC art. 18(28); ETS 030 art. 20; EIO art. 21). Since 1.2.</summary>
    public IReadOnlyList<CostItem>? Costs { get; init; }

    /// <summary>Whether the executing side asks for the costs borne by the issuing side to be reimbursed (ETS 030 art. 20; EIO art. 21(2)). Since 1.2.</summary>
    public bool? ReimbursementRequested { get; init; }
}

/// <summary>One cost of execution (UNTOC art. 18(28); UNCAC art. 46(28); ETS 030 art. 20; Directive 2014/41/EU art. 21). Since 1.2.</summary>
public sealed record CostItem
{
    /// <summary>Kind of cost.</summary>
    public required CostKind Kind { get; init; }

    /// <summary>The amount.</summary>
    public required MonetaryAmount Amount { get; init; }

    /// <summary>Who bears it.</summary>
    public required CostBearer BorneBy { get; init; }

    /// <summary>Ids of the measures the cost arose in; absent means the whole request.</summary>
    public IReadOnlyList<string>? MeasureRefs { get; init; }

    /// <summary>What the cost covers.</summary>
    public MultilingualText? Description { get; init; }
}

/// <summary>Kind of cost of execution (UNTOC art. 18(28); ETS 030 art. 20; EIO art. 21). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CostKind>))]
public enum CostKind
{
    /// <summary>Ordinary costs, normally borne by the requested or executing State (UNTOC art. 18(28); EIO art. 21(1)).</summary>
    [JsonStringEnumMemberName("ORDINARY")]
    Ordinary = 1,

    /// <summary>Expenses of a substantial or extraordinary nature (UNTOC art. 18(28); EIO art. 21(2)).</summary>
    [JsonStringEnumMemberName("EXTRAORDINARY")]
    Extraordinary,

    /// <summary>Fees of experts (ETS 030 art. 20).</summary>
    [JsonStringEnumMemberName("EXPERT_FEES")]
    ExpertFees,

    /// <summary>Interpreters (EU MLA Convention 2000 art. 10(7)).</summary>
    [JsonStringEnumMemberName("INTERPRETATION")]
    Interpretation,

    /// <summary>Transfer of persons in custody (ETS 030 art. 20; EIO art. 22(10)).</summary>
    [JsonStringEnumMemberName("TRANSFER_OF_PERSONS")]
    TransferOfPersons,

    /// <summary>A videoconference link or interception (EU MLA Convention 2000 art. 10(7); EIO art. 21(3)).</summary>
    [JsonStringEnumMemberName("TELECOMMUNICATION")]
    Telecommunication,

    /// <summary>Another cost, described.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}

/// <summary>Who bears a cost of execution (EIO arts 21(2)(b), 22(10)). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CostBearer>))]
public enum CostBearer
{
    /// <summary>The executing or requested State.</summary>
    [JsonStringEnumMemberName("EXECUTING_STATE")]
    ExecutingState = 1,

    /// <summary>The issuing or requesting State.</summary>
    [JsonStringEnumMemberName("ISSUING_STATE")]
    IssuingState,

    /// <summary>Both, shared.</summary>
    [JsonStringEnumMemberName("SHARED")]
    Shared,
}
