using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk;
using Mlat.Sdk.Conformance;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;
using Mlat.Sdk.Versioning;

namespace Mlat.Cli;

/// <summary>
/// The conformance run against another product's node (<c>mlat conformance run --endpoint</c>, docs/conformance.md
/// "A node's endpoint"): sends valid, encrypted, replayed, conflicting, tampered, forged, invalid, malformed, wrongly
/// labelled and oversized submissions to the node's HTTP binding and checks each answer against specification
/// §15.2-§15.6. The kit signs as a sender the node trusts (the operator's <c>--key</c>/<c>--cert</c>), verifies what the
/// node signs against <c>--trust</c>, and encrypts to the certificate that signed the node's capabilities.
/// </summary>
internal sealed class EndpointConformance
{
    private const string Suite = "endpoint";
    private const long DefaultLimit = 16 * 1024 * 1024;

    private readonly HttpClient _http;
    private readonly SigningKey _key;
    private readonly string _senderId;
    private readonly TrustList _trust;
    private readonly List<ConformanceCaseResult> _results = [];

    public EndpointConformance(HttpClient http, SigningKey key, string senderId, TrustList trust)
    {
        _http = http;
        _key = key;
        _senderId = senderId;
        _trust = trust;
    }

    public async Task<ConformanceReport> RunAsync(CancellationToken ct)
    {
        var verifier = new CapabilitiesSignatureVerifier(_trust);
        CapabilitiesDocument? capabilities = null;
        X509Certificate2? nodeCertificate = null;
        string? etag = null;

        await Case("capabilities-signed", async failures =>
        {
            using var response = await _http.GetAsync(new Uri(".well-known/mlat-capabilities", UriKind.Relative), ct);
            Expect(failures, response.StatusCode == HttpStatusCode.OK, $"GET capabilities: expected 200, got {(int)response.StatusCode}");
            Expect(failures, response.Headers.CacheControl?.MaxAge is not null, "no Cache-Control max-age (§15.2)");
            etag = response.Headers.ETag?.Tag;
            Expect(failures, etag is not null, "no ETag (§15.2)");
            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            var read = CapabilitiesReader.Read(bytes, verifier);
            Expect(failures, read.IsSuccess && read.SignatureVerified == true, "the capabilities document does not verify against the trust list: " + Codes(read.Findings));
            capabilities = read.Document;
            var signature = verifier.VerifyDocument(bytes);
            nodeCertificate = signature.IsSuccess && signature.Signatures.Count > 0 ? signature.Signatures[0].Certificate : null;
        });

        if (capabilities is null || nodeCertificate is null)
        {
            return Report();
        }

        var node = capabilities.Party.AuthorityId;
        var version = capabilities.Versions
            .Where(v => v.Status != VersionStatus.Preview && v.Version.IsSupported && v.Receive.Contains("StatusQuery"))
            .Select(v => v.Version).DefaultIfEmpty().Max();

        await Case("capabilities-not-modified", async failures =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(".well-known/mlat-capabilities", UriKind.Relative));
            if (etag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            using var response = await _http.SendAsync(request, ct);
            Expect(failures, response.StatusCode == HttpStatusCode.NotModified, $"GET with If-None-Match of the ETag: expected 304, got {(int)response.StatusCode}");
        });

        if (version is null)
        {
            await Case("version", failures =>
            {
                failures.Add("the node's capabilities name no active release of the standard that receives StatusQuery");
                return Task.CompletedTask;
            });
            return Report();
        }

        var mediaType = $"application/vnd.mlat+json; version={version}";
        var first = Sign(Message(version, node, Guid.NewGuid(), DateTimeOffset.UtcNow.AddSeconds(-30)));
        byte[]? firstReceipt = null;

        await Case("accepted-json", async failures =>
        {
            var (status, body, _) = await Post(first, mediaType, ct);
            Expect(failures, status == 201, $"a valid signed message: expected 201, got {status}");
            firstReceipt = body;
            ExpectReceipt(failures, body, verifier, node, first);
        });

        await Case("accepted-jose", async failures =>
        {
            var envelope = Sign(Message(version, node, Guid.NewGuid(), DateTimeOffset.UtcNow.AddSeconds(-30)));
            var jwe = Encoding.ASCII.GetBytes(EnvelopeEncryptor.EncryptToCertificate(envelope, nodeCertificate));
            var (status, body, _) = await Post(jwe, MessageSender.JoseMediaType, ct);
            Expect(failures, status == 201, $"a valid message encrypted to the node's certificate: expected 201, got {status}");
            ExpectReceipt(failures, body, verifier, node, envelope);
        });

        await Case("replay-same-bytes", async failures =>
        {
            var (status, body, _) = await Post(first, mediaType, ct);
            Expect(failures, status == 200, $"the same envelope again: expected 200, got {status} (§15.5)");
            Expect(failures, firstReceipt is not null && body.AsSpan().SequenceEqual(firstReceipt), "the same envelope again: expected the stored receipt, byte for byte (§15.5)");
        });

        await Case("replay-re-encrypted", async failures =>
        {
            var jwe = Encoding.ASCII.GetBytes(EnvelopeEncryptor.EncryptToCertificate(first, nodeCertificate));
            var (status, body, _) = await Post(jwe, MessageSender.JoseMediaType, ct);
            Expect(failures, status == 200, $"the same envelope re-encrypted: expected 200, got {status} (§15.5)");
            Expect(failures, firstReceipt is not null && body.AsSpan().SequenceEqual(firstReceipt), "the same envelope re-encrypted: expected the stored receipt (§15.5)");
        });

        await Case("conflict", async failures =>
        {
            var other = Sign(Message(version, node, MessageIdOf(first), DateTimeOffset.UtcNow.AddSeconds(-20)));
            var (status, body, type) = await Post(other, mediaType, ct);
            Expect(failures, status == 409, $"other bytes under a stored messageId: expected 409, got {status} (§15.5)");
            ExpectProblem(failures, body, type, "urn:mlat:problem:conflict", FindingCodes.ExchangeConflict, null);
        });

        await Case("tampered", async failures =>
        {
            var tampered = Mutate(Sign(Message(version, node, Guid.NewGuid(), DateTimeOffset.UtcNow.AddSeconds(-30))), n => n["body"]!["request"]!["messageId"] = Guid.NewGuid().ToString("D"));
            var (status, body, type) = await Post(tampered, mediaType, ct);
            Expect(failures, status == 422, $"a body changed after signing: expected 422, got {status}");
            ExpectProblem(failures, body, type, "urn:mlat:problem:refused", FindingCodes.SigContentDigest, "Verification");
            ExpectRejection(failures, body, node);
        });

        await Case("forged-signer", async failures =>
        {
            using var stranger = TestPki.Generate(CountryCodeOf(_senderId), _senderId);
            using var strangerKey = stranger.CreateSigningKey();
            var forged = new EnvelopeSigner().Sign(Message(version, node, Guid.NewGuid(), DateTimeOffset.UtcNow.AddSeconds(-30)), strangerKey, SignerRole.Issuing).Envelope!;
            var (status, body, type) = await Post(forged, mediaType, ct);
            Expect(failures, status == 422, $"a signature by a key outside the trust list: expected 422, got {status}");
            ExpectProblem(failures, body, type, "urn:mlat:problem:refused", "MLAT-TRUST-", "Verification");
        });

        await Case("invalid-message", async failures =>
        {
            var invalid = Sign(Mutate(Message(version, node, Guid.NewGuid(), DateTimeOffset.UtcNow.AddSeconds(-30)), n => n["body"]!.AsObject().Remove("request")));
            var (status, body, type) = await Post(invalid, mediaType, ct);
            Expect(failures, status == 422, $"a signed message its schema refuses: expected 422, got {status}");
            ExpectProblem(failures, body, type, "urn:mlat:problem:refused", "schema.required", "Validation");
        });

        await Case("malformed", async failures =>
        {
            var (status, body, type) = await Post("{\"header\":"u8.ToArray(), mediaType, ct);
            Expect(failures, status == 422, $"truncated JSON: expected 422, got {status}");
            ExpectProblem(failures, body, type, "urn:mlat:problem:refused", FindingCodes.JsonMalformed, "Reading");
        });

        await Case("media-type", async failures =>
        {
            var (status, body, type) = await Post(Sign(Message(version, node, Guid.NewGuid(), DateTimeOffset.UtcNow.AddSeconds(-30))), "text/plain", ct);
            Expect(failures, status == 415, $"a message labelled text/plain: expected 415, got {status} (§15.3)");
            ExpectProblem(failures, body, type, "urn:mlat:problem:media-type", FindingCodes.ExchangeMediaType, null);
        });

        await Case("too-large", async failures =>
        {
            var limit = capabilities.MaxMessageSize ?? DefaultLimit;
            var (status, body, type) = await Post(new byte[checked((int)Math.Min(limit + 1, int.MaxValue))], mediaType, ct);
            Expect(failures, status == 413, $"a body of {limit + 1} bytes (the node's limit plus one): expected 413, got {status} (§15.3)");
            ExpectProblem(failures, body, type, "urn:mlat:problem:too-large", FindingCodes.JsonTooLarge, null);
        });

        return Report();
    }

    private ConformanceReport Report() => new(Suite, _http.BaseAddress!.AbsoluteUri, _results);

    private async Task Case(string id, Func<List<string>, Task> check)
    {
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();
        try
        {
            await check(failures);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or InvalidOperationException)
        {
            failures.Add($"the exchange failed: {ex.GetType().Name}");
        }

        _results.Add(new ConformanceCaseResult($"{Suite}/{id}", Suite, failures.Count == 0, failures, watch.Elapsed));
    }

    private async Task<(int Status, byte[] Body, string? ContentType)> Post(byte[] payload, string mediaType, CancellationToken ct)
    {
        using var content = new ByteArrayContent(payload);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        using var response = await _http.PostAsync(new Uri("mlat/messages", UriKind.Relative), content, ct);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(ct), response.Content.Headers.ContentType?.MediaType);
    }

    private static void ExpectReceipt(List<string> failures, byte[] body, CapabilitiesSignatureVerifier verifier, string node, byte[] envelope)
    {
        var receipt = TechnicalReceipts.Verify(body, verifier, node, envelope);
        Expect(failures, receipt.IsSuccess, "the receipt does not verify for the envelope sent (§15.4): " + Codes(receipt.Findings));
    }

    private static void ExpectProblem(List<string> failures, byte[] body, string? contentType, string type, string code, string? stage)
    {
        Expect(failures, contentType == "application/problem+json", $"expected an application/problem+json answer, got {contentType ?? "none"} (§15.6)");
        JsonNode? problem;
        try
        {
            problem = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            failures.Add("the problem document is not JSON (§15.6)");
            return;
        }

        Expect(failures, problem?["type"]?.GetValueKind() == JsonValueKind.String && problem["type"]!.GetValue<string>() == type, $"expected problem type {type} (§15.6)");
        var findings = problem?["findings"] as JsonArray;
        Expect(failures, findings is not null && findings.Any(f => f?["code"]?.GetValueKind() == JsonValueKind.String && f["code"]!.GetValue<string>().StartsWith(code, StringComparison.Ordinal)), $"expected a finding {code}… (§15.6)");
        Expect(failures, findings is null || findings.All(f => f is JsonObject o && o.All(m => m.Key is "code" or "pointer" or "severity")), "a finding carries more than code, pointer and severity: a problem document quotes no text or value (§15.6, §12.5)");
        if (stage is not null)
        {
            Expect(failures, problem?["stage"]?.GetValueKind() == JsonValueKind.String && problem["stage"]!.GetValue<string>() == stage, $"expected stage {stage} (§15.6)");
        }
    }

    private void ExpectRejection(List<string> failures, byte[] body, string node)
    {
        var rejection = JsonNode.Parse(body)?["rejection"];
        Expect(failures, rejection is JsonObject, "a 422 to a sender the header names carries no signed TechnicalRejection (§15.6)");
        if (rejection is JsonObject)
        {
            var signature = new EnvelopeVerifier(_trust, new VerificationPolicy { VerifierAuthorityId = _senderId }).Verify(Encoding.UTF8.GetBytes(rejection.ToJsonString()));
            Expect(failures, signature.IsSuccess, "the TechnicalRejection's signature does not verify against the trust list: " + Codes(signature.Findings));
            Expect(failures, rejection["header"]?["sender"]?["authorityId"]?.GetValue<string>() == node, "the TechnicalRejection is not sent by the node's authority (§5.8)");
        }
    }

    private byte[] Message(MlatVersion version, string node, Guid id, DateTimeOffset created)
    {
        var message = new JsonObject
        {
            ["header"] = new JsonObject
            {
                ["version"] = version.ToString(),
                ["messageType"] = "StatusQuery",
                ["messageId"] = id.ToString("D"),
                ["conversationId"] = Guid.NewGuid().ToString("D"),
                ["createdAt"] = created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["sender"] = new JsonObject { ["country"] = CountryCodeOf(_senderId).ToString(), ["authorityId"] = _senderId, ["name"] = "Conformance kit sender", ["role"] = "ISSUING" },
                ["recipient"] = new JsonObject { ["country"] = CountryCodeOf(node).ToString(), ["authorityId"] = node, ["name"] = "Node under test", ["role"] = "EXECUTING" },
                ["language"] = "en",
            },
            ["body"] = new JsonObject { ["request"] = new JsonObject { ["messageId"] = Guid.NewGuid().ToString("D") } },
        };
        return Encoding.UTF8.GetBytes(message.ToJsonString());
    }

    private byte[] Sign(byte[] message)
    {
        var signed = new EnvelopeSigner().Sign(message, _key, SignerRole.Issuing);
        return signed.IsSuccess ? signed.Envelope! : throw new InvalidOperationException("The kit's own message could not be signed: " + Codes(signed.Findings));
    }

    private static byte[] Mutate(byte[] json, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(json)!;
        edit(node);
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    private static Guid MessageIdOf(byte[] envelope) => Guid.Parse(JsonNode.Parse(envelope)!["header"]!["messageId"]!.GetValue<string>());

    internal static CountryCode CountryCodeOf(string authorityId)
        => authorityId.Length > 3 && authorityId[2] == ':' && Enum.TryParse<CountryCode>(authorityId[..2], ignoreCase: false, out var c) && Enum.IsDefined(c)
            ? c
            : throw new ArgumentException("An authority id starts with its country: CC:local-id.", nameof(authorityId));

    private static void Expect(List<string> failures, bool condition, string failure)
    {
        if (!condition)
        {
            failures.Add(failure);
        }
    }

    private static string Codes(IEnumerable<Finding> findings) => string.Join(",", findings.Select(f => f.Code + "@" + f.Pointer));
}
