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
}
