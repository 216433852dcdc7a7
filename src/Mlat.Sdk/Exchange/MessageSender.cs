using System.Security.Cryptography.X509Certificates;
using System.Text;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Exchange;

/// <summary>The stages of <see cref="MessageSender.Prepare(ReadOnlyMemory{byte}, SendOptions)"/>, in the order they run.</summary>
public enum SendStage
{
    /// <summary>The version was negotiated with the peer's capabilities (specification §10.4).</summary>
    Negotiation,

    /// <summary>The message was converted to the negotiated version (specification §11).</summary>
    Conversion,

    /// <summary>The message was validated (in the request's context when given).</summary>
    Validation,

    /// <summary>The envelope was signed (skipped for an envelope that is already signed).</summary>
    Signing,

    /// <summary>The signed envelope was encrypted to the peer's certificate (skipped without one).</summary>
    Encryption,

    /// <summary>Every stage passed: <see cref="SendResult.Payload"/> is ready to submit.</summary>
    Ready,
}

/// <summary>How one message is prepared for a peer.</summary>
public sealed record SendOptions
{
    /// <summary>The sending authority's key; used only when the message is not signed yet.</summary>
    public SigningKey? SigningKey { get; init; }

    /// <summary>The role to sign in; null: the sender role its message type demands (ISSUING or EXECUTING), ISSUING for
    /// a type either side sends.</summary>
    public SignerRole? Role { get; init; }

    /// <summary>Attachments the signature covers (each by <c>cid:&lt;id&gt;</c> in <c>sigD</c>).</summary>
    public IReadOnlyList<EnvelopeAttachment> Attachments { get; init; } = [];

    /// <summary>The sender's own capabilities; with <see cref="PeerCapabilities"/>, the version is negotiated.</summary>
    public CapabilitiesDocument? LocalCapabilities { get; init; }

    /// <summary>The peer's capabilities (verified by the caller, for example with <c>CapabilitiesReader</c>).</summary>
    public CapabilitiesDocument? PeerCapabilities { get; init; }

    /// <summary>The peer's encryption certificate; the payload is a compact JWE to it when set.</summary>
    public X509Certificate2? RecipientCertificate { get; init; }

    /// <summary>The validated AssistanceRequest the message belongs to, for the business rules of a reply.</summary>
    public MlatMessage? Request { get; init; }
}

/// <summary>The outcome of <see cref="MessageSender.Prepare(ReadOnlyMemory{byte}, SendOptions)"/>.</summary>
public sealed class SendResult : IMlatResult
{
    internal SendResult(SendStage stage, IReadOnlyList<Finding> findings, MlatVersion? version, byte[]? envelope, byte[]? payload, string? mediaType)
    {
        Stage = stage;
        Findings = findings;
        Version = version;
        SignedEnvelope = stage == SendStage.Ready ? envelope : null;
        Payload = stage == SendStage.Ready ? payload : null;
        MediaType = stage == SendStage.Ready ? mediaType : null;
    }

    /// <summary>True when the payload is ready.</summary>
    public bool IsSuccess => Stage == SendStage.Ready;

    /// <summary>The stage that failed, or <see cref="SendStage.Ready"/>.</summary>
    public SendStage Stage { get; }

    /// <summary>Every finding (warnings of a ready message included).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The version the message is sent in, once known.</summary>
    public MlatVersion? Version { get; }

    /// <summary>The signed envelope (what the peer's receipt digests); null unless ready.</summary>
    public byte[]? SignedEnvelope { get; }

    /// <summary>The bytes to submit: the signed envelope, or its compact JWE; null unless ready.</summary>
    public byte[]? Payload { get; }

    /// <summary>The media type of <see cref="Payload"/>: the versioned <c>application/vnd.mlat+json</c> or
    /// <c>application/jose</c> (specification §15.3).</summary>
    public string? MediaType { get; }

    /// <summary>Returns the bytes to submit or throws <see cref="MlatException"/> carrying the findings.</summary>
    /// <exception cref="MlatException">The message is not ready to send.</exception>
    public byte[] PayloadOrThrow() => MlatException.Unless(this, Payload);
}

/// <summary>
/// The send pipeline of specification §15.1: negotiate the version with the peer's capabilities and convert to it,
/// validate, sign (unless already signed: an envelope with a parallel approval signature is sent as it is), encrypt
/// to the peer's certificate. Bad data gives findings; only misuse (no key for an unsigned message) throws. Thread-safe.
/// </summary>
public sealed class MessageSender
{
    /// <summary>The media type of a compact JWE (RFC 7515 §9.2.1 registration, used by RFC 7516).</summary>
    public const string JoseMediaType = "application/jose";

    private readonly MlatValidator _validator;
    private readonly EnvelopeSigner _signer;
    private readonly VersionNegotiator _negotiator;
    private readonly MlatConverter _converter;

    /// <summary>Creates a sender.</summary>
    /// <param name="validator">Validates each message before it is signed.</param>
    /// <param name="signer">Signs unsigned messages.</param>
    /// <param name="negotiator">Negotiates versions.</param>
    /// <param name="converter">Converts to the negotiated version.</param>
    public MessageSender(MlatValidator validator, EnvelopeSigner signer, VersionNegotiator negotiator, MlatConverter converter)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(negotiator);
        ArgumentNullException.ThrowIfNull(converter);
        _validator = validator;
        _signer = signer;
        _negotiator = negotiator;
        _converter = converter;
    }

    /// <summary>Prepares a typed message.</summary>
    /// <param name="message">The message.</param>
    /// <param name="options">Key, peer capabilities and certificate.</param>
    /// <returns>The payload to submit, or the findings of the stage that failed.</returns>
    public SendResult Prepare(MlatMessage message, SendOptions options)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Prepare(MlatJson.SerializeToUtf8Bytes(message), options);
    }

    /// <summary>Prepares a message's UTF-8 JSON, signed or not.</summary>
    /// <param name="message">The message or signed envelope.</param>
    /// <param name="options">Key, peer capabilities and certificate.</param>
    /// <returns>The payload to submit, or the findings of the stage that failed.</returns>
    /// <exception cref="ArgumentException">The message is unsigned and no signing key is given.</exception>
    public SendResult Prepare(ReadOnlyMemory<byte> message, SendOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var signed = IsSigned(message);
        var report = Validate(message, options);
        if (report.Version is not { } version || report.MessageType is null)
        {
            return new SendResult(SendStage.Validation, report.Findings, null, null, null, null);
        }

        var bytes = message;
        if (options.PeerCapabilities is not null && options.LocalCapabilities is not null)
        {
            var negotiation = _negotiator.Negotiate(new NegotiationRequest
            {
                Sender = options.LocalCapabilities,
                Receiver = options.PeerCapabilities,
                MessageType = report.MessageType.Value,
            });
            if (!negotiation.IsSuccess)
            {
                return new SendResult(SendStage.Negotiation, negotiation.Findings, version, null, null, null);
            }

            if (negotiation.Version! != version)
            {
                if (signed)
                {
                    // Converting would change the signed content (specification §11.5): the signer must re-sign.
                    return new SendResult(SendStage.Conversion, [Finding.Error(FindingCodes.ConversionLossy, "/header/version", "A signed envelope is not converted; sign it in the negotiated version.")], version, null, null, null);
                }

                var conversion = _converter.Convert(bytes, negotiation.Version!);
                if (!conversion.IsSuccess)
                {
                    return new SendResult(SendStage.Conversion, conversion.Findings, version, null, null, null);
                }

                version = negotiation.Version!;
                bytes = conversion.Output;
                report = Validate(bytes, options);
            }
        }

        if (!report.IsSuccess)
        {
            return new SendResult(SendStage.Validation, report.Findings, version, null, null, null);
        }

        byte[] envelope;
        if (signed)
        {
            envelope = bytes.ToArray();
        }
        else
        {
            var key = options.SigningKey ?? throw new ArgumentException("An unsigned message needs SendOptions.SigningKey.", nameof(options));
            var role = options.Role ?? SenderRoles.For(report.MessageType?.ToString()) ?? SignerRole.Issuing;
            var signing = _signer.Sign(bytes, key, role, options.Attachments, indented: false);
            if (!signing.IsSuccess)
            {
                return new SendResult(SendStage.Signing, signing.Findings, version, null, null, null);
            }

            envelope = signing.Envelope!;
        }

        if (options.RecipientCertificate is null)
        {
            return new SendResult(SendStage.Ready, report.Findings, version, envelope, envelope, MlatMediaType.Format(version));
        }

        var jwe = EnvelopeEncryptor.EncryptToCertificate(envelope, options.RecipientCertificate);
        return new SendResult(SendStage.Ready, report.Findings, version, envelope, Encoding.ASCII.GetBytes(jwe), JoseMediaType);
    }

    private ValidationReport Validate(ReadOnlyMemory<byte> message, SendOptions options)
        => options.Request is null ? _validator.Validate(message) : _validator.Validate(message, options.Request);

    private bool IsSigned(ReadOnlyMemory<byte> message)
    {
        using var read = StrictJsonReader.Read(message, _validator.Limits);
        return read.Document is { } document && document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
            && document.RootElement.TryGetProperty(EnvelopeContent.SignaturesMember, out _);
    }
}
