using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Mlat.Sdk.AspNetCore;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Http;
using Mlat.Sdk.Sqlite;
using Mlat.Sdk.Tests.Exchange;
using static Mlat.Sdk.Tests.Exchange.ExchangeTestKit;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// Attachments over the HTTP binding (specification §15.7) on real Kestrel: uploaded by digest, streamed into the store
/// in chunks, resumed after a cut, checked against the digest on arrival and against the signatures' sigD before the
/// message that names them is accepted.
/// </summary>
public sealed class AttachmentBindingTests
{
    private const string EvidenceSample = "samples/1.0/valid/EvidenceTransmission/full-three-attachments-chain-of-custody.json";

    [Fact]
    public async Task Paris_delivers_evidence_with_three_attachments_and_Munich_holds_exactly_the_signed_bytes()
    {
        var clock = new ExchangeClock(Now);
        await using var munich = await TestNode.StartAsync(Munich, MunichParty, clock, o => o.AttachmentChunkBytes = 64 * 1024);
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, clock);
        var files = Files(3, 300_000);
        var id = Guid.NewGuid();
        var entry = await Enqueue(paris.Store, clock, id, files);
        await using var provider = Peers(MunichId, munich.BaseAddress);

        var results = await new OutboxDispatcher(paris.Store, paris.Store, provider.GetRequiredService<MlatPeers>(), new CapabilitiesSignatureVerifier(Trust, null, clock), clock).DeliverPendingAsync();

        var delivered = Assert.Single(results);
        Assert.True(delivered.Result?.IsSuccess, string.Join(",", Codes(delivered.Result?.Findings ?? [])));
        Assert.Equal(201, delivered.Result!.Submission.StatusCode);
        Assert.Equal(id, Assert.Single(await munich.Store.ListInboxAsync(10)).MessageId);
        foreach (var file in files)
        {
            var held = await munich.Store.GetAttachmentAsync(Digest(file));
            Assert.Equal(new AttachmentUpload { Sha256 = Digest(file), Length = file.Length, Received = file.Length, IsComplete = true }, held);
            await using var stream = munich.Store.OpenAttachment(Digest(file));
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(file, copy.ToArray());
        }

        Assert.Empty(await paris.Store.PendingAsync(10));
        Assert.Equal(entry.MessageId, Assert.Single(await paris.Store.ListOutboxAsync(10)).MessageId);
    }

    [Fact]
    public async Task A_message_whose_attachment_was_not_uploaded_is_refused_at_its_manifest_entry_and_nothing_is_stored()
    {
        var clock = new ExchangeClock(Now);
        await using var munich = await TestNode.StartAsync(Munich, MunichParty, clock);
        var files = Files(3, 1000);
        var envelope = SignedEvidence(Guid.NewGuid(), files);
        using var http = new HttpClient { BaseAddress = munich.BaseAddress };
        var client = new MlatHttpClient(http, clock);
        var source = await SenderStore(files);

        // Two of three uploaded: the third is missing.
        Assert.True((await client.UploadAttachmentAsync(source, Digest(files[0]))).IsSuccess);
        Assert.True((await client.UploadAttachmentAsync(source, Digest(files[2]))).IsSuccess);
        var answer = await client.SubmitAsync(envelope, "application/vnd.mlat+json; version=1.0");

        Assert.Equal(422, answer.StatusCode);
        var finding = Assert.Single(answer.Findings);
        Assert.Equal((FindingCodes.ExchangeAttachmentMissing, "/body/attachments/1"), (finding.Code, finding.Pointer));
        Assert.Empty(await munich.Store.ListInboxAsync(10));

        // Uploaded, the same bytes are accepted.
        Assert.True((await client.UploadAttachmentAsync(source, Digest(files[1]))).IsSuccess);
        Assert.Equal(201, (await client.SubmitAsync(envelope, "application/vnd.mlat+json; version=1.0")).StatusCode);
    }

    [Fact]
    public async Task An_attachment_whose_uploaded_bytes_are_not_the_signed_ones_is_refused_by_the_sigD_check()
    {
        var clock = new ExchangeClock(Now);
        await using var munich = await TestNode.StartAsync(Munich, MunichParty, clock);
        var files = Files(3, 1000);
        var other = Files(1, 1000, seed: 99)[0];

        // The manifest names the other bytes' digest, but the signature covers the original bytes under A1.
        var message = Evidence(Guid.NewGuid(), [other, files[1], files[2]]);
        using var key = Paris.CreateSigningKey();
        var envelope = new EnvelopeSigner(clock).Sign(message, key, SignerRole.Executing, Covered(files), indented: false).Envelope!;
        using var http = new HttpClient { BaseAddress = munich.BaseAddress };
        var client = new MlatHttpClient(http, clock);
        var source = await SenderStore([other, files[1], files[2]]);
        foreach (var file in new[] { other, files[1], files[2] })
        {
            Assert.True((await client.UploadAttachmentAsync(source, Digest(file))).IsSuccess);
        }

        var answer = await client.SubmitAsync(envelope, "application/vnd.mlat+json; version=1.0");

        Assert.Equal(422, answer.StatusCode);
        Assert.Contains(answer.Findings, f => f.Code == FindingCodes.SigAttachmentDigest);
        Assert.Empty(await munich.Store.ListInboxAsync(10));
    }

    [Fact]
    public async Task Bytes_that_do_not_hash_to_the_path_digest_are_refused_and_not_kept()
    {
        var clock = new ExchangeClock(Now);
        await using var munich = await TestNode.StartAsync(Munich, MunichParty, clock);
        using var http = new HttpClient { BaseAddress = munich.BaseAddress };
        var claimed = Digest(Files(1, 5000, seed: 1)[0]);
        var sent = Files(1, 5000, seed: 2)[0];

        using var answer = await Put(http, claimed, sent, offset: 0, length: sent.Length);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        Assert.Equal(FindingCodes.ExchangeAttachmentDigest, (await ProblemCode(answer)));
        Assert.Null(await munich.Store.GetAttachmentAsync(claimed));
        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "mlat/attachments/" + claimed));
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);

        // Not a digest at all: refused before anything is read.
        using var notDigest = await Put(http, "not-a-digest", sent, offset: 0, length: sent.Length);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notDigest.StatusCode);
        Assert.Equal(FindingCodes.ExchangeAttachmentDigest, (await ProblemCode(notDigest)));
    }

    [Fact]
    public async Task An_upload_cut_mid_body_resumes_at_the_offset_the_node_reports_and_completes_with_the_digest_checked()
    {
        var clock = new ExchangeClock(Now);
        const int chunk = 16 * 1024;
        await using var munich = await TestNode.StartAsync(Munich, MunichParty, clock, o => o.AttachmentChunkBytes = chunk);
        using var http = new HttpClient { BaseAddress = munich.BaseAddress };
        var file = Files(1, 200_000, seed: 7)[0];
        var digest = Digest(file);

        // The client dies after 100 000 bytes (six 16 KiB chunks and a part): the node keeps every byte that arrived.
        using (var put = new HttpRequestMessage(HttpMethod.Put, "mlat/attachments/" + digest) { Content = new DyingContent(file, 100_000) })
        {
            put.Headers.Add("Upload-Length", file.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.SendAsync(put));
        }

        var held = await WaitForOffset(munich.Store, digest, 100_000);
        Assert.Equal(100_000, held.Received);
        Assert.False(held.IsComplete);
        using (var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "mlat/attachments/" + digest)))
        {
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal((100_000).ToString(System.Globalization.CultureInfo.InvariantCulture), head.Headers.GetValues("Upload-Offset").Single());
            Assert.Equal("?0", head.Headers.GetValues("Upload-Complete").Single());
        }

        // Resuming at the wrong offset is refused with the right one.
        using (var wrong = await Put(http, digest, file.AsSpan(0, 10).ToArray(), offset: 0, length: file.Length))
        {
            Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);
            Assert.Equal(FindingCodes.ExchangeAttachmentOffset, await ProblemCode(wrong));
            Assert.Equal((100_000).ToString(System.Globalization.CultureInfo.InvariantCulture), wrong.Headers.GetValues("Upload-Offset").Single());
        }

        // The client's upload asks, resumes there, and finishes: the node now holds exactly the file.
        var source = await SenderStore([file]);
        var counting = new CountingHandler(new HttpClientHandler());
        using var resumer = new HttpClient(counting) { BaseAddress = munich.BaseAddress };
        var result = await new MlatHttpClient(resumer).UploadAttachmentAsync(source, digest);

        Assert.Equal(201, result.StatusCode);
        Assert.Equal(file.Length - (100_000), counting.BytesSent);
        await using var stored = munich.Store.OpenAttachment(digest);
        Assert.Equal(digest, await Attachments.Sha256Async(stored));
    }

    [Fact]
    public async Task A_large_attachment_goes_in_segments_and_a_complete_one_is_not_sent_again()
    {
        var clock = new ExchangeClock(Now);
        await using var munich = await TestNode.StartAsync(Munich, MunichParty, clock, o => o.MaxSubmissionBytes = 64 * 1024);
        var file = Files(1, 3 * 1024 * 1024 + 17, seed: 3)[0];
        var source = await SenderStore([file]);
        var counting = new CountingHandler(new HttpClientHandler());
        using var http = new HttpClient(counting) { BaseAddress = munich.BaseAddress };
        var client = new MlatHttpClient(http) { UploadSegmentBytes = 1024 * 1024 };

        Assert.Equal(201, (await client.UploadAttachmentAsync(source, Digest(file))).StatusCode);
        Assert.Equal(4, counting.Puts); // 1 + 1 + 1 MiB and the last 17 bytes; the submission limit does not apply
        Assert.Equal(200, (await client.UploadAttachmentAsync(source, Digest(file))).StatusCode);
        Assert.Equal(4, counting.Puts);
        Assert.Equal(file.Length, counting.BytesSent);
    }

    [Fact]
    public async Task An_attachment_over_the_node_limit_is_refused_413_before_its_body_is_read()
    {
        var clock = new ExchangeClock(Now);
        await using var munich = await TestNode.StartAsync(Munich, MunichParty, clock, o => o.MaxAttachmentBytes = 1000);
        using var http = new HttpClient { BaseAddress = munich.BaseAddress };
        var file = Files(1, 1001)[0];

        using var answer = await Put(http, Digest(file), file, offset: 0, length: file.Length);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        Assert.Equal(FindingCodes.ExchangeAttachmentTooLarge, await ProblemCode(answer));
        Assert.Null(await munich.Store.GetAttachmentAsync(Digest(file)));
    }

    [Fact]
    public async Task A_sender_over_its_rate_limit_gets_429_with_Retry_After_and_the_node_serves_again_in_the_next_window()
    {
        var clock = new ExchangeClock(Now);
        // A 10 s window: the four submissions must fall into one window even on a loaded machine (a 2 s window was
        // outrun once while the whole solution's tests ran in parallel); the retry then waits out Retry-After.
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, clock, o => o.RateLimit = new MlatRateLimit(3, TimeSpan.FromSeconds(10)), pipeline: app => app.UseRateLimiter());
        using var http = new HttpClient { BaseAddress = paris.BaseAddress };
        var client = new MlatHttpClient(http, clock);
        var envelopes = Enumerable.Range(0, 4).Select(_ => Sign(Request(Guid.NewGuid()), Munich)).ToArray();

        var answers = new List<SubmissionResult>();
        foreach (var envelope in envelopes)
        {
            answers.Add(await client.SubmitAsync(envelope, "application/vnd.mlat+json; version=1.0"));
        }

        Assert.True(answers.Take(3).All(a => a.StatusCode == 201), string.Join(",", answers.SelectMany(a => Codes(a.Findings))));
        Assert.Equal(429, answers[3].StatusCode);
        Assert.Equal(FindingCodes.ExchangeRateLimited, Assert.Single(answers[3].Findings).Code);
        Assert.NotNull(answers[3].RetryAfter);
        Assert.Equal(3, (await paris.Store.ListInboxAsync(10)).Count);

        // The window ends (real time: the limiter's clock): the refused message goes in on retry.
        SubmissionResult retried;
        var attempts = 0;
        do
        {
            await Task.Delay(answers[3].RetryAfter!.Value);
            retried = await client.SubmitAsync(envelopes[3], "application/vnd.mlat+json; version=1.0");
        }
        while (retried.StatusCode == 429 && ++attempts < 5);

        Assert.Equal(201, retried.StatusCode);
        Assert.Equal(4, (await paris.Store.ListInboxAsync(10)).Count);
    }

    private static ServiceProvider Peers(string authorityId, Uri address)
    {
        var services = new ServiceCollection();
        services.AddMlatPeer(authorityId, address);
        return services.BuildServiceProvider();
    }

    private static async Task<OutboxEntry> Enqueue(SqliteExchangeStore store, ExchangeClock clock, Guid id, byte[][] files)
    {
        foreach (var file in files)
        {
            await store.AddAsync(new MemoryStream(file));
        }

        var envelope = SignedEvidence(id, files, clock);
        var entry = new OutboxEntry { Recipient = MunichId, MessageId = id, MediaType = "application/vnd.mlat+json; version=1.0", Payload = envelope, SignedEnvelope = envelope, EnqueuedAt = clock.Now };
        Assert.True(await store.EnqueueAsync(entry));
        return entry;
    }

    private static async Task<SqliteExchangeStore> SenderStore(byte[][] files)
    {
        var store = await SqliteExchangeStore.OpenAsync(Path.Combine(Directory.CreateTempSubdirectory("mlat-sender-").FullName, "sender.db"));
        foreach (var file in files)
        {
            await store.AddAsync(new MemoryStream(file), chunkBytes: 50_000);
        }

        return store;
    }

    private static byte[] SignedEvidence(Guid id, byte[][] files, TimeProvider? clock = null)
    {
        using var key = Paris.CreateSigningKey();
        var signed = new EnvelopeSigner(clock ?? new ExchangeClock(Now)).Sign(Evidence(id, files), key, SignerRole.Executing, Covered(files), indented: false);
        Assert.True(signed.IsSuccess, string.Join(",", Codes(signed.Findings)));
        return signed.Envelope!;
    }

    private static EnvelopeAttachment[] Covered(byte[][] files) => [.. files.Select((f, i) => EnvelopeAttachment.FromBytes("A" + (i + 1), f))];

    /// <summary>The sample's evidence transmission, re-dated, its three-entry manifest naming the given files.</summary>
    private static byte[] Evidence(Guid id, byte[][] files) => Mutate(Sample(EvidenceSample, id, Now.AddMinutes(-1)), n =>
    {
        var manifest = n["body"]!["attachments"]!.AsArray();
        for (var i = 0; i < manifest.Count; i++)
        {
            manifest[i]!["sha256"] = Digest(files[i]);
            manifest[i]!["size"] = files[i].Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    });

    private static byte[][] Files(int count, int size, int seed = 42)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var bytes = new byte[size];
            random.NextBytes(bytes);
            return bytes;
        })];
    }

    private static string Digest(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(SHA256.HashData(bytes));

    private static async Task<HttpResponseMessage> Put(HttpClient http, string digest, byte[] bytes, long offset, long length)
    {
        using var put = new HttpRequestMessage(HttpMethod.Put, "mlat/attachments/" + digest) { Content = new ByteArrayContent(bytes) };
        put.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        put.Headers.Add("Upload-Offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        put.Headers.Add("Upload-Length", length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return await http.SendAsync(put);
    }

    private static async Task<string> ProblemCode(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!.GetValue<string>();
    }

    /// <summary>The node appends what arrived after the client's connection breaks; bounded wait for that append.</summary>
    private static async Task<AttachmentUpload> WaitForOffset(SqliteExchangeStore store, string digest, long expected)
    {
        AttachmentUpload? held = null;
        for (var i = 0; i < 100 && held?.Received != expected; i++)
        {
            await Task.Delay(50);
            held = await store.GetAttachmentAsync(digest);
        }

        return held!;
    }

    /// <summary>Sends the first bytes of a file, then fails the request as a dying client's connection would.</summary>
    private sealed class DyingContent(byte[] file, int sendBeforeDying) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(file.AsMemory(0, sendBeforeDying));
            await stream.FlushAsync();
            await Task.Delay(200);
            throw new IOException("The client died.");
        }

        protected override bool TryComputeLength(out long length)
        {
            length = file.Length;
            return true;
        }
    }

    /// <summary>Counts PUT requests and the body bytes they carried.</summary>
    private sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public int Puts { get; private set; }

        public long BytesSent { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Put)
            {
                Puts++;
                BytesSent += request.Content?.Headers.ContentLength ?? 0;
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
