using System.Text.Json;

namespace Mlat.Sdk.Messages;

/// <summary>A message of the standard: the envelope with its header, typed body, extensions and signatures (specification §2.1).</summary>
public sealed record MlatMessage
{
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
