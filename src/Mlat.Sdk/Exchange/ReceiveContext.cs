using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Exchange;

/// <summary>What the receiver knows about a submission besides its bytes.</summary>
public sealed record ReceiveContext
{
    /// <summary>No context: the message is checked on its own.</summary>
    public static ReceiveContext None { get; } = new();

    /// <summary>
    /// The validated request the message belongs to, when the receiver knows it (a reply, or a follow-up of the
    /// requesting side): the business rules then run in the request's context (specification §13.3), exactly as
    /// <c>MlatValidator.Validate(bytes, request)</c> runs them (a context that is not a request is a finding).
    /// </summary>
    public MlatMessage? Request { get; init; }

    /// <summary>
    /// The peer known from the transport (for example the client certificate's authority), addressed by the
    /// TechnicalRejection when the submission's own header cannot be read (an undecryptable JWE, unreadable JSON).
    /// </summary>
    public Party? Peer { get; init; }

    /// <summary>
    /// Where the attachments of the message were uploaded (the HTTP binding, specification §15.7). When set and no
    /// attachments are handed to <see cref="MessageReceiver.ReceiveAsync"/>, every attachment a signature's <c>sigD</c>
    /// names (<c>cid:&lt;id&gt;</c>) must be held complete there under the digest its <c>AttachmentRef</c> gives
    /// (<c>MLAT-EXCH-ATTACHMENT-MISSING</c> at the manifest entry otherwise), and each is handed to the verifier, which
    /// checks it against the <c>sigD</c> digest before anything is accepted.
    /// </summary>
    public IAttachmentStore? AttachmentStore { get; init; }
}
