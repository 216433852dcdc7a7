using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// The issuing or requesting side confirms, attachment by attachment, what arrived of an
/// <see cref="EvidenceTransmission"/>, with the digests it computed (EIO art. 13(1); UNTOC art. 18(3)(e); EU MLA
/// Convention 2000 art. 8). Since 1.2.
/// </summary>
public sealed record EvidenceReceipt : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.EvidenceReceipt;

    /// <summary>messageId of the EvidenceTransmission confirmed.</summary>
    public required Guid TransmissionId { get; init; }

    /// <summary>The request in whose execution the evidence was sent.</summary>
    public RequestReference? Request { get; init; }

    /// <summary>When the transmission was received.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Each attachment, with the digest computed on receipt and the result of the comparison.</summary>
    public required IReadOnlyList<ReceivedAttachment> Attachments { get; init; }

    /// <summary>Whether everything listed in the transmission arrived intact.</summary>
    public required bool Complete { get; init; }

    /// <summary>Any other information.</summary>
    public MultilingualText? Note { get; init; }
}

/// <summary>One attachment as received (EIO art. 13(1)). Since 1.2.</summary>
public sealed record ReceivedAttachment
{
    /// <summary>Id of the attachment in the transmission's manifest.</summary>
    public required string AttachmentRef { get; init; }

    /// <summary>Result of the comparison.</summary>
    public required ReceiptStatus Status { get; init; }

    /// <summary>SHA-256 digest of the bytes received, base64url without padding.</summary>
    public string? Sha256 { get; init; }
}

/// <summary>What arrived of one attachment. Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReceiptStatus>))]
public enum ReceiptStatus
{
    /// <summary>Received, the digest matches the manifest.</summary>
    [JsonStringEnumMemberName("RECEIVED_INTACT")]
    ReceivedIntact = 1,

    /// <summary>Received, the digest differs.</summary>
    [JsonStringEnumMemberName("DIGEST_MISMATCH")]
    DigestMismatch,

    /// <summary>Listed but not received.</summary>
    [JsonStringEnumMemberName("MISSING")]
    Missing,

    /// <summary>Received but cannot be opened.</summary>
    [JsonStringEnumMemberName("UNREADABLE")]
    Unreadable,
}
