using Microsoft.Extensions.DependencyInjection;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Http;
using Mlat.Sdk.Tests.Exchange;
using Mlat.Sdk.Validation;
using static Mlat.Sdk.Tests.Exchange.ExchangeTestKit;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// Munich and Paris as two nodes on loopback, each with its SQLite store, exchanging the EIO conversation of the samples
/// through their outboxes, the typed HTTP client (IHttpClientFactory + standard resilience pipeline) and the server.
/// </summary>
public sealed class TwoNodeExchangeTests
{
    private static readonly (string Sample, string From)[] Conversation =
    [
        ("samples/1.0/valid/AssistanceRequest/eio-de-fr-bank-records-fraud.json", MunichId),
        ("samples/1.0/valid/AcknowledgementOfReceipt/full-paris-to-munich.json", ParisId),
        ("samples/1.0/valid/RequestForAdditionalInformation/minimal-unclear-role.json", ParisId),
        ("samples/1.0/valid/RecognitionDecision/minimal-recognised.json", ParisId),
        ("samples/1.0/valid/StatusUpdate/full-delay-notice.json", ParisId),
        ("samples/1.0/valid/Consultation/minimal-formalities.json", ParisId),
        ("samples/1.0/valid/ExecutionReport/full-final-with-conditions.json", ParisId),
    ];

    [Fact]
    public async Task Munich_and_Paris_exchange_the_conversation_encrypted_and_every_outbox_entry_holds_a_verified_receipt()
    {
        var clock = new ExchangeClock(Now);
        await using var munich = await TestNode.StartAsync(Munich, MunichParty, clock);
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, clock);
        var services = new ServiceCollection();
        services.AddMlatPeer(MunichId, munich.BaseAddress);
        services.AddMlatPeer(ParisId, paris.BaseAddress);
        await using var provider = services.BuildServiceProvider();
        var peers = provider.GetRequiredService<MlatPeers>();
        var receipts = new CapabilitiesSignatureVerifier(Trust, null, clock);
        var sender = Sender(clock);

        foreach (var (sample, from) in Conversation)
        {
            var (outbox, key, to, certificate) = from == MunichId
                ? (munich.Store, Munich, ParisId, Paris.SignerCertificate)
                : (paris.Store, Paris, MunichId, Munich.SignerCertificate);
            using var signingKey = key.CreateSigningKey();
            var id = Guid.NewGuid();
            var prepared = sender.Prepare(WithoutValidation(Sample(sample, id, clock.Now.AddMinutes(-1))), new SendOptions { SigningKey = signingKey, RecipientCertificate = certificate });
            Assert.True(prepared.IsSuccess, sample + ": " + string.Join(",", Codes(prepared.Findings)));
            await outbox.EnqueueAsync(new OutboxEntry
            {
                Recipient = to,
                MessageId = id,
                MediaType = prepared.MediaType!,
                Payload = prepared.Payload,
                SignedEnvelope = prepared.SignedEnvelope,
                EnqueuedAt = clock.Now,
            });
            clock.Now = clock.Now.AddMinutes(3);
        }

        var deliveredByMunich = await new OutboxDispatcher(munich.Store, peers, receipts, clock).DeliverPendingAsync();
        var deliveredByParis = await new OutboxDispatcher(paris.Store, peers, receipts, clock).DeliverPendingAsync();

        Assert.All(deliveredByMunich.Concat(deliveredByParis), d => Assert.True(d.Result?.IsSuccess, d.Entry.MessageId + ": " + d.Result?.Submission.StatusCode));
        Assert.Empty(await munich.Store.PendingAsync(100));
        Assert.Empty(await paris.Store.PendingAsync(100));
        var sentByMunich = await munich.Store.ListOutboxAsync(100);
        var sentByParis = await paris.Store.ListOutboxAsync(100);
        var inParis = await paris.Store.ListInboxAsync(100);
        var inMunich = await munich.Store.ListInboxAsync(100);
        Assert.Equal(sentByMunich.Select(e => e.MessageId), inParis.Select(e => e.MessageId));
        Assert.Equal(sentByParis.Select(e => e.MessageId), inMunich.Select(e => e.MessageId));
        Assert.Equal(Conversation.Length, inParis.Count + inMunich.Count);

        // Every stored receipt verifies for exactly the envelope sent, and every inbox entry validates again.
        foreach (var entry in sentByMunich.Concat(sentByParis))
        {
            var check = TechnicalReceipts.Verify(entry.Receipt, receipts, entry.Recipient, entry.SignedEnvelope);
            Assert.True(check.IsSuccess, string.Join(",", Codes(check.Findings)));
        }

        Assert.All(inParis.Concat(inMunich), e => Assert.True(MlatValidator.Default.Validate(e.Envelope).IsSuccess));
        Assert.Equal(
            Conversation.Select(c => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, c.Sample)))!["header"]!["messageType"]!.GetValue<string>()).Order(),
            inParis.Concat(inMunich).Select(e => Mlat.Sdk.Serialization.MlatJson.WireName(e.MessageType)).Order());
    }

    [Fact]
    public async Task A_crash_after_the_post_resends_and_the_peer_answers_with_the_one_receipt()
    {
        var clock = new ExchangeClock(Now);
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, clock);
        await using var munich = await TestNode.StartAsync(Munich, MunichParty, clock);
        var services = new ServiceCollection();
        services.AddMlatPeer(ParisId, paris.BaseAddress);
        await using var provider = services.BuildServiceProvider();
        var peers = provider.GetRequiredService<MlatPeers>();
        var receipts = new CapabilitiesSignatureVerifier(Trust, null, clock);
        using var key = Munich.CreateSigningKey();
        var id = Guid.NewGuid();
        var prepared = Sender(clock).Prepare(Request(id), new SendOptions { SigningKey = key, RecipientCertificate = Paris.SignerCertificate });
        var entry = new OutboxEntry { Recipient = ParisId, MessageId = id, MediaType = prepared.MediaType!, Payload = prepared.Payload, SignedEnvelope = prepared.SignedEnvelope, EnqueuedAt = Now };
        await munich.Store.EnqueueAsync(entry);

        // The node posted, Paris stored it, and Munich died before recording the receipt.
        var lost = await peers.For(ParisId).DeliverAsync(entry, receipts);
        var resent = await new OutboxDispatcher(munich.Store, peers, receipts, clock).DeliverPendingAsync();

        Assert.Equal(201, lost.Submission.StatusCode);
        var delivery = Assert.Single(resent).Result!;
        Assert.Equal(200, delivery.Submission.StatusCode);
        Assert.True(delivery.IsSuccess);
        Assert.Equal(lost.Submission.Receipt, delivery.Submission.Receipt);
        Assert.Single(await paris.Store.ListInboxAsync(10));
        Assert.Empty(await munich.Store.PendingAsync(10));
    }

    [Fact]
    public async Task A_refused_delivery_stays_pending_with_the_peer_findings()
    {
        var clock = new ExchangeClock(Now);
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, clock);
        await using var munich = await TestNode.StartAsync(Munich, MunichParty, clock);
        var services = new ServiceCollection();
        services.AddMlatPeer(ParisId, paris.BaseAddress);
        await using var provider = services.BuildServiceProvider();
        var id = Guid.NewGuid();
        var forged = Mutate(Sign(Request(id), Munich), n => n["body"]!["profile"] = "UNTOC");
        await munich.Store.EnqueueAsync(new OutboxEntry { Recipient = ParisId, MessageId = id, MediaType = "application/vnd.mlat+json; version=1.0", Payload = forged, SignedEnvelope = forged, EnqueuedAt = Now });

        var result = Assert.Single(await new OutboxDispatcher(munich.Store, provider.GetRequiredService<MlatPeers>(), new CapabilitiesSignatureVerifier(Trust, null, clock), clock).DeliverPendingAsync());

        Assert.False(result.Result!.IsSuccess);
        Assert.Equal(422, result.Result.Submission.StatusCode);
        Assert.Contains(result.Result.Submission.Findings, f => f.Code == FindingCodes.SigContentDigest);
        Assert.NotNull(result.Result.Submission.Rejection);
        Assert.Single(await munich.Store.PendingAsync(10));
    }
}

/// <summary>A peer that accepts connections and never answers: the delivery times out and the entry stays pending.</summary>
public sealed class SilentPeerTests
{
    [Fact]
    public async Task A_peer_that_never_answers_leaves_the_entry_pending_instead_of_failing_the_round()
    {
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var accepted = new List<System.Net.Sockets.TcpClient>();
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    accepted.Add(await silent.AcceptTcpClientAsync(stop.Token));
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
        var address = new Uri($"http://127.0.0.1:{((System.Net.IPEndPoint)silent.LocalEndpoint).Port}/");
        var munich = await Sqlite.SqliteExchangeStore.OpenAsync(Path.Combine(Directory.CreateTempSubdirectory("mlat-silent-").FullName, "munich.db"));
        var envelope = Sign(Request(Guid.NewGuid()), Munich);
        await munich.EnqueueAsync(new OutboxEntry { Recipient = ParisId, MessageId = Guid.NewGuid(), MediaType = "application/vnd.mlat+json; version=1.0", Payload = envelope, SignedEnvelope = envelope, EnqueuedAt = Now });
        var services = new ServiceCollection();
        services.AddMlatPeer(ParisId, address);
        // Short timeouts, so the pipeline gives up within seconds (the defaults wait 30 s).
        services.Configure<Microsoft.Extensions.Http.Resilience.HttpStandardResilienceOptions>(MlatPeers.ClientName(ParisId) + "-standard", o =>
        {
            o.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(500);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(1);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(2);
        });
        await using var provider = services.BuildServiceProvider();

        var results = await new OutboxDispatcher(munich, provider.GetRequiredService<MlatPeers>(), new CapabilitiesSignatureVerifier(Trust)).DeliverPendingAsync();

        Assert.Null(Assert.Single(results).Result);
        Assert.Single(await munich.PendingAsync(10));
        await stop.CancelAsync();
        await accepting;
        accepted.ForEach(c => c.Dispose());
    }
}
