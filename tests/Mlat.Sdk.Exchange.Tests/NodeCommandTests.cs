using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Http;
using Mlat.Sdk.Sqlite;
using Mlat.Sdk.Tests.Exchange;
using static Mlat.Sdk.Exchange.Tests.NodeProcess;
using static Mlat.Sdk.Tests.Exchange.ExchangeTestKit;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// <c>mlat serve</c>, <c>send</c>, <c>inbox</c> and <c>outbox</c>: Munich and Paris as two node processes on loopback,
/// exchanging the EIO conversation through the command line, and the receiving node killed with SIGKILL in the middle of
/// 2 000 deliveries and started again.
/// </summary>
public sealed class NodeCommandTests
{
    private static readonly (string Sample, string From)[] Conversation =
    [
        ("samples/1.0/valid/AssistanceRequest/eio-de-fr-bank-records-fraud.json", MunichId),
        ("samples/1.0/valid/AcknowledgementOfReceipt/full-paris-to-munich.json", ParisId),
        ("samples/1.0/valid/RequestForAdditionalInformation/minimal-unclear-role.json", ParisId),
        ("samples/1.0/valid/RecognitionDecision/minimal-recognised.json", ParisId),
        ("samples/1.0/valid/StatusUpdate/full-delay-notice.json", ParisId),
        ("samples/1.0/valid/ExecutionReport/full-final-with-conditions.json", ParisId),
    ];

    [Fact]
    public async Task Two_mlat_serve_nodes_exchange_the_conversation_through_mlat_send_and_every_receipt_verifies()
    {
        var (munichPort, parisPort) = (FreePort(), FreePort());
        await using var munich = Create(Munich, MunichParty, new Dictionary<string, (Testing.TestPkiBundle, int)> { [ParisId] = (Paris, parisPort) }, munichPort);
        await using var paris = Create(Paris, ParisParty, new Dictionary<string, (Testing.TestPkiBundle, int)> { [MunichId] = (Munich, munichPort) }, parisPort);
        await Task.WhenAll(munich.StartAsync(), paris.StartAsync());
        var work = Directory.CreateTempSubdirectory("mlat-send-").FullName;
        var trust = Path.Combine(work, "trust.json");
        await File.WriteAllBytesAsync(trust, Trust.ToJson());
        var sent = new List<(Guid Id, string From)>();

        foreach (var (sample, from) in Conversation)
        {
            var id = Guid.NewGuid();
            var file = Path.Combine(work, id + ".json");
            await File.WriteAllBytesAsync(file, WithoutValidation(Sample(sample, id, DateTimeOffset.UtcNow.AddMinutes(-1))));
            var receipt = Path.Combine(work, id + ".receipt.json");
            var (sender, receiver, receiverId) = from == MunichId ? (munich, paris, ParisId) : (paris, munich, MunichId);

            var send = await RunMlat("send", file, "--config", sender.ConfigPath, "--receipt", receipt);

            Assert.True(send.Exit == 0, sample + ": " + send.Out + send.Err);
            Assert.Contains($"DELIVERED {id} to {receiverId}", send.Out, StringComparison.Ordinal);

            // The receiver's inbox holds the envelope as received; the kept receipt verifies for exactly it.
            var received = Path.Combine(work, id + ".received.json");
            var show = await RunMlat("inbox", "show", id.ToString(), "--config", receiver.ConfigPath, "--output", received);
            Assert.Equal(0, show.Exit);
            var check = await RunMlat("receipt", receipt, "--envelope", received, "--trust", trust, "--receiver", receiverId);
            Assert.True(check.Exit == 0, check.Out + check.Err);
            Assert.Contains("VERIFIED", check.Out, StringComparison.Ordinal);
            sent.Add((id, from));
        }

        var inParis = JsonNode.Parse((await RunMlat("inbox", "list", "--config", paris.ConfigPath, "--format", "json")).Out)!.AsArray();
        var inMunich = JsonNode.Parse((await RunMlat("inbox", "list", "--config", munich.ConfigPath, "--format", "json")).Out)!.AsArray();
        var outMunich = JsonNode.Parse((await RunMlat("outbox", "list", "--config", munich.ConfigPath, "--format", "json")).Out)!.AsArray();
        Assert.Equal(sent.Where(s => s.From == MunichId).Select(s => s.Id.ToString()), inParis.Select(e => e!["messageId"]!.GetValue<string>()));
        Assert.Equal(sent.Where(s => s.From == ParisId).Select(s => s.Id.ToString()), inMunich.Select(e => e!["messageId"]!.GetValue<string>()));
        Assert.All(inParis, e => Assert.Equal(MunichId, e!["sender"]!.GetValue<string>()));
        Assert.Equal("AssistanceRequest", inParis[0]!["messageType"]!.GetValue<string>());
        Assert.All(outMunich, e => Assert.Equal("DELIVERED", e!["state"]!.GetValue<string>()));

        // Sending the same file again delivers nothing new: the outbox already holds its receipt.
        var again = await RunMlat("send", Path.Combine(work, sent[0].Id + ".json"), "--config", munich.ConfigPath);
        Assert.Equal(0, again.Exit);
        Assert.Contains("before", again.Out, StringComparison.Ordinal);
        Assert.Single(JsonNode.Parse((await RunMlat("inbox", "list", "--config", paris.ConfigPath, "--format", "json")).Out)!.AsArray());
    }

    [Fact]
    public async Task Node_commands_answer_bad_configuration_unknown_peers_refused_messages_and_an_unreachable_peer_with_codes()
    {
        var parisPort = FreePort();
        await using var munich = Create(Munich, MunichParty, new Dictionary<string, (Testing.TestPkiBundle, int)> { [ParisId] = (Paris, parisPort) });
        var work = Directory.CreateTempSubdirectory("mlat-send-").FullName;
        var request = Path.Combine(work, "request.json");
        await File.WriteAllBytesAsync(request, WithoutValidation(Sample(RequestSample, Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-1))));

        // A typo in the configuration names the member; nothing starts.
        var config = JsonNode.Parse(await File.ReadAllTextAsync(munich.ConfigPath))!;
        config["peer"] = new JsonObject();
        var typo = Path.Combine(munich.Directory, "typo.json");
        await File.WriteAllTextAsync(typo, config.ToJsonString());
        var badConfig = await RunMlat("serve", "--config", typo);
        Assert.Equal(2, badConfig.Exit);
        Assert.Contains("MLAT-CLI-BAD-CONFIG", badConfig.Err, StringComparison.Ordinal);
        Assert.Contains("'peer'", badConfig.Err, StringComparison.Ordinal);

        // A message to an authority that is not a peer.
        var toStranger = Path.Combine(work, "stranger.json");
        await File.WriteAllBytesAsync(toStranger, Mutate(await File.ReadAllBytesAsync(request), n => n["header"]!["recipient"]!["authorityId"] = "FR:Somewhere-Else"));
        var unknown = await RunMlat("send", toStranger, "--config", munich.ConfigPath);
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("MLAT-CLI-UNKNOWN-PEER", unknown.Err, StringComparison.Ordinal);

        // Paris is down: a coded error after the client's retries, no stack trace, nothing half-sent.
        var down = await RunMlat("send", request, "--config", munich.ConfigPath);
        Assert.Equal(1, down.Exit);
        Assert.Contains("MLAT-CLI-PEER-UNREACHABLE", down.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", down.Err, StringComparison.Ordinal);

        // Paris is up, but the message is invalid: refused by the sender's own validation, with the finding's code.
        await using var paris = Create(Paris, ParisParty, new Dictionary<string, (Testing.TestPkiBundle, int)> { [MunichId] = (Munich, munich.Port) }, parisPort);
        await paris.StartAsync();
        var invalid = Path.Combine(work, "invalid.json");
        await File.WriteAllBytesAsync(invalid, Mutate(await File.ReadAllBytesAsync(request), n => n["body"]!.AsObject().Remove("measures")));
        var refused = await RunMlat("send", invalid, "--config", munich.ConfigPath);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("REFUSED at Validation", refused.Out, StringComparison.Ordinal);
        Assert.Contains("schema.required", refused.Out, StringComparison.Ordinal);
        Assert.Contains("/body/measures", refused.Out, StringComparison.Ordinal);
        Assert.Equal("0 message(s) in the inbox", (await RunMlat("inbox", "list", "--config", paris.ConfigPath)).Out.Trim());

        var delivered = await RunMlat("send", request, "--config", munich.ConfigPath);
        Assert.Equal(0, delivered.Exit);
    }

    [Fact]
    public Task The_receiving_node_killed_in_the_middle_of_2000_deliveries_ends_with_each_message_stored_once_and_every_receipt_verified()
        => KilledDuringDeliveries(null, async paris => await SqliteExchangeStore.OpenAsync(paris.StorePath));

    [RequiresFact(Requirement.PostgreSql, Requirement.Redis)]
    public async Task The_receiving_node_on_PostgreSQL_and_Redis_killed_in_the_middle_of_2000_deliveries_ends_with_each_message_stored_once_and_every_receipt_verified()
    {
        var schema = "kill_" + Guid.NewGuid().ToString("N")[..12];
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(Environment.GetEnvironmentVariable("MLAT_POSTGRES")!);
        await KilledDuringDeliveries(
            config =>
            {
                config["store"] = new JsonObject { ["postgres"] = Environment.GetEnvironmentVariable("MLAT_POSTGRES"), ["schema"] = schema };
                config["redis"] = Environment.GetEnvironmentVariable("MLAT_REDIS");
            },
            async _ => await PostgreSql.PostgreSqlExchangeStore.OpenAsync(dataSource, new PostgreSql.PostgreSqlExchangeStoreOptions { Schema = schema }));
    }

    /// <summary>
    /// Munich's outbox delivers 2 000 signed, encrypted requests to a Paris <c>mlat serve</c> process, which is killed with
    /// SIGKILL once a quarter are delivered and started again on the same store.
    /// </summary>
    private static async Task KilledDuringDeliveries(Action<JsonObject>? edit, Func<NodeProcess, Task<IInboxStore>> openInbox)
    {
        const int Count = 2000;
        await using var paris = Create(Paris, ParisParty, new Dictionary<string, (Testing.TestPkiBundle, int)>(), edit: edit);
        await paris.StartAsync();
        var outbox = await SqliteExchangeStore.OpenAsync(Path.Combine(Directory.CreateTempSubdirectory("mlat-outbox-").FullName, "munich.db"));
        var sender = Sender(TimeProvider.System);
        {
            var created = DateTimeOffset.UtcNow.AddMinutes(-1);
            var ids = Enumerable.Range(0, Count).Select(_ => Guid.NewGuid()).ToArray();
            var prepared = new SendResult[Count];
            // One signing key per worker: a key object is not shared between threads.
            Parallel.For(
                0,
                Count,
                Munich.CreateSigningKey,
                (i, _, workerKey) =>
                {
                    prepared[i] = sender.Prepare(WithoutValidation(Sample(RequestSample, ids[i], created)), new SendOptions { SigningKey = workerKey, RecipientCertificate = Paris.SignerCertificate });
                    return workerKey;
                },
                workerKey => workerKey.Dispose());
            for (var i = 0; i < Count; i++)
            {
                Assert.True(prepared[i].IsSuccess);
                await outbox.EnqueueAsync(new OutboxEntry { Recipient = ParisId, MessageId = ids[i], MediaType = prepared[i].MediaType!, Payload = prepared[i].Payload!, SignedEnvelope = prepared[i].SignedEnvelope!, EnqueuedAt = created });
            }
        }

        var services = new ServiceCollection();
        services.AddMlatPeer(ParisId, paris.Url);
        await using var provider = services.BuildServiceProvider();
        var receipts = new CapabilitiesSignatureVerifier(Trust);
        var dispatcher = new OutboxDispatcher(outbox, provider.GetRequiredService<MlatPeers>(), receipts);
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(8)); // against a hang, not a speed limit
        var run = Task.Run(async () =>
        {
            while ((await outbox.PendingAsync(1)).Count > 0)
            {
                guard.Token.ThrowIfCancellationRequested();
                await dispatcher.DeliverPendingAsync(100, guard.Token);
            }
        });

        // Kill Paris once a quarter of the messages are delivered, while the dispatcher is posting the next ones.
        while ((await outbox.PendingAsync(Count)).Count > Count * 3 / 4)
        {
            await Task.Delay(50, guard.Token);
        }

        paris.Kill();
        var pendingAtKill = (await outbox.PendingAsync(Count)).Count;
        await paris.StartAsync();
        await run;

        Assert.InRange(pendingAtKill, 1, Count - 1);
        var sent = await outbox.ListOutboxAsync(Count + 1);
        Assert.Equal(Count, sent.Count);
        Assert.All(sent, e => Assert.True(TechnicalReceipts.Verify(e.Receipt, receipts, ParisId, e.SignedEnvelope).IsSuccess, e.MessageId.ToString()));
        var inbox = await (await openInbox(paris)).ListInboxAsync(Count + 1);
        Assert.Equal(Count, inbox.Count);
        Assert.Equal(sent.Select(e => e.MessageId).Order(), inbox.Select(e => e.MessageId).Order());
    }

    [RequiresFact(Requirement.PostgreSql, Requirement.Redis)]
    public async Task Two_mlat_serve_instances_on_one_PostgreSQL_schema_and_Redis_store_a_message_posted_to_both_once()
    {
        var schema = "serve_" + Guid.NewGuid().ToString("N")[..12];
        void Shared(JsonNode config)
        {
            config["store"] = new JsonObject { ["postgres"] = Environment.GetEnvironmentVariable("MLAT_POSTGRES"), ["schema"] = schema };
            config["redis"] = Environment.GetEnvironmentVariable("MLAT_REDIS");
        }

        await using var first = Create(Paris, ParisParty, new Dictionary<string, (Testing.TestPkiBundle, int)>(), edit: Shared);
        await using var second = Create(Paris, ParisParty, new Dictionary<string, (Testing.TestPkiBundle, int)>(), edit: Shared);
        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        var envelope = Sign(WithoutValidation(Sample(RequestSample, Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-1))), Munich, clock: TimeProvider.System);

        using var http = new HttpClient();
        var answers = await Task.WhenAll(new[] { first.Url, second.Url, first.Url, second.Url }.Select(async url =>
        {
            using var content = new ByteArrayContent(envelope);
            content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/vnd.mlat+json; version=1.0");
            using var response = await http.PostAsync(new Uri(url, "mlat/messages"), content);
            return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync());
        }));

        Assert.Equal(1, answers.Count(a => a.Item1 == 201));
        Assert.Equal(3, answers.Count(a => a.Item1 == 200));
        Assert.All(answers, a => Assert.Equal(answers[0].Item2, a.Item2));
        var listedByFirst = JsonNode.Parse((await RunMlat("inbox", "list", "--config", first.ConfigPath, "--format", "json")).Out)!.AsArray();
        var listedBySecond = JsonNode.Parse((await RunMlat("inbox", "list", "--config", second.ConfigPath, "--format", "json")).Out)!.AsArray();
        Assert.Single(listedByFirst);
        Assert.Equal(listedByFirst.ToJsonString(), listedBySecond.ToJsonString());
        Assert.True(TechnicalReceipts.Verify(answers[0].Item2, new CapabilitiesSignatureVerifier(Trust), ParisId, envelope).IsSuccess);
    }

    [Fact]
    public async Task A_redis_cache_without_a_shared_store_is_a_configuration_error()
    {
        await using var node = Create(Paris, ParisParty, new Dictionary<string, (Testing.TestPkiBundle, int)>(), edit: c => c["redis"] = "127.0.0.1:1");

        var serve = await RunMlat("serve", "--config", node.ConfigPath);

        Assert.Equal(2, serve.Exit);
        Assert.Contains("MLAT-CLI-BAD-CONFIG", serve.Err, StringComparison.Ordinal);
        Assert.Contains("'redis'", serve.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configured_certificate_mlat_send_encrypts_to_the_one_the_peer_s_signed_profile_publishes()
    {
        var (munichPort, parisPort) = (FreePort(), FreePort());
        await using var munich = Create(Munich, MunichParty, new Dictionary<string, (Testing.TestPkiBundle, int)> { [ParisId] = (Paris, parisPort) }, munichPort,
            edit: c => c["peers"]![ParisId]!.AsObject().Remove("certificate"));
        await using var paris = Create(Paris, ParisParty, new Dictionary<string, (Testing.TestPkiBundle, int)>(), parisPort);
        var capabilities = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(paris.Directory, "capabilities.json")))!;
        var work = Directory.CreateTempSubdirectory("mlat-send-").FullName;
        var request = Path.Combine(work, "request.json");
        await File.WriteAllBytesAsync(request, WithoutValidation(Sample(RequestSample, Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-1))));

        // A profile without an encryption item: nothing to encrypt to, a usage error before anything is sent.
        const string Source = "\"source\":{\"status\":\"ILLUSTRATIVE\",\"citation\":\"test data\"},\"effectiveFrom\":\"2017-05-22\"";
        capabilities["capabilitiesVersion"] = "1.1";
        capabilities["requirements"] = JsonNode.Parse("{\"instruments\":[{\"id\":\"fr.eio\",\"instrument\":\"EIO_DIRECTIVE_2014_41\"," + Source + "}]}");
        await File.WriteAllTextAsync(Path.Combine(paris.Directory, "capabilities.json"), capabilities.ToJsonString());
        await paris.StartAsync();
        var none = await RunMlat("send", request, "--config", munich.ConfigPath);
        Assert.Equal(2, none.Exit);
        Assert.Contains("MLAT-CLI-BAD-CERTIFICATE", none.Err, StringComparison.Ordinal);
        paris.Kill();

        // The same node publishing its certificate for EIOs in its signed capabilities: the message is sealed to it.
        capabilities["requirements"] = JsonNode.Parse("{\"instruments\":[{\"id\":\"fr.eio\",\"instrument\":\"EIO_DIRECTIVE_2014_41\"," + Source
            + ",\"encryption\":{\"id\":\"fr.eio.encryption\",\"certificate\":\"" + Convert.ToBase64String(Paris.SignerCertificate.RawData) + "\"," + Source + "}}]}");
        await File.WriteAllTextAsync(Path.Combine(paris.Directory, "capabilities.json"), capabilities.ToJsonString());
        await paris.StartAsync();
        var sent = await RunMlat("send", request, "--config", munich.ConfigPath);

        Assert.True(sent.Exit == 0, sent.Out + sent.Err);
        var outbox = JsonNode.Parse((await RunMlat("outbox", "list", "--config", munich.ConfigPath, "--format", "json")).Out)!.AsArray();
        Assert.Equal("DELIVERED", Assert.Single(outbox)!["state"]!.GetValue<string>());
        var stored = await (await SqliteExchangeStore.OpenAsync(Path.Combine(munich.Directory, "node.db"))).ListOutboxAsync(10);
        Assert.Equal(MessageSender.JoseMediaType, Assert.Single(stored).MediaType);
    }

    [Fact]
    public async Task Mlat_send_attach_uploads_the_evidence_files_before_the_message_and_the_peer_holds_them_as_signed()
    {
        var (munichPort, parisPort) = (FreePort(), FreePort());
        await using var munich = Create(Munich, MunichParty, new Dictionary<string, (Testing.TestPkiBundle, int)>(), munichPort);
        await using var paris = Create(Paris, ParisParty, new Dictionary<string, (Testing.TestPkiBundle, int)> { [MunichId] = (Munich, munichPort) }, parisPort);
        await munich.StartAsync();
        var work = Directory.CreateTempSubdirectory("mlat-attach-").FullName;
        var files = new[] { "statements.csv", "opening.pdf", "custody.pdf" }.Select((name, i) =>
        {
            var bytes = new byte[20_000 + (i * 7000)];
            new Random(i).NextBytes(bytes);
            var path = Path.Combine(work, name);
            File.WriteAllBytes(path, bytes);
            return (Path: path, Bytes: bytes, Sha: System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.SHA256.HashData(bytes)));
        }).ToArray();
        var id = Guid.NewGuid();
        var message = Path.Combine(work, "evidence.json");
        await File.WriteAllBytesAsync(message, Mutate(Sample("samples/1.0/valid/EvidenceTransmission/full-three-attachments-chain-of-custody.json", id, DateTimeOffset.UtcNow.AddMinutes(-1)), n =>
        {
            var manifest = n["body"]!["attachments"]!.AsArray();
            for (var i = 0; i < 3; i++)
            {
                manifest[i]!["sha256"] = files[i].Sha;
                manifest[i]!["size"] = files[i].Bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }));

        // A file that is not the one the manifest names is refused before anything is stored or sent.
        var wrong = await RunMlat("send", message, "--config", paris.ConfigPath, "--attach", "A1=" + files[1].Path);
        Assert.Equal(2, wrong.Exit);
        Assert.Contains("MLAT-CLI-ATTACHMENT-NOT-IN-MANIFEST", wrong.Err, StringComparison.Ordinal);

        // Signed elsewhere with its attachments covered, but sent without them: nothing is sent.
        var presigned = Path.Combine(work, "presigned.json");
        using (var key = Paris.CreateSigningKey())
        {
            var otherId = Guid.NewGuid();
            var body = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(message)).Replace(id.ToString(), otherId.ToString(), StringComparison.Ordinal));
            await File.WriteAllBytesAsync(presigned, new EnvelopeSigner().Sign(body, key, SignerRole.Executing, [.. files.Select((f, i) => EnvelopeAttachment.FromFile("A" + (i + 1), f.Path))]).Envelope!);
        }

        var uncovered = await RunMlat("send", presigned, "--config", paris.ConfigPath);
        Assert.Equal(2, uncovered.Exit);
        Assert.Contains("MLAT-CLI-ATTACHMENT-MISSING", uncovered.Err, StringComparison.Ordinal);
        Assert.Contains("/body/attachments/0", uncovered.Err, StringComparison.Ordinal);

        var sent = await RunMlat("send", message, "--config", paris.ConfigPath, "--attach", "A1=" + files[0].Path, "--attach", "A2=" + files[1].Path, "--attach", "A3=" + files[2].Path);

        Assert.True(sent.Exit == 0, sent.Out + sent.Err);
        Assert.Contains($"DELIVERED {id} to {MunichId}", sent.Out, StringComparison.Ordinal);
        var store = await SqliteExchangeStore.OpenAsync(Path.Combine(munich.Directory, "node.db"));
        Assert.Equal(id, Assert.Single(await store.ListInboxAsync(10)).MessageId);
        foreach (var file in files)
        {
            await using var held = store.OpenAttachment(file.Sha);
            using var copy = new MemoryStream();
            await held.CopyToAsync(copy);
            Assert.Equal(file.Bytes, copy.ToArray());
        }

        // The stored envelope's signature covers the three attachments: mlat verify checks them against the files.
        var received = Path.Combine(work, "received.json");
        Assert.Equal(0, (await RunMlat("inbox", "show", id.ToString(), "--config", munich.ConfigPath, "--output", received)).Exit);
        var trust = Path.Combine(work, "trust.json");
        await File.WriteAllBytesAsync(trust, Trust.ToJson());
        var verify = await RunMlat("verify", received, "--trust", trust, "--as", MunichId, "--attach", "A1=" + files[0].Path, "--attach", "A2=" + files[1].Path, "--attach", "A3=" + files[2].Path);
        Assert.True(verify.Exit == 0, verify.Out + verify.Err);
    }

    [Fact]
    public async Task Mlat_demo_network_plays_the_exchange_between_two_nodes_over_http_and_its_receipt_verifies_with_mlat_verify()
    {
        var work = Directory.CreateTempSubdirectory("mlat-demo-network-").FullName;

        var demo = await RunMlat("demo", "--network", "--out", work);

        Assert.True(demo.Exit == 0, demo.Out + demo.Err);
        Assert.Contains("1/1 delivered, HTTP 201", demo.Out, StringComparison.Ordinal);
        Assert.Contains("3/3 delivered, HTTP 201, 201, 201", demo.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("FAILED", demo.Out, StringComparison.Ordinal);
        var munich = await SqliteExchangeStore.OpenAsync(Path.Combine(work, "de", "node.db"));
        var paris = await SqliteExchangeStore.OpenAsync(Path.Combine(work, "fr", "node.db"));
        Assert.Equal(["AcknowledgementOfReceipt", "RecognitionDecision", "EvidenceTransmission"], (await munich.ListInboxAsync(10)).Select(e => Serialization.MlatJson.WireName(e.MessageType)));
        Assert.Equal("AssistanceRequest", Serialization.MlatJson.WireName(Assert.Single(await paris.ListInboxAsync(10)).MessageType));
        var evidence = (await munich.ListInboxAsync(10))[2].Envelope;
        Assert.All(Attachments.Manifest(evidence), a => Assert.True(munich.GetAttachmentAsync(a.Sha256).AsTask().Result?.IsComplete));
        Assert.All(await paris.ListOutboxAsync(10), e => Assert.NotNull(e.DeliveredAt));

        // The command the demo prints: mlat verify recognises the receipt.
        var receipt = await RunMlat("verify", Path.Combine(work, "de", "receipts", "request.receipt.json"), "--envelope", Path.Combine(work, "de", "02-eio-request.signed.json"), "--trust", Path.Combine(work, "keys", "trust-list.json"), "--as", ParisId);
        Assert.True(receipt.Exit == 0, receipt.Out + receipt.Err);
        Assert.Contains("VERIFIED", receipt.Out, StringComparison.Ordinal);
    }
}
