using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Mlat.Sdk.AspNetCore;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Http;
using Mlat.Sdk.PostgreSql;
using Mlat.Sdk.Tests.Exchange;
using Npgsql;
using StackExchange.Redis;
using static Mlat.Sdk.Tests.Exchange.ExchangeTestKit;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// Several instances of one node (Paris) on real Kestrel over loopback, sharing one PostgreSQL schema (the inbox, the
/// authority on what is stored) and one Redis (the submission cache): a message posted to both, one after the other or
/// at the same time, is stored once and answered with one receipt; an outage of either server is a 503 with
/// Retry-After, loses and duplicates nothing, and the node serves again once the server is back (docs/exchange.md,
/// "Several instances").
/// </summary>
public sealed class SharedStoreNodeTests
{
    private const string Json10 = "application/vnd.mlat+json; version=1.0";

    private sealed record Shared(NpgsqlDataSource DataSource, string Schema, string Redis);

    private static Shared NewShared(string? redis = null, NpgsqlDataSource? dataSource = null)
        => new(dataSource ?? TestDatabases.Postgres, TestDatabases.NewSchema(), redis ?? TestDatabases.Redis);

    private static async Task<(TestNode Node, PostgreSqlExchangeStore Store)> StartInstanceAsync(Shared shared, SwitchableInbox? outage = null)
    {
        var store = await PostgreSqlExchangeStore.OpenAsync(shared.DataSource, new PostgreSqlExchangeStoreOptions { Schema = shared.Schema });
        var node = await TestNode.StartAsync(
            Paris,
            ParisParty,
            new ExchangeClock(Now),
            o =>
            {
                o.UseDistributedCache = true;
                o.RetryAfterSeconds = 3;
            },
            wrapInbox: outage is null ? null : outage.Wrap,
            inbox: store,
            services: s => s.AddStackExchangeRedisCache(o =>
            {
                var configuration = ConfigurationOptions.Parse(shared.Redis);
                // Fail at once while the server is away (no backlog), and keep reconnecting in the background.
                configuration.AbortOnConnectFail = false;
                configuration.BacklogPolicy = BacklogPolicy.FailFast;
                configuration.ConnectTimeout = 2000;
                configuration.AsyncTimeout = 2000;
                configuration.SyncTimeout = 2000;
                o.ConfigurationOptions = configuration;
                o.InstanceName = shared.Schema + ":"; // tests share the Redis server, not their keys
            }));
        return (node, store);
    }

    /// <summary>Two instances, a and b, on the shared schema and Redis; the store is a's view of the shared inbox.</summary>
    private sealed record Instances(TestNode A, TestNode B, PostgreSqlExchangeStore Store) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await A.DisposeAsync();
            await B.DisposeAsync();
        }
    }

    private static async Task<Instances> StartTwoAsync(Shared shared, SwitchableInbox? outageOfB = null)
    {
        var (a, store) = await StartInstanceAsync(shared);
        try
        {
            var (b, _) = await StartInstanceAsync(shared, outageOfB);
            return new Instances(a, b, store);
        }
        catch
        {
            await a.DisposeAsync();
            throw;
        }
    }

    private static async Task<HttpResponseMessage> Post(TestNode node, byte[] body, string mediaType = Json10)
    {
        using var http = new HttpClient { BaseAddress = node.BaseAddress };
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        var response = await http.PostAsync(MlatEndpoints.MessagesPath.TrimStart('/'), content);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static void AssertVerifiedReceipt(byte[] receipt, byte[] envelope)
    {
        var verified = TechnicalReceipts.Verify(receipt, new CapabilitiesSignatureVerifier(Trust, null, new ExchangeClock(Now.AddMinutes(5))), ParisId, envelope);
        Assert.True(verified.IsSuccess, string.Join(",", Codes(verified.Findings)));
    }

    [RequiresFact(Requirement.PostgreSql, Requirement.Redis)]
    public async Task The_same_message_posted_to_two_instances_is_stored_once_and_both_answer_the_one_receipt()
    {
        var shared = NewShared();
        await using var instances = await StartTwoAsync(shared);
        var (a, b, store) = instances;
        var envelope = Sign(Request(Guid.NewGuid()), Munich);

        using var first = await Post(a, envelope);
        using var again = await Post(b, envelope);
        using var reencrypted = await Post(b, Encoding.ASCII.GetBytes(EnvelopeEncryptor.EncryptToCertificate(envelope, Paris.SignerCertificate)), MessageSender.JoseMediaType);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);      // from the shared cache
        Assert.Equal(HttpStatusCode.OK, reencrypted.StatusCode); // other bytes: the pipeline ran and the inbox answered
        var receipt = await first.Content.ReadAsByteArrayAsync();
        AssertVerifiedReceipt(receipt, envelope);
        Assert.Equal(receipt, await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(receipt, await reencrypted.Content.ReadAsByteArrayAsync());
        var stored = Assert.Single(await store.ListInboxAsync(10));
        Assert.Equal(envelope, stored.Envelope.ToArray());
        Assert.Equal(receipt, stored.Receipt.ToArray());
    }

    [RequiresFact(Requirement.PostgreSql, Requirement.Redis)]
    public async Task Messages_posted_to_two_instances_at_the_same_time_are_each_stored_once_with_one_receipt()
    {
        var shared = NewShared();
        await using var instances = await StartTwoAsync(shared);
        var (a, b, store) = instances;
        var envelopes = Enumerable.Range(0, 4).Select(_ => Sign(Request(Guid.NewGuid()), Munich)).ToList();

        // 48 posts at once: each envelope 12 times, alternately to each instance.
        var posts = envelopes.SelectMany(e => Enumerable.Range(0, 12).Select(i => (Envelope: e, Node: i % 2 == 0 ? a : b))).ToList();
        var answers = await Task.WhenAll(posts.Select(p => Task.Run(async () =>
        {
            using var response = await Post(p.Node, p.Envelope);
            return (p.Envelope, response.StatusCode, Body: await response.Content.ReadAsByteArrayAsync());
        })));

        foreach (var envelope in envelopes)
        {
            var mine = answers.Where(x => x.Envelope == envelope).ToList();
            Assert.Equal(1, mine.Count(x => x.StatusCode == HttpStatusCode.Created));
            Assert.Equal(11, mine.Count(x => x.StatusCode == HttpStatusCode.OK));
            var receipt = mine[0].Body;
            Assert.All(mine, x => Assert.Equal(receipt, x.Body));
            AssertVerifiedReceipt(receipt, envelope);
        }

        var inbox = await store.ListInboxAsync(100);
        Assert.Equal(envelopes.Count, inbox.Count);
        Assert.Equal(envelopes.Select(e => TechnicalReceipt.DigestOf(e)).Order(), inbox.Select(e => e.Digest).Order());
    }

    [RequiresFact(Requirement.PostgreSql, Requirement.Redis)]
    public async Task A_repeat_is_answered_from_the_shared_cache_without_the_receive_pipeline_or_the_database()
    {
        var shared = NewShared();
        var outage = new SwitchableInbox();
        await using var instances = await StartTwoAsync(shared, outage); // b's database link is down
        var (a, b, store) = instances;
        var envelope = Sign(Request(Guid.NewGuid()), Munich);

        using var first = await Post(a, envelope);
        outage.Down = true;
        using var repeat = await Post(b, envelope);
        using var fresh = await Post(b, Sign(Request(Guid.NewGuid()), Munich));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await repeat.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, fresh.StatusCode); // a new message needs the inbox
        Assert.Single(await store.ListInboxAsync(10));
    }

    [RequiresFact(Requirement.PostgreSql, Requirement.RedisServer)]
    public async Task A_redis_outage_gives_503_with_retry_after_loses_and_duplicates_nothing_and_the_node_serves_again_after_it()
    {
        using var redis = await RedisServerProcess.StartAsync();
        var shared = NewShared(redis: redis.Endpoint);
        await using var instances = await StartTwoAsync(shared);
        var (a, b, store) = instances;
        var before = Sign(Request(Guid.NewGuid()), Munich);
        var during = Sign(Request(Guid.NewGuid()), Munich);

        using var accepted = await Post(a, before);
        redis.Kill();
        var refused = new List<HttpResponseMessage>
        {
            await Post(a, during),
            await Post(b, during),
            await Post(b, before),
        };
        var inboxDuringOutage = await store.ListInboxAsync(10);
        await redis.StartAgainAsync(); // empty: a restarted cache has lost its keys

        // The client's retries, as the standard resilience pipeline would make them: bounded.
        HttpResponseMessage? retried = null;
        for (var attempt = 0; attempt < 60 && retried?.StatusCode is null or HttpStatusCode.ServiceUnavailable; attempt++)
        {
            retried?.Dispose();
            await Task.Delay(attempt == 0 ? 0 : 250);
            retried = await Post(b, during);
        }

        using var repeatAfter = await Post(a, before);

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.All(refused, r =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(3), r.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        });
        Assert.Equal([TechnicalReceipt.DigestOf(before)], inboxDuringOutage.Select(e => e.Digest));
        Assert.Equal(HttpStatusCode.Created, retried!.StatusCode);
        AssertVerifiedReceipt(await retried.Content.ReadAsByteArrayAsync(), during);
        Assert.Equal(HttpStatusCode.OK, repeatAfter.StatusCode); // the cache is empty: the inbox answered
        Assert.Equal(await accepted.Content.ReadAsByteArrayAsync(), await repeatAfter.Content.ReadAsByteArrayAsync());
        var inbox = await store.ListInboxAsync(10);
        Assert.Equal([TechnicalReceipt.DigestOf(before), TechnicalReceipt.DigestOf(during)], inbox.Select(e => e.Digest));
        retried.Dispose();
        refused.ForEach(r => r.Dispose());
    }

    [RequiresFact(Requirement.PostgreSql, Requirement.Redis)]
    public async Task A_postgresql_link_cut_gives_503_with_retry_after_loses_and_duplicates_nothing_and_the_node_serves_again_after_it()
    {
        var server = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString);
        await using var proxy = new LoopbackProxy(server.Host!, server.Port);
        var throughProxy = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 5, CommandTimeout = 10 };
        await using var dataSource = NpgsqlDataSource.Create(throughProxy.ConnectionString);

        // The observer reads the same database around the proxy: what is stored while the nodes cannot reach it.
        await PostgreSqlOutageAsync(dataSource, TestDatabases.Postgres, () => { proxy.Down = true; return Task.CompletedTask; }, () => { proxy.Down = false; return Task.CompletedTask; });
    }

    [RequiresFact(Requirement.PostgreSqlServer, Requirement.Redis)]
    public async Task A_postgresql_server_stopped_gives_503_with_retry_after_loses_and_duplicates_nothing_and_the_node_serves_again_once_restarted()
    {
        await using var server = await PostgreSqlServerProcess.StartAsync();
        await using var dataSource = NpgsqlDataSource.Create(server.ConnectionString);

        // The observer reads what the server holds while it is down only once it is back (it cannot read it sooner).
        await PostgreSqlOutageAsync(dataSource, null, server.StopImmediatelyAsync, server.StartAgainAsync);
    }

    /// <summary>
    /// Two instances on <paramref name="dataSource"/> and the shared Redis: one message accepted, the database taken away,
    /// another message refused with 503 by both instances (the first one's repeat still answered from the cache), the
    /// database given back, the sender's bounded retries accepted once; the inbox ends with each message once.
    /// </summary>
    private static async Task PostgreSqlOutageAsync(NpgsqlDataSource dataSource, NpgsqlDataSource? observerDuringOutage, Func<Task> takeAway, Func<Task> giveBack)
    {
        var shared = NewShared(dataSource: dataSource);
        await using var instances = await StartTwoAsync(shared);
        var (a, b, store) = instances;
        var before = Sign(Request(Guid.NewGuid()), Munich);
        var during = Sign(Request(Guid.NewGuid()), Munich);

        using var accepted = await Post(a, before);
        await takeAway();
        using var refusedA = await Post(a, during);
        using var refusedB = await Post(b, during);
        using var repeatDuring = await Post(b, before); // accepted before the outage: the cache still answers it
        var inboxDuringOutage = observerDuringOutage is null
            ? null
            : await (await PostgreSqlExchangeStore.OpenAsync(observerDuringOutage, new PostgreSqlExchangeStoreOptions { Schema = shared.Schema })).ListInboxAsync(10);
        await giveBack();

        HttpResponseMessage? retried = null;
        for (var attempt = 0; attempt < 60 && retried?.StatusCode is null or HttpStatusCode.ServiceUnavailable; attempt++)
        {
            retried?.Dispose();
            await Task.Delay(attempt == 0 ? 0 : 250);
            retried = await Post(attempt % 2 == 0 ? a : b, during);
        }

        using var repeatAfter = await Post(b, during);

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        foreach (var refused in new[] { refusedA, refusedB })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(3), refused.Headers.RetryAfter?.Delta);
        }

        Assert.Equal(HttpStatusCode.OK, repeatDuring.StatusCode);
        Assert.Equal(await accepted.Content.ReadAsByteArrayAsync(), await repeatDuring.Content.ReadAsByteArrayAsync());
        if (inboxDuringOutage is not null)
        {
            Assert.Equal([TechnicalReceipt.DigestOf(before)], inboxDuringOutage.Select(e => e.Digest));
        }

        Assert.Equal(HttpStatusCode.Created, retried!.StatusCode);
        var receipt = await retried.Content.ReadAsByteArrayAsync();
        AssertVerifiedReceipt(receipt, during);
        Assert.Equal(HttpStatusCode.OK, repeatAfter.StatusCode);
        Assert.Equal(receipt, await repeatAfter.Content.ReadAsByteArrayAsync());
        var inbox = await store.ListInboxAsync(10);
        Assert.Equal([TechnicalReceipt.DigestOf(before), TechnicalReceipt.DigestOf(during)], inbox.Select(e => e.Digest));
        retried.Dispose();
    }

    [RequiresFact(Requirement.PostgreSql)]
    public async Task Two_sender_instances_draining_one_postgresql_outbox_post_each_entry_once_and_store_each_verified_receipt()
    {
        var clock = new ExchangeClock(Now);
        var posted = new CountingInbox();
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, clock, wrapInbox: posted.Wrap);
        var schema = TestDatabases.NewSchema();
        var first = await PostgreSqlExchangeStore.OpenAsync(TestDatabases.Postgres, new PostgreSqlExchangeStoreOptions { Schema = schema }, clock);
        var second = await PostgreSqlExchangeStore.OpenAsync(TestDatabases.Postgres, new PostgreSqlExchangeStoreOptions { Schema = schema }, clock);
        var services = new ServiceCollection();
        services.AddMlatPeer(ParisId, paris.BaseAddress);
        await using var provider = services.BuildServiceProvider();
        var peers = provider.GetRequiredService<MlatPeers>();
        var receipts = new CapabilitiesSignatureVerifier(Trust, null, clock);
        using var key = Munich.CreateSigningKey();
        for (var i = 0; i < 30; i++)
        {
            var id = Guid.NewGuid();
            var prepared = Sender(clock).Prepare(Request(id), new SendOptions { SigningKey = key, RecipientCertificate = Paris.SignerCertificate });
            await first.EnqueueAsync(new OutboxEntry { Recipient = ParisId, MessageId = id, MediaType = prepared.MediaType!, Payload = prepared.Payload, SignedEnvelope = prepared.SignedEnvelope, EnqueuedAt = Now });
        }

        // Two instances of the sending node run their dispatchers at the same time, in small batches, until both find
        // nothing left to claim.
        var runs = await Task.WhenAll(new[] { first, second }.Select(store => Task.Run(async () =>
        {
            var dispatcher = new OutboxDispatcher(store, peers, receipts, clock);
            var delivered = 0;
            while (await dispatcher.DeliverPendingAsync(limit: 4) is { Count: > 0 } batch)
            {
                Assert.All(batch, d => Assert.True(d.Result?.IsSuccess, d.Result is null ? "unreachable" : string.Join(",", Codes(d.Result.Findings))));
                delivered += batch.Count;
            }

            return delivered;
        })));

        Assert.Equal(30, runs.Sum());
        Assert.Equal(30, posted.Count); // no entry was posted by both instances
        var outbox = await second.ListOutboxAsync(100);
        Assert.Equal(30, outbox.Count);
        Assert.All(outbox, e => Assert.True(TechnicalReceipts.Verify(e.Receipt, receipts, ParisId, e.SignedEnvelope).IsSuccess));
        Assert.Equal(30, (await paris.Store.ListInboxAsync(100)).Count);
    }

    /// <summary>Counts the inserts the node's inbox is asked for: one per submission that passed the pipeline.</summary>
    private sealed class CountingInbox
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public IInboxStore Wrap(IInboxStore inner) => new Store(this, inner);

        private sealed class Store(CountingInbox owner, IInboxStore inner) : IInboxStore
        {
            public ValueTask<InboxAddResult> TryAddAsync(InboxEntry entry, CancellationToken cancellationToken = default)
            {
                Interlocked.Increment(ref owner._count);
                return inner.TryAddAsync(entry, cancellationToken);
            }

            public ValueTask<InboxEntry?> GetAsync(string sender, Guid messageId, CancellationToken cancellationToken = default)
                => inner.GetAsync(sender, messageId, cancellationToken);

            public ValueTask<IReadOnlyList<InboxEntry>> ListInboxAsync(int limit, CancellationToken cancellationToken = default)
                => inner.ListInboxAsync(limit, cancellationToken);
        }
    }
}
