using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// A time-stamping authority (RFC 3161) that time-stamps a signature for JAdES baseline-B-T (<c>sigTst</c>, ETSI TS
/// 119 182-1 §5.3.4). Implement it for an HSM-backed or in-process TSA; <see cref="HttpTimestampAuthority"/> speaks the
/// RFC 3161 HTTP protocol.
/// </summary>
public interface ITimestampAuthority
{
    /// <summary>Returns the DER time-stamp token (a CMS ContentInfo) over the SHA-256 of <paramref name="data"/>.</summary>
    /// <param name="data">The time-stamped bytes: ASCII of the base64url JWS signature value.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The token's DER bytes.</returns>
    Task<byte[]> TimestampAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default);
}

/// <summary>
/// An RFC 3161 time-stamping authority reached over HTTP (RFC 3161 §3.4): POSTs a SHA-256 <c>TimeStampReq</c> with a
/// random nonce and the signer certificate requested, and checks the reply (status, message imprint, nonce) before
/// returning the token. Thread-safe.
/// </summary>
public sealed class HttpTimestampAuthority : ITimestampAuthority
{
    private readonly Uri _url;
    private readonly HttpClient _http;

    /// <summary>Creates a client for the TSA at <paramref name="url"/>.</summary>
    /// <param name="url">The TSA's URL (http or https).</param>
    /// <param name="httpClient">The client to use; a new one when null.</param>
    public HttpTimestampAuthority(Uri url, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException("The TSA URL must be an absolute http or https URL.", nameof(url));
        }

        _url = url;
        _http = httpClient ?? new HttpClient();
    }

    /// <inheritdoc />
    /// <exception cref="HttpRequestException">The TSA could not be reached or answered with an HTTP error.</exception>
    /// <exception cref="CryptographicException">The reply is not a granted time-stamp over the request.</exception>
    public async Task<byte[]> TimestampAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        var nonce = RandomNumberGenerator.GetBytes(16);
        nonce[0] &= 0x7F;
        var request = Rfc3161TimestampRequest.CreateFromData(data.Span, HashAlgorithmName.SHA256, requestSignerCertificates: true, nonce: nonce);
        using var content = new ByteArrayContent(request.Encode());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/timestamp-query");
        using var response = await _http.PostAsync(_url, content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var reply = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var token = request.ProcessResponse(reply, out _);
        return token.AsSignedCms().Encode();
    }
}
