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
}
