using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mlat.Sdk.DependencyInjection;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.AspNetCore;

/// <summary>
/// Serves the two endpoints of specification §15.2. Every answer carries codes and pointers only: nothing of a
/// submission's content reaches a response, a problem document or a log entry.
/// </summary>
internal sealed partial class MlatNodeHandler
{
    private const string ProblemMediaType = "application/problem+json";

    private readonly MessageReceiver _receiver;
    private readonly IInboxStore _inbox;
    private readonly EnvelopeSigner _signer;
    private readonly MlatNodeOptions _options;
    private readonly SigningKey _key;
    private readonly string _authorityId;
    private readonly TimeProvider _time;
    private readonly ILogger<MlatNodeHandler> _logger;
    private readonly string? _capabilitiesTag;
    private readonly SubmissionCache? _cache;
    private readonly IAttachmentStore? _attachments;
    private readonly TlsPeerAuthenticator? _peers;

    public MlatNodeHandler(MessageReceiver receiver, IInboxStore inbox, EnvelopeSigner signer, IOptions<MlatNodeOptions> options, IOptions<MlatSdkOptions> sdk, TimeProvider time, ILogger<MlatNodeHandler> logger, IServiceProvider services)
    {
        _receiver = receiver;
        _inbox = inbox;
        _signer = signer;
        _options = options.Value;
        _key = _options.SigningKey ?? throw new InvalidOperationException("The Mlat node needs MlatNodeOptions.SigningKey: set it in AddMlatNode(options => options.SigningKey = ...).");
        _authorityId = sdk.Value.Authority?.AuthorityId ?? throw new InvalidOperationException("The Mlat node needs MlatSdkOptions.Authority.");
        _time = time;
        _logger = logger;
        if (_options.UseDistributedCache)
        {
            _cache = new SubmissionCache(
                services.GetService<IDistributedCache>() ?? throw new InvalidOperationException("MlatNodeOptions.UseDistributedCache needs an IDistributedCache in the container (for example AddStackExchangeRedisCache)."),
                _options);
        }

        _attachments = services.GetService<IAttachmentStore>();
        if (_options.RequireClientCertificate)
        {
            var trust = sdk.Value.TrustList ?? throw new InvalidOperationException("MlatNodeOptions.RequireClientCertificate needs MlatSdkOptions.TrustList.");
            _peers = new TlsPeerAuthenticator(trust, sdk.Value.VerificationPolicy?.Revocation, time);
        }

        if (_options.SignedCapabilities is { } capabilities)
        {
            _capabilitiesTag = "\"" + TechnicalReceipt.DigestOf(capabilities) + "\"";
        }
    }

    public async Task CapabilitiesAsync(HttpContext http)
    {
        if (_options.SignedCapabilities is not { } capabilities)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // Cacheable by its own max-age; the ETag is the document's digest, so a new document is a new tag.
        http.Response.Headers.CacheControl = "public, max-age=" + ((long)_options.CapabilitiesMaxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.ETag = _capabilitiesTag;
        if (http.Request.Headers.IfNoneMatch.Contains(_capabilitiesTag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(capabilities, http.RequestAborted).ConfigureAwait(false);
    }

    public async Task SubmitAsync(HttpContext http)
    {
        if (await PeerAsync(http).ConfigureAwait(false) is not { } peer)
        {
            return;
        }

        var cancellationToken = http.RequestAborted;
        var contentType = http.Request.ContentType;
        MlatVersion? declared = null;
        var jose = string.Equals(contentType?.Split(';')[0].Trim(), MessageSender.JoseMediaType, StringComparison.OrdinalIgnoreCase);
        if (!jose && !(MlatMediaType.TryParse(contentType, out declared) && declared is { IsSupported: true }))
        {
            Log.Refused(_logger, StatusCodes.Status415UnsupportedMediaType, FindingCodes.ExchangeMediaType);
            await ProblemAsync(http, StatusCodes.Status415UnsupportedMediaType, "media-type", "The media type is not a supported versioned application/vnd.mlat+json or application/jose.", [Finding.Error(FindingCodes.ExchangeMediaType, string.Empty, string.Empty)], null).ConfigureAwait(false);
            return;
        }

        var body = await ReadBodyAsync(http, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            Log.Refused(_logger, StatusCodes.Status413PayloadTooLarge, FindingCodes.JsonTooLarge);
            await ProblemAsync(http, StatusCodes.Status413PayloadTooLarge, "too-large", "The submission exceeds the node's size limit.", [Finding.Error(FindingCodes.JsonTooLarge, string.Empty, string.Empty)], null).ConfigureAwait(false);
            return;
        }

        string? cacheKey = null;
        if (_cache is not null)
        {
            cacheKey = SubmissionCache.Key(_authorityId, contentType, body);
            byte[]? cached;
            try
            {
                cached = await _cache.ReceiptOrClaimAsync(cacheKey, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The cache is part of the node's store: without it the node cannot tell a repeat from a new submission
                // cheaply, so it refuses for now and nothing is stored; the sender retries the same bytes.
                await UnavailableAsync(http, ex).ConfigureAwait(false);
                return;
            }

            if (cached is not null)
            {
                Log.Answered(_logger, StatusCodes.Status200OK);
                await ReceiptAsync(http, StatusCodes.Status200OK, cached).ConfigureAwait(false);
                return;
            }
        }

        var added = await AcceptAsync(http, body, declared, peer, cancellationToken).ConfigureAwait(false);
        if (cacheKey is not null)
        {
            // Typed: a bare null here would convert to an empty ReadOnlyMemory (through byte[]) and be cached as a receipt.
            await UpdateCacheAsync(cacheKey, added is { IsSuccess: true } ? (ReadOnlyMemory<byte>?)added.Receipt : null).ConfigureAwait(false);
        }

        switch (added?.Outcome)
        {
            case null:
                return; // refused or store unavailable: answered already
            case InboxAddOutcome.Conflict:
                Log.Refused(_logger, StatusCodes.Status409Conflict, FindingCodes.ExchangeConflict);
                await ProblemAsync(http, StatusCodes.Status409Conflict, "conflict", "Other bytes were already accepted under this sender's messageId.", [Finding.Error(FindingCodes.ExchangeConflict, "/header/messageId", string.Empty)], null).ConfigureAwait(false);
                return;
            case InboxAddOutcome.Duplicate:
                Log.Answered(_logger, StatusCodes.Status200OK);
                await ReceiptAsync(http, StatusCodes.Status200OK, added.Receipt).ConfigureAwait(false);
                return;
            default:
                Log.Answered(_logger, StatusCodes.Status201Created);
                await ReceiptAsync(http, StatusCodes.Status201Created, added.Receipt).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>
    /// Runs the receive pipeline and the inbox insert. Answers a refusal (415, 422) or a store outage (503) itself and
    /// returns null; otherwise returns what the inbox did, for the caller to answer.
    /// </summary>
    private async Task<InboxAddResult?> AcceptAsync(HttpContext http, byte[] body, MlatVersion? declared, string peer, CancellationToken cancellationToken)
    {
        var context = _attachments is null ? ReceiveContext.None : new ReceiveContext { AttachmentStore = _attachments };
        var result = await _receiver.ReceiveAsync(body, null, context, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            if (_logger.IsEnabled(LogLevel.Information))
            {
#pragma warning disable CA1873 // IsEnabled is checked just above.
                Log.Refused(_logger, StatusCodes.Status422UnprocessableEntity, string.Join(",", result.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Code).Distinct()));
#pragma warning restore CA1873
            }

            var rejection = result.Rejection is null ? null : _signer.Sign(MlatJson.SerializeToUtf8Bytes(result.Rejection), _key, _options.RejectionRole, indented: false).Envelope;
            await ProblemAsync(http, StatusCodes.Status422UnprocessableEntity, "refused", "The message was refused; see the findings and the signed TechnicalRejection.", result.Findings, rejection, result.Stage).ConfigureAwait(false);
            return null;
        }

        var message = result.Message!;
        if (declared is not null && declared != message.Header.Version)
        {
            Log.Refused(_logger, StatusCodes.Status415UnsupportedMediaType, FindingCodes.ExchangeMediaType);
            await ProblemAsync(http, StatusCodes.Status415UnsupportedMediaType, "media-type", "The media type's version is not the message's version.", [Finding.Error(FindingCodes.ExchangeMediaType, "/header/version", string.Empty)], null).ConfigureAwait(false);
            return null;
        }

        var envelope = result.Envelope!.Value;
        var now = DateTimeOffset.FromUnixTimeSeconds(_time.GetUtcNow().ToUnixTimeSeconds());
        var sender = message.Header.Sender.AuthorityId;
        if (peer.Length > 0 && !string.Equals(peer, sender, StringComparison.Ordinal))
        {
            // Mutual TLS: the authenticated connection speaks for one authority, and only for its own messages.
            Log.Refused(_logger, StatusCodes.Status403Forbidden, FindingCodes.ExchangeClientCertificate);
            await ProblemAsync(http, StatusCodes.Status403Forbidden, "client-certificate", "The message's sender is not the authority the client certificate authenticates.", [Finding.Error(FindingCodes.ExchangeClientCertificate, "/header/sender/authorityId", string.Empty)], null).ConfigureAwait(false);
            return null;
        }

        var receipt = TechnicalReceipts.Sign(
            new TechnicalReceipt
            {
                ReceiptId = _options.NewId?.Invoke() ?? Guid.CreateVersion7(now),
                Receiver = _authorityId,
                Sender = sender,
                MessageId = message.Header.MessageId,
                MessageType = message.Header.MessageType,
                Version = message.Header.Version,
                ReceivedAt = now,
                Digest = TechnicalReceipt.DigestOf(envelope),
            },
            _signer,
            _key);

        try
        {
            return await _inbox.TryAddAsync(
                new InboxEntry
                {
                    Sender = sender,
                    MessageId = message.Header.MessageId,
                    MessageType = message.Header.MessageType,
                    Digest = TechnicalReceipt.DigestOf(envelope),
                    Envelope = envelope,
                    Receipt = receipt,
                    ReceivedAt = now,
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or IOException or TimeoutException)
        {
            // Nothing was stored: the sender retries the same bytes later and gets the one receipt (§15.5).
            await UnavailableAsync(http, ex).ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>
    /// <c>HEAD /mlat/attachments/{sha256}</c> (specification §15.7): 200 with <c>Upload-Offset</c>, <c>Upload-Length</c>
    /// and <c>Upload-Complete</c> when the node holds bytes under the digest, 404 otherwise.
    /// </summary>
    public async Task AttachmentStateAsync(HttpContext http, string sha256)
    {
        if (await PeerAsync(http).ConfigureAwait(false) is null)
        {
            return;
        }

        http.Response.Headers.CacheControl = "no-store";
        var state = _attachments is not null && Attachments.IsDigest(sha256)
            ? await _attachments.GetAttachmentAsync(sha256, http.RequestAborted).ConfigureAwait(false)
            : null;
        if (state is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        UploadHeaders(http, state);
    }

    /// <summary>
    /// <c>PUT /mlat/attachments/{sha256}</c> (specification §15.7): appends the body at <c>Upload-Offset</c> (0 when
    /// absent) of an attachment of <c>Upload-Length</c> bytes, streamed to the store in chunks; when the last byte
    /// arrives the whole is checked against the digest. 201 complete, 204 partial (resume at <c>Upload-Offset</c>), 200
    /// already complete; 409 offset or length mismatch, 413 too large, 422 digest mismatch.
    /// </summary>
    public async Task UploadAttachmentAsync(HttpContext http, string sha256)
    {
        if (await PeerAsync(http).ConfigureAwait(false) is null)
        {
            return;
        }

        var cancellationToken = http.RequestAborted;
        http.Response.Headers.CacheControl = "no-store";
        if (_attachments is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!Attachments.IsDigest(sha256))
        {
            await AttachmentProblemAsync(http, StatusCodes.Status422UnprocessableEntity, "attachment-digest", FindingCodes.ExchangeAttachmentDigest, "The path does not name a SHA-256 digest.").ConfigureAwait(false);
            return;
        }

        if (!TryHeader(http, "Upload-Length", out var length) || !TryHeader(http, "Upload-Offset", out var offset, optional: true) || offset > length)
        {
            await AttachmentProblemAsync(http, StatusCodes.Status400BadRequest, "attachment-offset", FindingCodes.ExchangeAttachmentOffset, "Upload-Length is required and Upload-Offset, when given, must not exceed it.").ConfigureAwait(false);
            return;
        }

        if (length > _options.MaxAttachmentBytes)
        {
            await AttachmentProblemAsync(http, StatusCodes.Status413PayloadTooLarge, "too-large", FindingCodes.ExchangeAttachmentTooLarge, "The attachment exceeds the node's size limit.").ConfigureAwait(false);
            return;
        }

        AttachmentUpload? state;
        try
        {
            state = await _attachments.GetAttachmentAsync(sha256, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or IOException or TimeoutException)
        {
            await UnavailableAsync(http, ex).ConfigureAwait(false);
            return;
        }

        if (state is { IsComplete: true } && state.Length == length)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            UploadHeaders(http, state);
            return;
        }

        if ((state?.Received ?? 0) != offset || (state is not null && state.Length != length))
        {
            state ??= new AttachmentUpload { Sha256 = sha256, Length = length, Received = 0, IsComplete = false };
            UploadHeaders(http, state);
            await AttachmentProblemAsync(http, StatusCodes.Status409Conflict, "attachment-offset", FindingCodes.ExchangeAttachmentOffset, "The upload does not continue what the node holds; resume at Upload-Offset.").ConfigureAwait(false);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = length - offset + 1;
        }

        BodyOutcome outcome;
        try
        {
            (outcome, state) = await AppendBodyAsync(http, sha256, length, offset, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or TimeoutException)
        {
            await UnavailableAsync(http, ex).ConfigureAwait(false);
            return;
        }

        switch (outcome)
        {
            case BodyOutcome.ClientGone:
                return; // what arrived is kept for the client to resume
            case BodyOutcome.Overrun:
                UploadHeaders(http, state);
                await AttachmentProblemAsync(http, StatusCodes.Status400BadRequest, "attachment-offset", FindingCodes.ExchangeAttachmentOffset, "The body runs past Upload-Length; resume at Upload-Offset.").ConfigureAwait(false);
                return;
            case BodyOutcome.Moved:
                UploadHeaders(http, state);
                await AttachmentProblemAsync(http, StatusCodes.Status409Conflict, "attachment-offset", FindingCodes.ExchangeAttachmentOffset, "Another upload moved the offset; resume at Upload-Offset.").ConfigureAwait(false);
                return;
        }

        if (state.Received < length)
        {
            Log.AttachmentPartial(_logger, state.Received, length);
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            UploadHeaders(http, state);
            return;
        }

        if (!await _attachments.CompleteCheckedAsync(sha256, CancellationToken.None).ConfigureAwait(false))
        {
            Log.Refused(_logger, StatusCodes.Status422UnprocessableEntity, FindingCodes.ExchangeAttachmentDigest);
            await AttachmentProblemAsync(http, StatusCodes.Status422UnprocessableEntity, "attachment-digest", FindingCodes.ExchangeAttachmentDigest, "The bytes do not have the digest they were uploaded under; nothing was kept.").ConfigureAwait(false);
            return;
        }

        Log.AttachmentStored(_logger, length);
        http.Response.StatusCode = StatusCodes.Status201Created;
        UploadHeaders(http, state with { IsComplete = true });
    }

    private enum BodyOutcome
    {
        Appended,
        ClientGone,
        Overrun,
        Moved,
    }

    /// <summary>
    /// Streams the body into the store in chunks of <see cref="MlatNodeOptions.AttachmentChunkBytes"/> and returns the
    /// state after the last append. When the client goes away, the whole chunks received so far stay, for it to resume;
    /// a body running past the declared length, or an offset moved by a concurrent upload, stops the appends.
    /// </summary>
    private async Task<(BodyOutcome Outcome, AttachmentUpload State)> AppendBodyAsync(HttpContext http, string sha256, long length, long offset, CancellationToken cancellationToken)
    {
        var size = _options.AttachmentChunkBytes;
        var chunk = ArrayPool<byte>.Shared.Rent(size);
        var filled = 0;
        var state = new AttachmentUpload { Sha256 = sha256, Length = length, Received = offset, IsComplete = false };
        try
        {
            while (true)
            {
                int read;
                try
                {
                    read = await http.Request.Body.ReadAsync(chunk.AsMemory(filled, size - filled), cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or OperationCanceledException or BadHttpRequestException)
                {
                    if (filled > 0 && state.Received + filled <= length)
                    {
                        await _attachments!.AppendAttachmentAsync(sha256, length, state.Received, chunk.AsMemory(0, filled), CancellationToken.None).ConfigureAwait(false);
                    }

                    return (BodyOutcome.ClientGone, state);
                }

                filled += read;
                if (state.Received + filled > length)
                {
                    return (BodyOutcome.Overrun, state);
                }

                if ((read == 0 || filled == size) && (filled > 0 || length == 0))
                {
                    var expected = state.Received + filled;
                    state = await _attachments!.AppendAttachmentAsync(sha256, length, state.Received, chunk.AsMemory(0, filled), cancellationToken).ConfigureAwait(false);
                    if (state.Received != expected)
                    {
                        return (BodyOutcome.Moved, state);
                    }

                    filled = 0;
                }

                if (read == 0)
                {
                    return (BodyOutcome.Appended, state);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static bool TryHeader(HttpContext http, string name, out long value, bool optional = false)
    {
        value = 0;
        var text = http.Request.Headers[name].ToString();
        if (text.Length == 0)
        {
            return optional;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static void UploadHeaders(HttpContext http, AttachmentUpload state)
    {
        http.Response.Headers["Upload-Offset"] = state.Received.ToString(CultureInfo.InvariantCulture);
        if (state.Length >= 0)
        {
            http.Response.Headers["Upload-Length"] = state.Length.ToString(CultureInfo.InvariantCulture);
        }

        http.Response.Headers["Upload-Complete"] = state.IsComplete ? "?1" : "?0";
    }

    private Task AttachmentProblemAsync(HttpContext http, int status, string kind, string code, string title)
    {
        Log.Refused(_logger, status, code);
        return ProblemAsync(http, status, kind, title, [Finding.Error(code, string.Empty, string.Empty)], null);
    }

    /// <summary>
    /// With <see cref="MlatNodeOptions.RequireClientCertificate"/>: the authority the connection's client certificate
    /// authenticates, or null after answering 403. Without it: the empty string (no peer known, nothing answered).
    /// </summary>
    private async Task<string?> PeerAsync(HttpContext http)
    {
        if (_peers is null)
        {
            return string.Empty;
        }

        var certificate = http.Connection.ClientCertificate ?? await http.Connection.GetClientCertificateAsync(http.RequestAborted).ConfigureAwait(false);
        if (certificate is not null && _peers.Authenticate(certificate) is { } authority)
        {
            return authority;
        }

        Log.Refused(_logger, StatusCodes.Status403Forbidden, FindingCodes.ExchangeClientCertificate);
        await ProblemAsync(http, StatusCodes.Status403Forbidden, "client-certificate", "This node requires a client certificate that its trust list authenticates.", [Finding.Error(FindingCodes.ExchangeClientCertificate, string.Empty, string.Empty)], null).ConfigureAwait(false);
        return null;
    }

    /// <summary>The answer of the per-sender rate limit: 429 with <c>Retry-After</c> and a coded problem document.</summary>
    internal static Task RateLimitedAsync(HttpContext http, TimeSpan retryAfter)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        Log.RateLimited(http.RequestServices.GetRequiredService<ILogger<MlatNodeHandler>>());
        return ProblemAsync(http, StatusCodes.Status429TooManyRequests, "rate-limited", "Too many requests from this sender; retry after Retry-After seconds.", [Finding.Error(FindingCodes.ExchangeRateLimited, string.Empty, string.Empty)], null);
    }

    private async Task UnavailableAsync(HttpContext http, Exception ex)
    {
        Log.StoreUnavailable(_logger, ex.GetType().Name);
        http.Response.Headers.RetryAfter = _options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await ProblemAsync(http, StatusCodes.Status503ServiceUnavailable, "unavailable", "The node's store is unavailable; retry the same bytes later.", [], null).ConfigureAwait(false);
    }

    /// <summary>
    /// Keeps the receipt of a submission the inbox holds, or lifts the in-flight mark of one it does not. Done before the
    /// answer is written, so an instance asked for the same bytes right after finds the receipt. A failure here loses
    /// only work saved later: the message is stored (or not) already, and the answer stands.
    /// </summary>
    private async Task UpdateCacheAsync(string key, ReadOnlyMemory<byte>? receipt)
    {
        try
        {
            if (receipt is { } r)
            {
                await _cache!.StoreAsync(key, r, CancellationToken.None).ConfigureAwait(false);
            }
            else
            {
                await _cache!.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.CacheNotUpdated(_logger, ex.GetType().Name);
        }
    }

    private async Task<byte[]?> ReadBodyAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var max = _options.MaxSubmissionBytes;
        if (http.Request.ContentLength > max)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max + 1;
        }

        // Read at most max + 1 bytes: a chunked body without a length is cut off as soon as it is too large.
        using var collected = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                collected.Write(buffer, 0, read);
                if (collected.Length > max)
                {
                    return null;
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return collected.ToArray();
    }

    private static async Task ReceiptAsync(HttpContext http, int status, ReadOnlyMemory<byte> receipt)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = TechnicalReceipts.MediaType;
        await http.Response.Body.WriteAsync(receipt, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// An RFC 9457 problem document: <c>type</c> names the kind, <c>code</c> and <c>pointer</c> the first error, and
    /// <c>findings</c> every finding as (code, pointer, severity) — never a finding's English text, which is written
    /// for the developer's log, nor any value of the submission.
    /// </summary>
    private static async Task ProblemAsync(HttpContext http, int status, string kind, string title, IReadOnlyList<Finding> findings, byte[]? rejection, ReceiveStage? stage = null)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = ProblemMediaType;
        var output = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "urn:mlat:problem:" + kind);
            writer.WriteString("title", title);
            writer.WriteNumber("status", status);
            var first = findings.FirstOrDefault(f => f.Severity == FindingSeverity.Error);
            if (first is not null)
            {
                writer.WriteString("code", first.Code);
                writer.WriteString("pointer", first.Pointer);
            }

            if (stage is { } s)
            {
                writer.WriteString("stage", s.ToString());
            }

            writer.WriteStartArray("findings");
            foreach (var finding in findings)
            {
                writer.WriteStartObject();
                writer.WriteString("code", finding.Code);
                writer.WriteString("pointer", finding.Pointer);
                writer.WriteString("severity", finding.Severity == FindingSeverity.Error ? "ERROR" : "WARNING");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (rejection is not null)
            {
                writer.WritePropertyName("rejection");
                writer.WriteRawValue(rejection, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        await http.Response.Body.WriteAsync(output.WrittenMemory, http.RequestAborted).ConfigureAwait(false);
    }

    // docs/logging.md: accepted at Information, refused at Warning, the node's own failure at Error.
    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Mlat submission answered {Status} with {Codes}")]
        public static partial void Refused(ILogger logger, int status, string codes);

        [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Mlat submission answered {Status} with a receipt")]
        public static partial void Answered(ILogger logger, int status);

        [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Mlat store unavailable ({ExceptionType}); answered 503")]
        public static partial void StoreUnavailable(ILogger logger, string exceptionType);

        [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Mlat attachment stored complete ({Length} bytes, digest checked)")]
        public static partial void AttachmentStored(ILogger logger, long length);

        [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Mlat attachment upload holds {Received} of {Length} bytes")]
        public static partial void AttachmentPartial(ILogger logger, long received, long length);

        [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Mlat request answered 429 (per-sender rate limit)")]
        public static partial void RateLimited(ILogger logger);

        [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Mlat submission cache not updated ({ExceptionType}); the answer stands")]
        public static partial void CacheNotUpdated(ILogger logger, string exceptionType);
    }
}
