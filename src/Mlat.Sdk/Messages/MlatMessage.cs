using System.Text.Json;

namespace Mlat.Sdk.Messages;

/// <summary>A message of the standard: the envelope with its header, typed body, extensions and signatures (specification §2.1).</summary>
public sealed record MlatMessage
{
    /// <summary>
    /// Starts a conversation: a new message (a request, an order) whose header is filled from the body and the parties
    /// (specification §5.4): the message type is the body's, a new time-ordered message id (UUID v7) that is also the
    /// conversation id, the creation instant from <paramref name="timeProvider"/>, the latest version unless one is given.
    /// </summary>
    /// <param name="body">The body; it gives the message type.</param>
    /// <param name="from">The sending authority, with the role it plays.</param>
    /// <param name="to">The one recipient.</param>
    /// <param name="language">The language the message is written in.</param>
    /// <param name="version">The version to write; <see cref="MlatVersion.Latest"/> when null.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <returns>The message, ready to validate (<c>MlatValidator.Validate(MlatMessage)</c>) and sign.</returns>
    public static MlatMessage Create(MessageBody body, Party from, Party to, LanguageCode language, MlatVersion? version = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var now = (timeProvider ?? TimeProvider.System).GetUtcNow();
        var id = Guid.CreateVersion7(now);
        return new MlatMessage
        {
            Header = new MessageHeader
            {
                Version = version ?? MlatVersion.Latest,
                MessageType = body.MessageType,
                MessageId = id,
                ConversationId = id,
                CreatedAt = now,
                Sender = from,
                Recipient = to,
                Language = language,
            },
            Body = body,
        };
    }

    /// <summary>
    /// Answers or follows up <paramref name="previous"/> in its conversation, addressed as specification §2.2 says by the
    /// side that sends the body's type (§2.3). An <b>answer</b> (a type of the other side, or one either side sends) is
    /// sent by <paramref name="previous"/>'s recipient in the role that message gave it, to its sender in the role it
    /// sent in, with <c>yourReference</c> its <c>ourReference</c>. A <b>follow-up</b> (a type of the same side, as a
    /// <c>WithdrawalNotice</c> after one's own request) keeps its sender, recipient and references. Either way: same
    /// version and conversation, <c>inReplyTo</c> its message id, a new message id and creation instant, the message
    /// type the body's.
    /// </summary>
    /// <param name="previous">The message answered or followed up.</param>
    /// <param name="body">The body of the reply.</param>
    /// <param name="language">The language the reply is written in.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="from">
    /// Null, as a rule: the sender follows from <paramref name="previous"/>. Set only when another authority than the one
    /// it was addressed to answers and names itself and the role it answers in (specification §2.2): a request passed on
    /// to the competent authority (a <c>ForwardingNotice</c>, EIO art. 7(6)) is answered by that authority as EXECUTING.
    /// </param>
    /// <returns>The reply.</returns>
    public static MlatMessage ReplyTo(MlatMessage previous, MessageBody body, LanguageCode language, TimeProvider? timeProvider = null, Party? from = null)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(body);
        var followUp = IsFollowUp(previous.Header.MessageType, body.MessageType);
        var now = (timeProvider ?? TimeProvider.System).GetUtcNow();
        return new MlatMessage
        {
            Header = new MessageHeader
            {
                Version = previous.Header.Version,
                MessageType = body.MessageType,
                MessageId = Guid.CreateVersion7(now),
                ConversationId = previous.Header.ConversationId,
                InReplyTo = previous.Header.MessageId,
                CreatedAt = now,
                Sender = from ?? (followUp ? previous.Header.Sender : previous.Header.Recipient),
                Recipient = followUp ? previous.Header.Recipient : previous.Header.Sender,
                Language = language,
                OurReference = followUp ? previous.Header.OurReference : null,
                YourReference = followUp ? previous.Header.YourReference : previous.Header.OurReference,
            },
            Body = body,
        };
    }

    // Specification §2.3, "sent by": two types of one side make a follow-up; a type either side sends is always an answer.
    private static bool IsFollowUp(MessageType previous, MessageType reply)
        => MessageSides.Of(previous.ToString()) is { } side && MessageSides.Of(reply.ToString()) == side;

    /// <summary>The header, read before the body.</summary>
    public required MessageHeader Header { get; init; }

    /// <summary>The typed body; its type matches <see cref="MessageHeader.MessageType"/>.</summary>
    public required MessageBody Body { get; init; }

    /// <summary>
    /// Extension data keyed by reverse-DNS extension id: the only must-ignore zone of the standard. A receiver that does
    /// not know an extension ignores it unless the header lists it in <see cref="MessageHeader.MustUnderstand"/>.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement>? Extensions { get; init; }

    /// <summary>JWS general-JSON signature objects (JAdES baseline-B shape); absent in an unsigned message.</summary>
    public IReadOnlyList<EnvelopeSignature>? Signatures { get; init; }
}

/// <summary>One RFC 7515 general-JSON signature object of an envelope.</summary>
public sealed record EnvelopeSignature
{
    /// <summary>BASE64URL of the UTF-8 protected header.</summary>
    public required string Protected { get; init; }

    /// <summary>BASE64URL of the signature value.</summary>
    public required string Signature { get; init; }
}
