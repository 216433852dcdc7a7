using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// Transfer of evidence obtained in execution of a request (EIO art. 13; UNTOC art. 18(19)): evidence items, an
/// attachment manifest with SHA-256 digests, chain of custody and conditions of use; possibly one part of several.
/// </summary>
public sealed record EvidenceTransmission : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.EvidenceTransmission;

    /// <summary>The request in whose execution the evidence was obtained.</summary>
    public RequestReference? Request { get; init; }

    /// <summary>Evidence items, each with its measure, attachments and chain of custody.</summary>
    public required IReadOnlyList<EvidenceItem> Items { get; init; }

    /// <summary>Manifest of the files transmitted, with size and SHA-256 digest.</summary>
    public required IReadOnlyList<AttachmentRef> Attachments { get; init; }

    /// <summary>Conditions on the use of the evidence (speciality, UNTOC art. 18(19); EIO art. 13(4)).</summary>
    public MultilingualText? UseConditions { get; init; }

    /// <summary>Whether the executing State requires the evidence to be returned (EIO art. 13(4); ETS 030 art. 6(2)).</summary>
    public bool? ReturnRequired { get; init; }

    /// <summary>Whether the transfer of further evidence is suspended pending a legal remedy (EIO art. 13(2)).</summary>
    public bool? TransferSuspendedPendingRemedy { get; init; }

    /// <summary>What is withheld and why, when the transfer is suspended.</summary>
    public MultilingualText? SuspensionNote { get; init; }

    /// <summary>Position of this message in a transmission split into several messages.</summary>
    public PartNumber? Part { get; init; }

    /// <summary>Conditions on the processing of the personal data transmitted (Directive (EU) 2016/680 art. 9(3); UNTOC art. 18(19)). Since 1.2.</summary>
    public DataProtectionConditions? DataProtection { get; init; }
}

/// <summary>Position of a message in a transmission split into several messages.</summary>
public sealed record PartNumber
{
    /// <summary>Number of this part, from 1.</summary>
    [JsonConverter(typeof(IntegralNumberJsonConverter))]
    public required int Number { get; init; }

    /// <summary>Total number of parts.</summary>
    [JsonConverter(typeof(IntegralNumberJsonConverter))]
    public required int Of { get; init; }
}
