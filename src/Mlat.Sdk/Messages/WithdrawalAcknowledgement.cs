using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// The executing or requested side confirms a <see cref="WithdrawalNotice"/> and says what was stopped and what had
/// already been done (UNTOC art. 18(24); UNCAC art. 46(24); EIO art. 16(3)). Since 1.2.
/// </summary>
public sealed record WithdrawalAcknowledgement : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.WithdrawalAcknowledgement;

    /// <summary>messageId of the WithdrawalNotice acknowledged.</summary>
    public required Guid WithdrawalId { get; init; }

    /// <summary>The request withdrawn.</summary>
    public required RequestReference Request { get; init; }

    /// <summary>When the withdrawal was received and acted on.</summary>
    public required DateTimeOffset AcknowledgedAt { get; init; }

    /// <summary>Ids of the measures whose execution was stopped.</summary>
    public IReadOnlyList<string>? MeasuresStopped { get; init; }

    /// <summary>Ids of the measures already executed before the withdrawal arrived.</summary>
    public IReadOnlyList<string>? MeasuresAlreadyExecuted { get; init; }

    /// <summary>Whether evidence already obtained will still be transferred (UNTOC art. 18(24); EIO art. 13).</summary>
    public bool? EvidenceToBeTransferred { get; init; }

    /// <summary>Any other information.</summary>
    public MultilingualText? Note { get; init; }
}
