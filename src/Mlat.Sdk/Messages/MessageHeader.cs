namespace Mlat.Sdk.Messages;

/// <summary>
/// The envelope header: the same shape in every 1.x version, so a reader learns <see cref="Version"/> and
/// <see cref="MessageType"/> before it picks a schema (specification §2.2).
/// </summary>
public sealed record MessageHeader
{
    /// <summary>Standard version the message is written in, on the wire <c>MAJOR.MINOR</c>.</summary>
    public required MlatVersion Version { get; init; }

    /// <summary>Type of the body.</summary>
    public required MessageType MessageType { get; init; }

    /// <summary>Unique identifier of this message.</summary>
    public required Guid MessageId { get; init; }

    /// <summary>Identifier of the case thread: the messageId of the first request of the thread.</summary>
    public required Guid ConversationId { get; init; }

    /// <summary>The messageId this message answers, if it is a reply.</summary>
    public Guid? InReplyTo { get; init; }

    /// <summary>When the message was created, in UTC.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The authority sending the message.</summary>
    public required Party Sender { get; init; }

    /// <summary>The authority the message is addressed to.</summary>
    public required Party Recipient { get; init; }

    /// <summary>Language of the authoritative text of the message (ISO 639-1).</summary>
    public required LanguageCode Language { get; init; }

    /// <summary>Extension ids the recipient must understand to process the message.</summary>
    public IReadOnlyList<string>? MustUnderstand { get; init; }

    /// <summary>The channel the message travels through (UNTOC art. 18(13)–(14); ETS 030 art. 15). Since 1.2.</summary>
    public TransmissionRoute? Route { get; init; }

    /// <summary>Other authorities that receive a copy for information; signatures and encryption stay addressed to the one recipient. Since 1.2.</summary>
    public IReadOnlyList<Party>? Copies { get; init; }

    /// <summary>True for an advance copy sent by rapid means, to be confirmed later (UNTOC art. 18(14)). Since 1.2.</summary>
    public bool? AdvanceCopy { get; init; }

    /// <summary>messageId of the advance copy this message confirms (UNTOC art. 18(14)). Since 1.2.</summary>
    public Guid? ConfirmsAdvanceCopy { get; init; }

    /// <summary>The sender's file reference. Since 1.2.</summary>
    public string? OurReference { get; init; }

    /// <summary>The recipient's file reference, when known. Since 1.2.</summary>
    public string? YourReference { get; init; }

    /// <summary>The named person handling the message on the sender's side (EIO annex A section K, annex B section B). Since 1.2.</summary>
    public ContactPoint? Contact { get; init; }

    /// <summary>How the message must be handled: confidentiality level including covert, need to know (EIO art. 19). Since 1.2.</summary>
    public HandlingMarking? Handling { get; init; }
}
