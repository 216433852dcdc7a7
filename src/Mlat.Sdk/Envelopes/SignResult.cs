
namespace Mlat.Sdk.Envelopes;

/// <summary>The outcome of <see cref="EnvelopeSigner.Sign"/>: the signed envelope, or the findings that prevented signing.</summary>
public sealed class SignResult : IMlatResult
{
    internal SignResult(byte[]? envelope, IReadOnlyList<Finding> findings)
    {
        Envelope = envelope;
        Findings = findings;
    }

    /// <summary>True when the envelope was signed.</summary>
    public bool IsSuccess => Envelope is not null;

    /// <summary>The UTF-8 JSON of the envelope with the new signature appended to <c>signatures</c>; null on failure.</summary>
    public byte[]? Envelope { get; }

    /// <summary>Why the envelope could not be signed; empty on success.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Returns the signed envelope or throws <see cref="MlatException"/> carrying the findings.</summary>
    /// <exception cref="MlatException">The envelope could not be signed.</exception>
    public byte[] EnvelopeOrThrow() => MlatException.Unless(this, Envelope);
}
