// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>A ground for refusing or not executing a request or some of its measures (EIO art. 11; UNTOC art. 18(21) and (23)).</summary>
public sealed record RefusalGround
{
    /// <summary>The ground, scoped by instrument.</summary>
    public required RefusalGroundCode Code { get; init; }

    /// <summary>Ids of the measures the ground applies to; absent when it applies to the whole request.</summary>
    public IReadOnlyList<string>? AppliesTo { get; init; }

    /// <summary>The provision the ground is taken from, required for the generic grounds added in 1.2 (rule MLAT-R-0110). Since 1.2.</summary>
    public LegalReference? LegalReference { get; init; }

    /// <summary>Reasons for the refusal (UNTOC art. 18(23); ETS 030 art. 19; EIO art. 16(3)).</summary>
    public required MultilingualText Explanation { get; init; }
}

/// <summary>Outcome of one measure as reported by the executing authority (EIO arts. 10, 11, 15, 16; UNTOC art. 18(21)-(26)).</summary>
public sealed record MeasureOutcome
{
    /// <summary>Id of the measure.</summary>
    public required string MeasureRef { get; init; }

    /// <summary>State of execution of the measure.</summary>
    public required MeasureStatus Status { get; init; }

    /// <summary>Remarks on the outcome.</summary>
    public MultilingualText? Note { get; init; }

    /// <summary>Ids of the evidence items obtained.</summary>
    public IReadOnlyList<string>? EvidenceRefs { get; init; }

    /// <summary>Grounds for refusal or non-execution, when status is REFUSED or NOT_EXECUTED.</summary>
    public IReadOnlyList<RefusalGround>? RefusalGrounds { get; init; }

    /// <summary>The different type of measure used instead (EIO art. 10).</summary>
    public Measure? AlternativeMeasure { get; init; }

    /// <summary>Conditions on execution or on the use of the results (UNTOC art. 18(26)).</summary>
    public MultilingualText? Conditions { get; init; }

    /// <summary>Expected date of completion (EIO art. 12(5)).</summary>
    public DateOnly? ExpectedCompletion { get; init; }

    /// <summary>What became of the property of a freezing, seizure, confiscation or asset recovery measure, with amounts and deductions (UNCAC arts 55, 57). Since 1.2.</summary>
    public IReadOnlyList<AssetDisposition>? AssetDispositions { get; init; }

    /// <summary>The result of a service of documents (ETS 030 art. 7(2)). Since 1.2.</summary>
    public ServiceResult? Service { get; init; }
}

/// <summary>Whether and how documents were served (ETS 030 art. 7(1)–(2); EU MLA Convention 2000 art. 5); rule MLAT-R-0116 checks it. Since 1.2.</summary>
public sealed record ServiceResult
{
    /// <summary>Whether the documents were served.</summary>
    public required bool Served { get; init; }

    /// <summary>Date of service.</summary>
    public DateOnly? ServedOn { get; init; }

    /// <summary>How they were served.</summary>
    public ServiceMethod? Method { get; init; }

    /// <summary>Id of the person served, where not the addressee named in the request.</summary>
    public string? ServedPersonRef { get; init; }

    /// <summary>Id of the evidence item or attachment holding the proof of service (ETS 030 art. 7(2)).</summary>
    public string? ProofRef { get; init; }

    /// <summary>Why the documents were not served (ETS 030 art. 7(2)).</summary>
    public MultilingualText? NotServedReason { get; init; }
}
