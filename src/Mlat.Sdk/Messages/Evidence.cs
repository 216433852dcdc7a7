// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>Manifest entry of a document transmitted with the message; the document itself travels beside the message and is identified by its SHA-256.</summary>
public sealed record AttachmentRef
{
    /// <summary>Identifier of the attachment inside the message thread, used by attachmentRefs and documentRefs.</summary>
    public required string Id { get; init; }

    /// <summary>File name of the document.</summary>
    public required string FileName { get; init; }

    /// <summary>IANA media type of the document, for example application/pdf.</summary>
    public required string MediaType { get; init; }

    /// <summary>Size of the document in bytes, as a string of digits.</summary>
    public required string Size { get; init; }

    /// <summary>SHA-256 digest of the document bytes, base64url without padding (RFC 4648 section 5).</summary>
    public required string Sha256 { get; init; }

    /// <summary>Kind of document.</summary>
    public required DocumentType DocumentType { get; init; }

    /// <summary>Language of the document, if it has one.</summary>
    public LanguageCode? Language { get; init; }

    /// <summary>Description of the document.</summary>
    public MultilingualText? Description { get; init; }
}

/// <summary>One event in the chain of custody of an evidence item.</summary>
public sealed record CustodyEvent
{
    /// <summary>When the event happened.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Name or role of the person or office that acted.</summary>
    public required string Actor { get; init; }

    /// <summary>Authority of the actor.</summary>
    public string? AuthorityId { get; init; }

    /// <summary>What was done.</summary>
    public required CustodyAction Action { get; init; }

    /// <summary>SHA-256 digest of the item or its copy at this event, base64url without padding (RFC 4648 section 5).</summary>
    public string? Sha256 { get; init; }

    /// <summary>Remarks on the event (for example the seal number).</summary>
    public MultilingualText? Note { get; init; }
}

/// <summary>What was done to an evidence item in one chain-of-custody event.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CustodyAction>))]
public enum CustodyAction
{
    /// <summary>The item was collected or seized. (EIO art. 13(1))</summary>
    [JsonStringEnumMemberName("COLLECTED")]
    Collected = 1,

    /// <summary>The item was sealed. (national procedural law)</summary>
    [JsonStringEnumMemberName("SEALED")]
    Sealed,

    /// <summary>The item (or data) was copied, for example a forensic image. (national procedural law)</summary>
    [JsonStringEnumMemberName("COPIED")]
    Copied,

    /// <summary>The item was examined. (UNTOC art. 18(3)(d))</summary>
    [JsonStringEnumMemberName("EXAMINED")]
    Examined,

    /// <summary>The item was handed over to another authority or person. (EIO art. 13(1))</summary>
    [JsonStringEnumMemberName("TRANSFERRED")]
    Transferred,

    /// <summary>The item was received. (EIO art. 13(1))</summary>
    [JsonStringEnumMemberName("RECEIVED")]
    Received,

    /// <summary>The item was put into storage. (national procedural law)</summary>
    [JsonStringEnumMemberName("STORED")]
    Stored,
}

/// <summary>An item of evidence obtained by executing a measure and transferred to the requesting authority (EIO art. 13; UNTOC art. 18(3)(e)).</summary>
public sealed record EvidenceItem
{
    /// <summary>Identifier of the evidence item inside the message thread, used by evidenceRefs.</summary>
    public required string Id { get; init; }

    /// <summary>Description of the item.</summary>
    public required MultilingualText Description { get; init; }

    /// <summary>Id of the measure that produced the item.</summary>
    public required string MeasureRef { get; init; }

    /// <summary>When the item was obtained.</summary>
    public required DateTimeOffset ObtainedAt { get; init; }

    /// <summary>Authority that obtained the item.</summary>
    public string? ObtainedBy { get; init; }

    /// <summary>Ids of the attachments that hold the item or its record.</summary>
    public required IReadOnlyList<string> AttachmentRefs { get; init; }

    /// <summary>Chain of custody of the item, in order.</summary>
    public IReadOnlyList<CustodyEvent>? CustodyEvents { get; init; }

    /// <summary>Conditions on the use of the item (EIO art. 13(4) and 19; UNTOC art. 18(19)).</summary>
    public MultilingualText? UseConditions { get; init; }

    /// <summary>Conditions on the processing of the personal data in the item (Directive (EU) 2016/680 art. 9(3)). Since 1.2.</summary>
    public DataProtectionConditions? DataProtection { get; init; }
}
