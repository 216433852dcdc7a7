using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;

namespace Mlat.Sdk.Http;

/// <summary>The peers a node sends to, by authority id, each with its own named <see cref="HttpClient"/>.</summary>
public sealed class MlatPeers
{
    private readonly IHttpClientFactory _factory;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, CapabilitiesCache> _caches = new(StringComparer.Ordinal);

    /// <summary>Creates the registry (the container does, through <see cref="MlatHttpServiceCollectionExtensions.AddMlatPeer"/>).</summary>
    /// <param name="factory">The factory of the peers' named clients.</param>
    /// <param name="timeProvider">The clock of the capabilities caches; <see cref="TimeProvider.System"/> when null.</param>
    public MlatPeers(IHttpClientFactory factory, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The name of a peer's <see cref="HttpClient"/> in the factory.</summary>
    /// <param name="authorityId">The peer's authority id.</param>
    /// <returns>The client name.</returns>
    public static string ClientName(string authorityId) => "mlat-peer:" + authorityId;

    /// <summary>A client of the peer (cheap: the factory pools the handlers; the capabilities cache is per peer).</summary>
    /// <param name="authorityId">The peer's authority id, as registered with <c>AddMlatPeer</c>.</param>
    /// <returns>The client.</returns>
    public MlatHttpClient For(string authorityId)
    {
        ArgumentNullException.ThrowIfNull(authorityId);
        return new MlatHttpClient(_factory.CreateClient(ClientName(authorityId)), _time, _caches.GetOrAdd(authorityId, _ => new CapabilitiesCache()));
    }
}

/// <summary>Registers the peers of the Mlat HTTP binding's client.</summary>
public static class MlatHttpServiceCollectionExtensions
{
    /// <summary>
    /// Registers a peer node: a named <see cref="HttpClient"/> with the peer's base address and the standard resilience
    /// pipeline of Microsoft.Extensions.Http.Resilience (rate limiter, total timeout, retries with exponential backoff
    /// and jitter, circuit breaker, attempt timeout). Submissions are retried too: the binding makes them idempotent.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="authorityId">The peer's authority id.</param>
    /// <param name="baseAddress">The root of the peer's node.</param>
    /// <returns>The client's builder, to tune the pipeline (<c>.AddStandardResilienceHandler(o =&gt; ...)</c> settings).</returns>
    public static IHttpClientBuilder AddMlatPeer(this IServiceCollection services, string authorityId, Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(authorityId);
        ArgumentNullException.ThrowIfNull(baseAddress);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MlatPeers>();
        var builder = services.AddHttpClient(MlatPeers.ClientName(authorityId), c => c.BaseAddress = baseAddress);
        builder.AddStandardResilienceHandler();
        return builder;
    }

    /// <summary>
    /// Mutual TLS with a peer (specification §15.9): presents <paramref name="clientCertificate"/> (with its private key)
    /// and accepts the peer's server certificate only when the trust list authenticates it as
    /// <paramref name="peerAuthorityId"/> (<see cref="TlsPeerAuthenticator"/>) — not the platform's certificate store, so
    /// the justice network's own anchors decide, and a certificate of another authority is refused even if it chains.
    /// </summary>
    /// <param name="builder">The peer's client builder, from <see cref="AddMlatPeer"/>.</param>
    /// <param name="peerAuthorityId">The authority the peer's server certificate must authenticate.</param>
    /// <param name="trustList">The trust list.</param>
    /// <param name="clientCertificate">This node's certificate with its private key; none when null (server authentication only).</param>
    /// <returns>The same builder.</returns>
    public static IHttpClientBuilder UseMlatTls(this IHttpClientBuilder builder, string peerAuthorityId, TrustList trustList, System.Security.Cryptography.X509Certificates.X509Certificate2? clientCertificate)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(peerAuthorityId);
        ArgumentNullException.ThrowIfNull(trustList);
        var authenticator = new TlsPeerAuthenticator(trustList);
        return builder.ConfigurePrimaryHttpMessageHandler(() =>
        {
            var handler = new SocketsHttpHandler();
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, chain, _) =>
                certificate is System.Security.Cryptography.X509Certificates.X509Certificate2 leaf
                && string.Equals(authenticator.Authenticate(leaf, chain?.ChainElements.Select(e => e.Certificate).Skip(1)), peerAuthorityId, StringComparison.Ordinal);
            if (clientCertificate is not null)
            {
                handler.SslOptions.ClientCertificates = [clientCertificate];
            }

            return handler;
        });
    }
}

/// <summary>
/// Delivers an outbox at least once: each pending entry is posted to its recipient and marked delivered only once a
/// receipt verified for exactly its envelope is stored. An entry whose delivery fails (unreachable peer, refusal,
/// unverifiable receipt) stays pending for the next run; a crash between the post and the store only causes a resend,
/// which the receiving inbox answers with the same receipt.
/// </summary>
public sealed class OutboxDispatcher
{
    private readonly IOutboxStore _outbox;
    private readonly MlatPeers _peers;
    private readonly CapabilitiesSignatureVerifier _receipts;
    private readonly TimeProvider _time;
    private readonly IAttachmentStore? _attachments;

    /// <summary>Creates a dispatcher.</summary>
    /// <param name="outbox">The outbox.</param>
    /// <param name="peers">The peers' clients.</param>
    /// <param name="receiptVerifier">Verifies receipts against the trust list.</param>
    /// <param name="timeProvider">The clock of the delivery times; <see cref="TimeProvider.System"/> when null.</param>
    public OutboxDispatcher(IOutboxStore outbox, MlatPeers peers, CapabilitiesSignatureVerifier receiptVerifier, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(peers);
        ArgumentNullException.ThrowIfNull(receiptVerifier);
        _outbox = outbox;
        _peers = peers;
        _receipts = receiptVerifier;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Creates a dispatcher that uploads each entry's attachments (those its signed envelope's manifest names) from the
    /// sender's store before posting it (specification §15.7).
    /// </summary>
    /// <param name="outbox">The outbox.</param>
    /// <param name="attachments">The sender's store holding the attachments complete.</param>
    /// <param name="peers">The peers' clients.</param>
    /// <param name="receiptVerifier">Verifies receipts against the trust list.</param>
    /// <param name="timeProvider">The clock of the delivery times; <see cref="TimeProvider.System"/> when null.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The second parameter's type (IAttachmentStore or MlatPeers) tells the two constructors apart.")]
    public OutboxDispatcher(IOutboxStore outbox, IAttachmentStore attachments, MlatPeers peers, CapabilitiesSignatureVerifier receiptVerifier, TimeProvider? timeProvider = null)
        : this(outbox, peers, receiptVerifier, timeProvider)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        _attachments = attachments;
    }

    /// <summary>Tries every pending entry once, in queue order.</summary>
    /// <param name="limit">At most this many entries.</param>
    /// <param name="cancellationToken">Stops between entries.</param>
    /// <returns>The results, in order; an entry whose peer could not be reached has a null result.</returns>
    public async Task<IReadOnlyList<(OutboxEntry Entry, DeliveryResult? Result)>> DeliverPendingAsync(int limit = 1000, CancellationToken cancellationToken = default)
    {
        var results = new List<(OutboxEntry, DeliveryResult?)>();
        foreach (var entry in await _outbox.PendingAsync(limit, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            DeliveryResult? result;
            try
            {
                var client = _peers.For(entry.Recipient);
                result = _attachments is null
                    ? await client.DeliverAsync(entry, _receipts, cancellationToken).ConfigureAwait(false)
                    : await client.DeliverAsync(entry, _receipts, _attachments, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException)
            {
                result = null; // unreachable after the pipeline's retries: stays pending
            }
            catch (Polly.CircuitBreaker.BrokenCircuitException)
            {
                result = null; // the peer's circuit is open: stays pending
            }
            catch (TimeoutException)
            {
                result = null;
            }
            catch (Polly.Timeout.TimeoutRejectedException)
            {
                result = null; // the pipeline's attempt or total timeout ran out: stays pending
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                result = null; // HttpClient's own timeout, not the caller's cancellation: stays pending
            }

            if (result is { IsSuccess: true })
            {
                await _outbox.MarkDeliveredAsync(entry.Recipient, entry.MessageId, result.Submission.Receipt!, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }

            results.Add((entry, result));
        }

        return results;
    }
}
