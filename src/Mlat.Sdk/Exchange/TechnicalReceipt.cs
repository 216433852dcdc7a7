using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Exchange;

/// <summary>
/// What a receiving node attests when it accepts a message (specification §15.4): who received what from whom, when,
/// and the SHA-256 of the signed envelope's bytes. Technical only: it says the bytes arrived and passed the receive
/// pipeline, not that any legal step was taken (that is an AcknowledgementOfReceipt).
/// </summary>
public sealed record TechnicalReceipt
{
    /// <summary>The receipt's own id.</summary>
    public required Guid ReceiptId { get; init; }

    /// <summary>The receiving authority's id: signature 0 of the receipt must be its.</summary>
    public required string Receiver { get; init; }

    /// <summary>The sender's authority id (<c>header.sender.authorityId</c>, verified).</summary>
    public required string Sender { get; init; }

    /// <summary>The received message's id.</summary>
    public required Guid MessageId { get; init; }

    /// <summary>The received message's type.</summary>
    public required MessageType MessageType { get; init; }

    /// <summary>The received message's version.</summary>
    public required MlatVersion Version { get; init; }

    /// <summary>When the message was accepted (whole seconds, UTC).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The unpadded base64url SHA-256 of the signed envelope's bytes (after decryption when sent as a JWE).</summary>
    public required string Digest { get; init; }

    /// <summary>The digest the receipt uses for an envelope: unpadded base64url of its SHA-256.</summary>
    /// <param name="signedEnvelope">The signed envelope's bytes.</param>
    /// <returns>The digest.</returns>
    public static string DigestOf(ReadOnlyMemory<byte> signedEnvelope) => Base64UrlStrict.Encode(SHA256.HashData(signedEnvelope.Span));
}

/// <summary>The outcome of <see cref="TechnicalReceipts.Verify"/>.</summary>
public sealed class ReceiptVerificationResult : IMlatResult
{
    internal ReceiptVerificationResult(TechnicalReceipt? receipt, IReadOnlyList<Finding> findings)
    {
        Findings = findings;
        Receipt = IsSuccess ? receipt : null;
    }

    /// <summary>True when the signature verified and the receipt attests exactly the expected message.</summary>
    public bool IsSuccess => !Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>The receipt; null unless verified.</summary>
    public TechnicalReceipt? Receipt { get; }

    /// <summary>Signature findings (<c>MLAT-SIG-*</c>, <c>MLAT-TRUST-*</c>) and <c>MLAT-EXCH-RECEIPT-*</c>.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Returns the verified receipt or throws <see cref="MlatException"/> carrying the findings.</summary>
    /// <exception cref="MlatException">The receipt did not verify.</exception>
    public TechnicalReceipt ReceiptOrThrow() => MlatException.Unless(this, Receipt);
}

/// <summary>
/// Writes, signs and verifies technical receipts (specification §15.4). A receipt is a JSON object signed like a
/// capabilities document (specification §10.3): signature 0 by <c>party.authorityId</c>, the receiving authority;
/// <c>iat</c> fits <c>issuedAt</c>.
/// </summary>
public static class TechnicalReceipts
{
    /// <summary>The receipt format's identifier, the value of its <c>receipt</c> member.</summary>
    public const string Format = "mlat-technical-receipt/1.0";

    /// <summary>The media type of a receipt on the wire.</summary>
    public const string MediaType = "application/vnd.mlat-receipt+json";

    private static readonly ReaderLimits Limits = ReaderLimits.Default with { MaxBytes = 64 * 1024, MaxDepth = 8 };

    /// <summary>Writes the receipt and signs it.</summary>
    /// <param name="receipt">What to attest.</param>
    /// <param name="signer">The signer (its clock gives <c>iat</c>).</param>
    /// <param name="key">The receiving authority's key; its certificate must name <see cref="TechnicalReceipt.Receiver"/>.</param>
    /// <returns>The signed receipt's UTF-8 JSON.</returns>
    /// <exception cref="InvalidOperationException">The signer refused the SDK's own output (a defect).</exception>
    public static byte[] Sign(TechnicalReceipt receipt, EnvelopeSigner signer, SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(key);
        var output = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteString("receipt", Format);
            writer.WriteString("receiptId", receipt.ReceiptId.ToString("D"));
            writer.WriteStartObject("party");
            writer.WriteString("authorityId", receipt.Receiver);
            writer.WriteEndObject();
            writer.WriteString("issuedAt", Timestamp(receipt.ReceivedAt));
            writer.WriteStartObject("received");
            writer.WriteString("sender", receipt.Sender);
            writer.WriteString("messageId", receipt.MessageId.ToString("D"));
            writer.WriteString("messageType", MlatJson.WireName(receipt.MessageType));
            writer.WriteString("version", receipt.Version.ToString());
            writer.WriteStartObject("digest");
            writer.WriteString("alg", "S256");
            writer.WriteString("value", receipt.Digest);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        var signed = signer.SignCapabilities(output.WrittenMemory, key, indented: false);
        return signed.Envelope ?? throw new InvalidOperationException("The receipt could not be signed: " + string.Join(",", signed.Findings.Select(f => f.Code)));
    }

    /// <summary>
    /// Verifies a receipt: its signature (chain to the trust list, signature 0 by <c>party.authorityId</c>), that the
    /// receiver is <paramref name="expectedReceiver"/>, and that it attests exactly <paramref name="signedEnvelope"/>.
    /// </summary>
    /// <param name="receipt">The receipt's bytes as received.</param>
    /// <param name="verifier">Verifies the signature.</param>
    /// <param name="expectedReceiver">The authority the message was sent to.</param>
    /// <param name="signedEnvelope">The signed envelope that was sent (its digest must be the receipt's).</param>
    /// <returns>The result; never throws for bad input.</returns>
    public static ReceiptVerificationResult Verify(ReadOnlyMemory<byte> receipt, CapabilitiesSignatureVerifier verifier, string expectedReceiver, ReadOnlyMemory<byte> signedEnvelope)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        ArgumentNullException.ThrowIfNull(expectedReceiver);
        if (receipt.Length > Limits.MaxBytes)
        {
            return Invalid(string.Empty, "The receipt exceeds 64 KiB.");
        }

        var signature = verifier.VerifyDocument(receipt);
        if (!signature.IsSuccess)
        {
            return new ReceiptVerificationResult(null, signature.Findings);
        }

        var read = Read(receipt);
        if (read is null)
        {
            return Invalid(string.Empty, "The receipt does not have the members of specification §15.4.");
        }

        if (!string.Equals(read.Receiver, expectedReceiver, StringComparison.Ordinal))
        {
            return Mismatch("/party/authorityId", "The receipt is not by the authority the message was sent to.");
        }

        if (!CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(read.Digest), System.Text.Encoding.ASCII.GetBytes(TechnicalReceipt.DigestOf(signedEnvelope))))
        {
            return Mismatch("/received/digest/value", "The receipt attests other bytes than the envelope that was sent.");
        }

        return new ReceiptVerificationResult(read, []);
    }

    /// <summary>Reads a receipt's members without checking its signature (for stores and listings).</summary>
    /// <param name="receipt">The receipt's bytes.</param>
    /// <returns>The receipt, or null when it lacks a member of specification §15.4.</returns>
    public static TechnicalReceipt? Read(ReadOnlyMemory<byte> receipt)
    {
        using var document = StrictJsonReader.Parse(receipt, Limits, out _);
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var root = document.RootElement;
        if (String(root, "receipt") != Format || !Guid.TryParseExact(String(root, "receiptId"), "D", out var receiptId)
            || !root.TryGetProperty("party", out var party) || String(party, "authorityId") is not { } receiver
            || !DateTimeOffset.TryParseExact(String(root, "issuedAt"), "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var issuedAt)
            || !root.TryGetProperty("received", out var received) || received.ValueKind != JsonValueKind.Object
            || String(received, "sender") is not { } sender || !Guid.TryParseExact(String(received, "messageId"), "D", out var messageId)
            || !MlatJson.TryParseWireName<MessageType>(String(received, "messageType"), out var type)
            || !MlatVersion.TryParse(String(received, "version"), out var version)
            || !received.TryGetProperty("digest", out var digest) || String(digest, "alg") != "S256" || String(digest, "value") is not { } value)
        {
            return null;
        }

        return new TechnicalReceipt
        {
            ReceiptId = receiptId,
            Receiver = receiver,
            Sender = sender,
            MessageId = messageId,
            MessageType = type,
            Version = version,
            ReceivedAt = issuedAt,
            Digest = value,
        };
    }

    private static string? String(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static ReceiptVerificationResult Invalid(string pointer, string message) => new(null, [Finding.Error(FindingCodes.ExchangeReceiptInvalid, pointer, message)]);

    private static ReceiptVerificationResult Mismatch(string pointer, string message) => new(null, [Finding.Error(FindingCodes.ExchangeReceiptMismatch, pointer, message)]);
}
