using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Exchange;

/// <summary>Settings of a <see cref="MessageReceiver"/>.</summary>
public sealed record MessageReceiverOptions
{
    /// <summary>The receiving authority: the sender of the TechnicalRejections the receiver builds.</summary>
    public required Party Authority { get; init; }

    /// <summary>
    /// Decrypts compact JWE submissions (specification §9); null when the receiver accepts only plaintext envelopes, in
    /// which case a JWE is refused with <c>MLAT-ENC-DECRYPTION-FAILED</c>. The caller owns and disposes it.
    /// </summary>
    public EnvelopeDecryptor? Decryptor { get; init; }

    /// <summary>Makes the messageId of each TechnicalRejection; a UUIDv7 at the current time when null.</summary>
    public Func<Guid>? NewMessageId { get; init; }
}
