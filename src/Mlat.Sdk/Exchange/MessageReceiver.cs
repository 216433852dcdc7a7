using System.Text;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Exchange;

/// <summary>
/// The receive pipeline of specification §15.1: decrypt a compact JWE, read the plaintext once with the strict reader,
/// verify the signatures on that read document, validate the same document (schema, binding, business rules — in the
/// request's context when <see cref="ReceiveContext.Request"/> is given), and answer with one <see cref="ReceiveResult"/>
/// holding the stage reached, the signers, the findings, the typed message, and a TechnicalRejection when it fails.
/// Bad input never throws. Thread-safe; transport-independent (the HTTP binding is Mlat.Sdk.AspNetCore).
/// </summary>
public sealed class MessageReceiver
{
    private readonly EnvelopeVerifier _verifier;
    private readonly MlatValidator _validator;
    private readonly MessageReceiverOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates a receiver.</summary>
    /// <param name="verifier">Verifies signatures (its trust list and policy decide who may send).</param>
    /// <param name="validator">Validates the verified document; its reader limits bound the single strict read.</param>
    /// <param name="options">The receiving authority and the decryption key.</param>
    /// <param name="timeProvider">The clock of the TechnicalRejections; <see cref="TimeProvider.System"/> when null.</param>
    public MessageReceiver(EnvelopeVerifier verifier, MlatValidator validator, MessageReceiverOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Authority);
        _verifier = verifier;
        _validator = validator;
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Runs the pipeline on one submission.</summary>
    /// <param name="submission">The bytes received: a signed envelope (UTF-8 JSON) or a compact JWE of one.</param>
    /// <param name="attachments">The attachments received with it, by id; each must be covered by a signature's <c>sigD</c>.</param>
    /// <param name="context">The request the message belongs to and the transport peer, when known.</param>
    /// <param name="cancellationToken">Checked between stages.</param>
    /// <returns>The result; never throws for bad input.</returns>
    public async Task<ReceiveResult> ReceiveAsync(ReadOnlyMemory<byte> submission, IEnumerable<EnvelopeAttachment>? attachments = null, ReceiveContext? context = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        context ??= ReceiveContext.None;
        var handed = attachments?.ToList();
        var encrypted = LooksLikeCompactJwe(submission.Span);
        var plaintext = submission;
        if (encrypted)
        {
            var decryption = Decrypt(submission);
            if (!decryption.IsSuccess)
            {
                return Refuse(ReceiveStage.Decryption, decryption.Findings, [], submission, null, null, context, encrypted);
            }

            plaintext = decryption.Plaintext!.Value;
            cancellationToken.ThrowIfCancellationRequested();
        }

        // One strict read: the verifier checks the signatures over this document and the validator binds the same one,
        // so no two components can read the message differently (specification §16, "One reading").
        var read = StrictJsonReader.Read(plaintext, _validator.Limits);
        var owned = true;
        try
        {
            if (!read.IsSuccess)
            {
                return Refuse(ReceiveStage.Reading, read.Findings, [], plaintext, read.Version, read.MessageType, context, encrypted);
            }

            if (handed is null && context.AttachmentStore is { } store)
            {
                // The signatures name the attachments that travel with the message (specification §7.5, §15.7); the
                // manifest gives their digests, under which they were uploaded. The verifier then checks each against
                // its sigD digest, so unsigned or altered bytes are never accepted.
                var (fromStore, missing) = await FromStoreAsync(store, _verifier.AttachmentIdsNamed(read), read.Document!.RootElement, cancellationToken).ConfigureAwait(false);
                if (missing.Count > 0)
                {
                    return Refuse(ReceiveStage.Verification, missing, [], plaintext, read.Version, read.MessageType, context, encrypted);
                }

                handed = fromStore;
            }

            var verification = _verifier.VerifyRead(read, plaintext, handed, SignedDocumentKind.Envelope);
            if (!verification.IsSuccess)
            {
                return Refuse(ReceiveStage.Verification, verification.Findings, verification.Signatures, plaintext, read.Version, read.MessageType, context, encrypted);
            }

            cancellationToken.ThrowIfCancellationRequested();
            owned = false; // the validator disposes the read
            var report = _validator.Validate(read, context.Request);
            var findings = verification.Findings.Concat(report.Findings).ToArray();
            if (!report.IsSuccess)
            {
                return Refuse(ReceiveStage.Validation, findings, verification.Signatures, plaintext, report.Version?.ToString(), report.MessageType?.ToString(), context, encrypted);
            }

            return new ReceiveResult(ReceiveStage.Accepted, findings, verification.Signatures, report.Message, verification.Envelope!.Value.ToArray(), null, encrypted);
        }
        finally
        {
            if (owned)
            {
                read.Dispose();
            }
        }
    }

    private static async Task<(List<EnvelopeAttachment> Attachments, List<Finding> Missing)> FromStoreAsync(IAttachmentStore store, HashSet<string> named, System.Text.Json.JsonElement root, CancellationToken cancellationToken)
    {
        var attachments = new List<EnvelopeAttachment>();
        var missing = new List<Finding>();
        if (named.Count == 0)
        {
            return (attachments, missing);
        }

        // A named id the manifest does not list is not handed: the verifier reports it (MLAT-SIG-ATTACHMENT-MISSING).
        foreach (var entry in Attachments.Manifest(root).Where(e => named.Contains(e.Id)).DistinctBy(e => e.Id))
        {
            var held = Attachments.IsDigest(entry.Sha256) ? await store.GetAttachmentAsync(entry.Sha256, cancellationToken).ConfigureAwait(false) : null;
            if (held is not { IsComplete: true })
            {
                missing.Add(Finding.Error(FindingCodes.ExchangeAttachmentMissing, entry.Pointer, "An attachment of the manifest was not uploaded completely."));
                continue;
            }

            attachments.Add(Attachments.FromStore(store, entry.Id, entry.Sha256));
        }

        return (attachments, missing);
    }

    private DecryptionResult Decrypt(ReadOnlyMemory<byte> submission)
    {
        if (_options.Decryptor is null)
        {
            // No key: the same single code as any other decryption failure (specification §9.3: no oracle).
            return new DecryptionResult(null, [Finding.Error(FindingCodes.EncDecryptionFailed, string.Empty, "This receiver holds no decryption key.")], null, null);
        }

        return _options.Decryptor.Decrypt(submission);
    }

    private ReceiveResult Refuse(ReceiveStage stage, IReadOnlyList<Finding> findings, IReadOnlyList<VerifiedSignature> signers, ReadOnlyMemory<byte> received, string? version, string? messageType, ReceiveContext context, bool encrypted)
    {
        var type = Enum.TryParse<MessageType>(messageType, ignoreCase: false, out var t) && Enum.IsDefined(t) ? t : (MessageType?)null;
        var report = new ValidationReport(version, type, findings, null);
        MlatMessage? rejection;
        try
        {
            rejection = TechnicalRejections.Create(report, stage == ReceiveStage.Decryption ? ReadOnlyMemory<byte>.Empty : received, _options.Authority, NewId(), context.Peer, _time);
        }
        catch (ArgumentException)
        {
            // Neither the received header's sender nor the transport peer is a usable addressee: nobody to answer.
            rejection = null;
        }

        return new ReceiveResult(stage, findings, signers, null, null, rejection, encrypted);
    }

    private Guid NewId() => _options.NewMessageId?.Invoke() ?? Guid.CreateVersion7(_time.GetUtcNow());

    /// <summary>
    /// A compact JWE (RFC 7516 §7.1) is five base64url parts joined by four dots; a JSON envelope starts with <c>{</c>
    /// (after optional whitespace). Anything else is read as JSON so that it gets the strict reader's findings.
    /// </summary>
    internal static bool LooksLikeCompactJwe(ReadOnlySpan<byte> bytes)
    {
        var dots = 0;
        foreach (var b in bytes)
        {
            if (b == (byte)'.')
            {
                dots++;
            }
            else if (!(b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_'))
            {
                return false;
            }
        }

        return dots == 4;
    }
}
