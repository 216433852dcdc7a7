using System.Collections.Concurrent;

namespace Mlat.Sdk.Envelopes;

/// <summary>Fetches a DER CRL from a distribution point. Implementations are thread-safe and never throw for a network failure.</summary>
public interface ICrlSource
{
    /// <summary>Fetches the CRL at <paramref name="distributionPoint"/>.</summary>
    /// <param name="distributionPoint">An http or https URI from a certificate's CRL distribution points.</param>
    /// <returns>The DER CRL, or null when it could not be fetched.</returns>
    byte[]? Fetch(Uri distributionPoint);
}

/// <summary>
/// Fetches CRLs over HTTP (RFC 5280 §4.2.1.13: a DER CRL at an http URI) and keeps each until its nextUpdate.
/// Synchronous, because verification is; bound the wait with the <see cref="HttpClient.Timeout"/> of the client given.
/// Thread-safe.
/// </summary>
public sealed class HttpCrlSource : ICrlSource
{
    private const int MaxCached = 256;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly int _maxBytes;
    private readonly ConcurrentDictionary<Uri, (byte[] Crl, DateTimeOffset NextUpdate)> _cache = new();

    /// <summary>Creates the source.</summary>
    /// <param name="http">The client; its timeout bounds each fetch.</param>
    /// <param name="timeProvider">The clock for the cache; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="maxBytes">The largest CRL accepted (default 4 MiB); a larger answer counts as not fetched.</param>
    public HttpCrlSource(HttpClient http, TimeProvider? timeProvider = null, int maxBytes = 4 * 1024 * 1024)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        _http = http;
        _time = timeProvider ?? TimeProvider.System;
        _maxBytes = maxBytes;
    }

    /// <inheritdoc />
    public byte[]? Fetch(Uri distributionPoint)
    {
        ArgumentNullException.ThrowIfNull(distributionPoint);
        if (distributionPoint.Scheme != Uri.UriSchemeHttp && distributionPoint.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        if (_cache.TryGetValue(distributionPoint, out var cached) && cached.NextUpdate > _time.GetUtcNow())
        {
            return cached.Crl;
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, distributionPoint);
            using var response = _http.Send(request, HttpCompletionOption.ResponseHeadersRead);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > _maxBytes)
            {
                return null;
            }

            using var body = response.Content.ReadAsStream();
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = body.Read(chunk)) > 0)
            {
                if (buffer.Length + read > _maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            var crl = buffer.ToArray();
            if (CertificateRevocationList.TryRead(crl) is { } parsed && _cache.Count < MaxCached)
            {
                _cache[distributionPoint] = (crl, parsed.NextUpdate);
            }

            return crl;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or OperationCanceledException)
        {
            return null;
        }
    }
}
