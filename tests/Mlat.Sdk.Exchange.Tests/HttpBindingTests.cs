using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.AspNetCore;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Http;
using Mlat.Sdk.Tests.Exchange;
using static Mlat.Sdk.Tests.Exchange.ExchangeTestKit;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>The HTTP binding (specification §15.2-§15.5) on a real Kestrel over loopback.</summary>
public sealed class HttpBindingTests
{
    private static readonly string Json10 = "application/vnd.mlat+json; version=1.0";

    private static async Task<HttpResponseMessage> Post(TestNode node, byte[] body, string mediaType, bool chunked = false)
    {
        using var http = new HttpClient { BaseAddress = node.BaseAddress };
        HttpContent content = chunked ? new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        if (chunked)
        {
            content.Headers.ContentLength = null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, MlatEndpoints.MessagesPath.TrimStart('/')) { Content = content };
        request.Headers.TransferEncodingChunked = chunked ? true : null;
        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static async Task<JsonNode> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsByteArrayAsync())!;
    }

    private static CapabilitiesSignatureVerifier ReceiptVerifier() => new(Trust, null, new ExchangeClock(Now.AddMinutes(5)));

    [Fact]
    public async Task An_accepted_message_gets_201_and_a_signed_receipt_for_exactly_its_bytes()
    {
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, new ExchangeClock(Now));
        var envelope = Sign(Request(Guid.NewGuid()), Munich);

        using var response = await Post(paris, envelope, Json10);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(TechnicalReceipts.MediaType, response.Content.Headers.ContentType?.MediaType);
        var receipt = TechnicalReceipts.Verify(await response.Content.ReadAsByteArrayAsync(), ReceiptVerifier(), ParisId, envelope);
        Assert.True(receipt.IsSuccess, string.Join(",", Codes(receipt.Findings)));
        Assert.Equal(MunichId, receipt.Receipt!.Sender);
        Assert.Equal(TechnicalReceipt.DigestOf(envelope), receipt.Receipt.Digest);
        var stored = Assert.Single(await paris.Store.ListInboxAsync(10));
        Assert.Equal(envelope, stored.Envelope.ToArray());
    }

    [Fact]
    public async Task The_same_bytes_again_give_the_same_receipt_and_other_bytes_under_the_same_id_give_409()
    {
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, new ExchangeClock(Now));
        var id = Guid.NewGuid();
        var envelope = Sign(Request(id), Munich);
        var other = Sign(Request(id), Munich, clock: new ExchangeClock(Now.AddSeconds(30))); // another iat: other bytes, same id

        using var first = await Post(paris, envelope, Json10);
        using var again = await Post(paris, envelope, Json10);
        using var reencrypted = await Post(paris, Encoding.ASCII.GetBytes(EnvelopeEncryptor.EncryptToCertificate(envelope, Paris.SignerCertificate)), MessageSender.JoseMediaType);
        using var conflict = await Post(paris, other, Json10);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reencrypted.StatusCode);
        var receipt = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(receipt, await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(receipt, await reencrypted.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var problem = await Problem(conflict);
        Assert.Equal(FindingCodes.ExchangeConflict, problem["code"]!.GetValue<string>());
        Assert.Equal("/header/messageId", problem["pointer"]!.GetValue<string>());
        var stored = Assert.Single(await paris.Store.ListInboxAsync(10));
        Assert.Equal(envelope, stored.Envelope.ToArray());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_oversized_submission_gets_413_with_a_coded_problem_and_is_not_stored(bool chunked)
    {
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, new ExchangeClock(Now), o => o.MaxSubmissionBytes = 64 * 1024);
        var big = Encoding.UTF8.GetBytes("{\"pad\":\"" + new string('x', 100 * 1024) + "\"}");

        using var response = await Post(paris, big, Json10, chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await Problem(response);
        Assert.Equal(FindingCodes.JsonTooLarge, problem["code"]!.GetValue<string>());
        Assert.Equal(string.Empty, problem["pointer"]!.GetValue<string>());
        Assert.Empty(await paris.Store.ListInboxAsync(10));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/vnd.mlat+json")]
    [InlineData("application/vnd.mlat+json; version=9.0")]
    [InlineData("text/plain")]
    public async Task A_submission_without_a_supported_media_type_gets_415(string mediaType)
    {
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, new ExchangeClock(Now));

        using var response = await Post(paris, Sign(Request(Guid.NewGuid()), Munich), mediaType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(FindingCodes.ExchangeMediaType, (await Problem(response))["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_forged_message_gets_422_with_codes_and_a_signed_rejection_that_quotes_no_content()
    {
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, new ExchangeClock(Now));
        const string Marker = "ZZ-PERSONAL-DATA-MARKER-ZZ";
        var id = Guid.NewGuid();
        var forged = Mutate(Sign(Request(id), Munich), n => n["body"]!["summary"] = Marker);

        using var response = await Post(paris, forged, Json10);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Marker, text, StringComparison.Ordinal);
        var problem = await Problem(response);
        Assert.Equal("Verification", problem["stage"]!.GetValue<string>());
        Assert.Contains(problem["findings"]!.AsArray(), f => f!["code"]!.GetValue<string>() == FindingCodes.SigContentDigest);
        Assert.All(problem["findings"]!.AsArray(), f => Assert.Equal(["code", "pointer", "severity"], f!.AsObject().Select(p => p.Key)));
        var rejection = Encoding.UTF8.GetBytes(problem["rejection"]!.ToJsonString());
        var verified = new EnvelopeVerifier(Trust, new VerificationPolicy { VerifierAuthorityId = MunichId }, new ExchangeClock(Now.AddMinutes(1))).Verify(rejection);
        Assert.True(verified.IsSuccess, string.Join(",", Codes(verified.Findings)));
        Assert.Equal(ParisId, verified.Signatures[0].AuthorityId);
        Assert.Equal(id.ToString("D"), JsonNode.Parse(rejection)!["body"]!["rejectedMessageId"]!.GetValue<string>());
        Assert.Empty(await paris.Store.ListInboxAsync(10));
    }

    [Fact]
    public async Task The_hostile_corpus_gets_coded_answers_and_the_node_keeps_accepting_genuine_traffic()
    {
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, new ExchangeClock(Now));
        var corpus = new[] { "strict", "verify", "jwe" }
            .SelectMany(d => Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "tests", "fuzz-corpus", d)).Order(StringComparer.Ordinal).Select(f => (Dir: d, File: f)))
            .ToList();
        Assert.True(corpus.Count > 200);

        var statuses = new Dictionary<HttpStatusCode, int>();
        foreach (var (dir, file) in corpus)
        {
            using var response = await Post(paris, File.ReadAllBytes(file), dir == "jwe" ? MessageSender.JoseMediaType : Json10);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{Path.GetFileName(file)}: {(int)response.StatusCode}");
            var problem = await Problem(response);
            Assert.StartsWith("MLAT-", problem["code"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        using var genuine = await Post(paris, Sign(Request(Guid.NewGuid()), Munich), Json10);
        Assert.Equal(HttpStatusCode.Created, genuine.StatusCode);
        Assert.Single(await paris.Store.ListInboxAsync(1000));
    }

    [Fact]
    public async Task A_store_outage_gives_503_with_retry_after_and_the_retry_is_accepted_once()
    {
        var outage = new SwitchableInbox();
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, new ExchangeClock(Now), o => o.RetryAfterSeconds = 7, inner => outage.Wrap(inner));
        var envelope = Sign(Request(Guid.NewGuid()), Munich);

        outage.Down = true;
        using var during = await Post(paris, envelope, Json10);
        outage.Down = false;
        using var after = await Post(paris, envelope, Json10);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), during.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        Assert.Single(await paris.Store.ListInboxAsync(10));
    }

    [Fact]
    public async Task Capabilities_are_served_signed_at_the_well_known_url_cacheable_by_max_age_and_etag()
    {
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, new ExchangeClock(Now), o => o.CapabilitiesMaxAge = TimeSpan.FromMinutes(10));
        using var http = new HttpClient { BaseAddress = paris.BaseAddress };

        using var response = await http.GetAsync(MlatEndpoints.CapabilitiesPath.TrimStart('/'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var conditional = new HttpRequestMessage(HttpMethod.Get, MlatEndpoints.CapabilitiesPath.TrimStart('/'));
        conditional.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await http.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(10), response.Headers.CacheControl!.MaxAge);
        Assert.True(new CapabilitiesSignatureVerifier(Trust, null, new ExchangeClock(Now)).VerifyDocument(bytes).IsSuccess);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        // The client keeps the document for its max-age, then asks again.
        var clock = new ExchangeClock(Now);
        var client = new MlatHttpClient(new HttpClient { BaseAddress = paris.BaseAddress }, clock);
        var before = paris.Requests;
        await client.GetCapabilitiesAsync();
        await client.GetCapabilitiesAsync();
        clock.Now = Now.AddMinutes(11);
        Assert.Equal(bytes, await client.GetCapabilitiesAsync());
        Assert.Equal(before + 2, paris.Requests);
    }
}
