using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Exchange;

/// <summary>The stages of <see cref="MessageReceiver.ReceiveAsync"/>, in the order they run (specification §15.1).</summary>
public enum ReceiveStage
{
    /// <summary>A compact JWE was decrypted (or could not be).</summary>
    Decryption,

    /// <summary>The plaintext was read strictly: limits, I-JSON, header version and message type.</summary>
    Reading,

    /// <summary>The signatures were verified against the trust list and the verification policy.</summary>
    Verification,

    /// <summary>The same read document was validated: schema, binding, business rules.</summary>
    Validation,

    /// <summary>Every stage passed: the message is accepted.</summary>
    Accepted,
}

/// <summary>
/// What the receive pipeline concluded about one submission: the stage it stopped at (<see cref="ReceiveStage.Accepted"/>
/// when it passed every stage), the verified signers, every finding, the typed message when accepted, and the
/// TechnicalRejection to answer with when refused. Findings carry codes and pointers only.
/// </summary>
public sealed class ReceiveResult : IMlatResult
{
    private readonly byte[]? _envelope;

    internal ReceiveResult(ReceiveStage stage, IReadOnlyList<Finding> findings, IReadOnlyList<VerifiedSignature> signers, MlatMessage? message, byte[]? envelope, MlatMessage? rejection, bool encrypted)
    {
        Stage = stage;
        Findings = findings;
        Signers = signers;
        Message = stage == ReceiveStage.Accepted ? message : null;
        _envelope = stage == ReceiveStage.Accepted ? envelope : null;
        Rejection = stage == ReceiveStage.Accepted ? null : rejection;
        WasEncrypted = encrypted;
    }

    /// <summary>True when every stage passed (<see cref="Stage"/> is <see cref="ReceiveStage.Accepted"/>).</summary>
    public bool IsSuccess => Stage == ReceiveStage.Accepted;

    /// <summary>The stage the pipeline stopped at; <see cref="ReceiveStage.Accepted"/> when none failed.</summary>
    public ReceiveStage Stage { get; }

    /// <summary>Every finding of every stage that ran (warnings of an accepted message included), in stage order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The signatures that verified (may be non-empty for a refused message whose policy check failed).</summary>
    public IReadOnlyList<VerifiedSignature> Signers { get; }

    /// <summary>The typed message; null unless accepted.</summary>
    public MlatMessage? Message { get; }

    /// <summary>The signed envelope's UTF-8 bytes as received (after decryption); null unless accepted.</summary>
    public ReadOnlyMemory<byte>? Envelope => _envelope is null ? default(ReadOnlyMemory<byte>?) : new ReadOnlyMemory<byte>(_envelope);

    /// <summary>
    /// The TechnicalRejection (specification §5.8) to send back, addressed to the header's sender when it can be read,
    /// otherwise to <see cref="ReceiveContext.Peer"/>; null when accepted, or when neither is known. Unsigned: the
    /// receiving authority signs it with its own key.
    /// </summary>
    public MlatMessage? Rejection { get; }

    /// <summary>True when the submission was a compact JWE.</summary>
    public bool WasEncrypted { get; }

    /// <summary>Returns the accepted message or throws <see cref="MlatException"/> carrying the findings.</summary>
    /// <exception cref="MlatException">The message was refused.</exception>
    public MlatMessage MessageOrThrow() => MlatException.Unless(this, Message);
}
