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
    /// Answers or follows up <paramref name="previous"/> in its conversation (specification §5.4): same version and
    /// conversation, <c>inReplyTo</c> its message id, addressed to its sender, <c>yourReference</c> its
    /// <c>ourReference</c>; a new message id and creation instant; the message type is the body's.
    /// </summary>
    /// <param name="previous">The message answered (a request, or any earlier message of the conversation).</param>
    /// <param name="body">The body of the reply.</param>
    /// <param name="from">The replying authority, with the role it plays (EXECUTING for an answer of the requested side).</param>
    /// <param name="language">The language the reply is written in.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <returns>The reply.</returns>
    public static MlatMessage ReplyTo(MlatMessage previous, MessageBody body, Party from, LanguageCode language, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(from);
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
                Sender = from,
                Recipient = previous.Header.Sender,
                Language = language,
                YourReference = previous.Header.OurReference,
            },
            Body = body,
        };
    }

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
