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

    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly CapabilitiesCache _cache;

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
