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

        var added = await AcceptAsync(http, body, declared, cancellationToken).ConfigureAwait(false);
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
    private async Task<InboxAddResult?> AcceptAsync(HttpContext http, byte[] body, MlatVersion? declared, CancellationToken cancellationToken)
    {
        var result = await _receiver.ReceiveAsync(body, null, ReceiveContext.None, cancellationToken).ConfigureAwait(false);
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

        [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Mlat submission cache not updated ({ExceptionType}); the answer stands")]
        public static partial void CacheNotUpdated(ILogger logger, string exceptionType);
    }
}
