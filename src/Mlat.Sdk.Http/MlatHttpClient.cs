using System.Net.Http.Headers;
using System.Text.Json;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;

namespace Mlat.Sdk.Http;

/// <summary>
/// The client of one peer node (specification §15.2): fetches its capabilities (kept for their own <c>max-age</c>),
/// submits payloads and verifies receipts. Use it through <see cref="MlatPeers"/>, which gives each peer an
/// <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/> with the standard resilience pipeline: retrying a
/// submission is safe because the binding makes it idempotent (the same bytes get the same receipt).
/// </summary>
public sealed class MlatHttpClient
{
    private const string CapabilitiesPath = ".well-known/mlat-capabilities";
    private const string MessagesPath = "mlat/messages";
    private const string AttachmentsPath = "mlat/attachments/";
    private const int MaxUploadAttempts = 8;

    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly CapabilitiesCache _cache;
    private readonly long _segmentBytes = 8L << 20;

    /// <summary>Creates a client over an <see cref="HttpClient"/> whose base address is the peer's node.</summary>
    /// <param name="http">The client; its <see cref="HttpClient.BaseAddress"/> is the node's root.</param>
    /// <param name="timeProvider">The clock of the capabilities cache; <see cref="TimeProvider.System"/> when null.</param>
    public MlatHttpClient(HttpClient http, TimeProvider? timeProvider = null)
        : this(http, timeProvider ?? TimeProvider.System, new CapabilitiesCache())
    {
    }

    internal MlatHttpClient(HttpClient http, TimeProvider timeProvider, CapabilitiesCache cache)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
        _time = timeProvider;
        _cache = cache;
    }

    /// <summary>
    /// The peer's signed capabilities document as served, from the cache while its <c>max-age</c> lasts. Verify it with
    /// <c>CapabilitiesReader.Read</c> and a <see cref="CapabilitiesSignatureVerifier"/> before negotiating.
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The document's bytes.</returns>
    /// <exception cref="HttpRequestException">The node did not answer 200.</exception>
    public async Task<byte[]> GetCapabilitiesAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        if (_cache.TryGet(now, out var cached))
        {
            return cached;
        }

        using var response = await _http.GetAsync(new Uri(CapabilitiesPath, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (response.Headers.CacheControl?.MaxAge is { } maxAge && !response.Headers.CacheControl.NoStore)
        {
            _cache.Set(bytes, now + maxAge);
        }

        return bytes;
    }

    /// <summary>Posts a payload (specification §15.3) and reads the answer; never throws for a refusal.</summary>
    /// <param name="payload">The signed envelope or its compact JWE.</param>
    /// <param name="mediaType">Its media type (<see cref="SendResult.MediaType"/>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The receipt or the coded problem.</returns>
    /// <exception cref="HttpRequestException">The node could not be reached (after the pipeline's retries).</exception>
    public async Task<SubmissionResult> SubmitAsync(ReadOnlyMemory<byte> payload, string mediaType, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        using var content = new ReadOnlyMemoryContent(payload);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        using var response = await _http.PostAsync(new Uri(MessagesPath, UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var retryAfter = response.Headers.RetryAfter?.Delta;
        if (status is 200 or 201)
        {
            return new SubmissionResult(status, body, null, [], null, retryAfter);
        }

        var (type, findings, rejection) = ReadProblem(body);
        return new SubmissionResult(status, null, type, findings, rejection, retryAfter);
    }

    /// <summary>
    /// Delivers an outbox entry: posts its payload and verifies the receipt (signature by the recipient, digest of the
    /// signed envelope). Delivered only with a verified receipt.
    /// </summary>
    /// <param name="entry">The entry.</param>
    /// <param name="receiptVerifier">Verifies the receipt's signature against the trust list.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer and the receipt check.</returns>
    public async Task<DeliveryResult> DeliverAsync(OutboxEntry entry, CapabilitiesSignatureVerifier receiptVerifier, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(receiptVerifier);
        var submission = await SubmitAsync(entry.Payload, entry.MediaType, cancellationToken).ConfigureAwait(false);
        var receipt = submission.Receipt is { } bytes ? TechnicalReceipts.Verify(bytes, receiptVerifier, entry.Recipient, entry.SignedEnvelope) : null;
        return new DeliveryResult(submission, receipt);
    }

    /// <summary>
    /// Delivers an outbox entry with its attachments: uploads every attachment the signed envelope carries (a manifest
    /// entry a signature's <c>sigD</c> names, <see cref="Attachments.Carried"/>) from <paramref name="attachments"/> (resuming interrupted uploads, specification §15.7), then posts the payload and
    /// verifies the receipt. An attachment that cannot be uploaded stops the delivery before the message is posted.
    /// </summary>
    /// <param name="entry">The entry.</param>
    /// <param name="receiptVerifier">Verifies the receipt's signature against the trust list.</param>
    /// <param name="attachments">The sender's store holding the attachments complete.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The answer and the receipt check; for a failed upload, the upload's problem; status 0 with
    /// <c>MLAT-EXCH-ATTACHMENT-MISSING</c> when <paramref name="attachments"/> does not hold a carried attachment (nothing sent).</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The third parameter (IAttachmentStore or CancellationToken) tells the two overloads apart.")]
    public async Task<DeliveryResult> DeliverAsync(OutboxEntry entry, CapabilitiesSignatureVerifier receiptVerifier, IAttachmentStore attachments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(attachments);
        foreach (var item in Attachments.Carried(entry.SignedEnvelope).DistinctBy(a => a.Sha256))
        {
            if (await attachments.GetAttachmentAsync(item.Sha256, cancellationToken).ConfigureAwait(false) is not { IsComplete: true })
            {
                // Nothing was sent: status 0, the sender's own finding at the manifest entry.
                return new DeliveryResult(new SubmissionResult(0, null, null, [Finding.Error(FindingCodes.ExchangeAttachmentMissing, item.Pointer, "The sender's store does not hold an attachment the envelope carries.")], null, null), null);
            }

            var upload = await UploadAttachmentAsync(attachments, item.Sha256, cancellationToken).ConfigureAwait(false);
            if (!upload.IsSuccess)
            {
                return new DeliveryResult(upload, null);
            }
        }

        return await DeliverAsync(entry, receiptVerifier, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Uploads one attachment held complete in <paramref name="source"/> (specification §15.7): asks the node what it
    /// holds (<c>HEAD</c>), then sends the rest from that offset; after an interrupted or refused-offset attempt it asks
    /// again and resumes, up to 8 attempts. Never throws for a refusal.
    /// </summary>
    /// <param name="source">The store holding the attachment.</param>
    /// <param name="sha256">Its digest.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>201 or 200 on success (no receipt: an upload is acknowledged by the message's receipt); the problem otherwise.</returns>
    /// <exception cref="InvalidOperationException">The source does not hold the attachment complete.</exception>
    /// <exception cref="HttpRequestException">The node could not be reached on any attempt.</exception>
    public async Task<SubmissionResult> UploadAttachmentAsync(IAttachmentStore source, string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sha256);
        var held = await source.GetAttachmentAsync(sha256, cancellationToken).ConfigureAwait(false);
        if (held is not { IsComplete: true })
        {
            throw new InvalidOperationException("The sender's store does not hold this attachment complete; add it first.");
        }

        var path = new Uri(AttachmentsPath + sha256, UriKind.Relative);
        long? offset = null; // unknown: ask the node
        HttpRequestException? lastError = null;
        for (var failures = 0; failures < MaxUploadAttempts;)
        {
            try
            {
                if (offset is null)
                {
                    using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), cancellationToken).ConfigureAwait(false);
                    if (head.StatusCode == System.Net.HttpStatusCode.OK && Header(head, "Upload-Complete") == "?1")
                    {
                        return new SubmissionResult(200, [], null, [], null, null);
                    }

                    offset = (head.StatusCode == System.Net.HttpStatusCode.OK ? Offset(head, held.Length) : null) ?? 0;
                }

                // One segment per request: each stays short enough for the resilience pipeline's attempt timeout, and a
                // lost connection costs at most one segment.
                var count = Math.Min(_segmentBytes, held.Length - offset.Value);
                var content = new RangeContent(source, sha256, offset.Value, count);
                content.Headers.ContentType = new MediaTypeHeaderValue(Attachments.UploadMediaType);
                using var put = new HttpRequestMessage(HttpMethod.Put, path) { Content = content };
                put.Headers.Add("Upload-Offset", offset.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                put.Headers.Add("Upload-Length", held.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                using var response = await _http.SendAsync(put, cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                switch (status)
                {
                    case 200 or 201:
                        return new SubmissionResult(status, [], null, [], null, null);
                    case 204:
                        offset = Offset(response, held.Length); // the segment arrived: go on from where the node is
                        continue;
                    case 409:
                        failures++;
                        offset = Offset(response, held.Length);
                        continue;
                }

                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var (type, findings, _) = ReadProblem(body);
                return new SubmissionResult(status, null, type, findings, null, response.Headers.RetryAfter?.Delta);
            }
            catch (HttpRequestException ex)
            {
                failures++;
                lastError = ex; // cut mid-body: the node kept the whole chunks that arrived; HEAD says where to go on
                offset = null;
            }
        }

        throw lastError ?? new HttpRequestException("The attachment upload did not complete within its attempts.");
    }

    /// <summary>
    /// The most bytes one attachment upload request carries (8 MiB by default): a larger attachment goes in several
    /// requests, each short enough for the resilience pipeline's attempt timeout, and a lost connection costs at most one.
    /// </summary>
    public long UploadSegmentBytes
    {
        get => _segmentBytes;
        init => _segmentBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "A segment holds at least one byte.");
    }

    private static long? Offset(HttpResponseMessage response, long length)
        => long.TryParse(Header(response, "Upload-Offset"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var o) && o <= length ? o : null;

    private static string? Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>
    /// The bytes [offset, offset + count) of a stored attachment, opened afresh each time the content is sent (so a
    /// resilience handler may resend it) and streamed, never buffered whole.
    /// </summary>
    private sealed class RangeContent(IAttachmentStore source, string sha256, long offset, long count) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => await SerializeToStreamAsync(stream, context, CancellationToken.None).ConfigureAwait(false);

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken)
        {
            await using var input = source.OpenAttachment(sha256);
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                var skip = offset;
                while (skip > 0)
                {
                    var n = await input.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, skip)), cancellationToken).ConfigureAwait(false);
                    if (n == 0)
                    {
                        throw new IOException("The stored attachment is shorter than its recorded length.");
                    }

                    skip -= n;
                }

                var left = count;
                while (left > 0)
                {
                    var n = await input.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), cancellationToken).ConfigureAwait(false);
                    if (n == 0)
                    {
                        throw new IOException("The stored attachment is shorter than its recorded length.");
                    }

                    await stream.WriteAsync(buffer.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
                    left -= n;
                }
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = count;
            return true;
        }
    }

    private static (string? Type, IReadOnlyList<Finding> Findings, byte[]? Rejection) ReadProblem(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, [], null);
            }

            var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var findings = new List<Finding>();
            if (root.TryGetProperty("findings", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var f in list.EnumerateArray())
                {
                    if (f.ValueKind == JsonValueKind.Object && f.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                        && f.TryGetProperty("pointer", out var pointer) && pointer.ValueKind == JsonValueKind.String)
                    {
                        var warning = f.TryGetProperty("severity", out var s) && s.ValueKind == JsonValueKind.String && s.GetString() == "WARNING";
                        findings.Add(new Finding(code.GetString()!, pointer.GetString()!, warning ? FindingSeverity.Warning : FindingSeverity.Error, string.Empty));
                    }
                }
            }

            var rejection = root.TryGetProperty("rejection", out var r) && r.ValueKind == JsonValueKind.Object ? System.Text.Encoding.UTF8.GetBytes(r.GetRawText()) : null;
            return (type, findings, rejection);
        }
        catch (JsonException)
        {
            return (null, [], null); // not a problem document: the status code is all there is
        }
    }
}

/// <summary>One peer's capabilities document and until when it may be used.</summary>
internal sealed class CapabilitiesCache
{
    private readonly Lock _lock = new();
    private byte[]? _bytes;
    private DateTimeOffset _expires;

    public bool TryGet(DateTimeOffset now, out byte[] bytes)
    {
        lock (_lock)
        {
            bytes = _bytes ?? [];
            return _bytes is not null && now < _expires;
        }
    }

    public void Set(byte[] bytes, DateTimeOffset expires)
    {
        lock (_lock)
        {
            _bytes = bytes;
            _expires = expires;
        }
    }
}
