using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;

namespace Mlat.Sdk.Conformance.Tests.Interop;

/// <summary>
/// Envelope signatures against an independent JOSE implementation (npm <c>jose</c>) and RFC 8785 implementation (npm
/// <c>canonicalize</c>), both ways: every SDK signature verifies in jose's <c>flattenedVerify</c> with <c>crit</c>
/// handled and its <c>sigD</c> digests recomputed in JavaScript match; a JAdES-shaped signature made in JavaScript
/// verifies in the SDK.
/// </summary>
public sealed class SignatureInteropTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private const string Envelope = """
        {
          "header": {
            "version": "1.0", "messageType": "StatusQuery",
            "messageId": "0b7e2a51-8c1d-4e0f-9a3b-5d6c7e8f9a01", "conversationId": "6f1c2b8e-3d4a-4b7c-9e21-0a5d7c3f9b10",
            "createdAt": "2026-11-28T09:58:30.25Z",
            "sender": { "country": "DE", "authorityId": "DE:StA-Muenchen-I", "name": "Staatsanwaltschaft München I", "role": "ISSUING" },
            "recipient": { "country": "FR", "authorityId": "FR:TJ-Paris-PNF", "name": "Tribunal judiciaire de Paris", "role": "EXECUTING" },
            "language": "de"
          },
          "body": { "note": "Beweismittel \u00fcbermittelt — 😂 \u2028 \"quoted\"", "n": [1, 1.5, 0, 1e+21, 123456789012], "ok": true },
          "extensions": { "eu.example.z": {}, "eu.example.a": [] }
        }
        """;

    public static TheoryData<string> SigningAlgorithms() => new(JwsAlgorithms.Signing);

    [Theory]
    [MemberData(nameof(SigningAlgorithms))]
    public void Sdk_signatures_verify_in_jose_and_their_sigD_digests_match_canonicalize(string alg)
    {
        using var issuer = TestPki.Generate(CountryCode.DE, "DE:StA-Muenchen-I", alg, null, new FixedTime(Now));
        using var judge = TestPki.Generate(CountryCode.DE, "DE:AG-Muenchen", JwsAlgorithms.ES256, null, new FixedTime(Now));
        var attachment = Encoding.UTF8.GetBytes("scanned evidence \0 bytes");
        var signer = new EnvelopeSigner(new FixedTime(Now));
        using var issuerKey = issuer.CreateSigningKey();
        using var judgeKey = judge.CreateSigningKey();
        var issued = signer.Sign(Encoding.UTF8.GetBytes(Envelope), issuerKey, SignerRole.Issuing, [EnvelopeAttachment.FromBytes("att-1", attachment)]).Envelope!;
        var both = signer.Sign(issued, judgeKey, SignerRole.Validating).Envelope!;

        var stdin = new JsonObject { ["envelope"] = Encoding.UTF8.GetString(both), ["attachments"] = new JsonObject { ["att-1"] = Convert.ToBase64String(attachment) } }.ToJsonString();
        var results = JsonNode.Parse(NodePeer.Run("jades-verify.mjs", [], stdin))!.AsArray();

        Assert.Equal(2, results.Count);
        foreach (var result in results)
        {
            Assert.True(result!["verified"]!.GetValue<bool>(), result["error"]?.GetValue<string>());
            Assert.True(result["x5tMatches"]!.GetValue<bool>());
            Assert.True(result["policyMatches"]!.GetValue<bool>());
            Assert.False(result["b64"]!.GetValue<bool>());
            Assert.All(result["digests"]!.AsArray(), d => Assert.True(d!["matches"]!.GetValue<bool>(), d["par"]!.GetValue<string>()));
        }

        Assert.Equal(["urn:mlat:content", "cid:att-1"], results[0]!["digests"]!.AsArray().Select(d => d!["par"]!.GetValue<string>()));
        Assert.Equal(["urn:mlat:content", "urn:mlat:signature:0"], results[1]!["digests"]!.AsArray().Select(d => d!["par"]!.GetValue<string>()));
    }

    [Fact]
    public void Jose_rejects_an_SDK_signature_over_a_changed_header_and_canonicalize_flags_a_changed_body()
    {
        using var issuer = TestPki.Generate(CountryCode.DE, "DE:StA-Muenchen-I", JwsAlgorithms.ES256, null, new FixedTime(Now));
        using var key = issuer.CreateSigningKey();
        var signed = new EnvelopeSigner(new FixedTime(Now)).Sign(Encoding.UTF8.GetBytes(Envelope), key, SignerRole.Issuing).Envelope!;
        var node = JsonNode.Parse(signed)!;
        node["body"]!["ok"] = false;
        var sig = node["signatures"]![0]!;
        var forgedHeader = Convert.ToBase64String(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Convert.FromBase64String(Pad(sig["protected"]!.GetValue<string>()))).Replace("\"typ\":\"jose+json\"", "\"typ\":\"JOSE+JSON\"", StringComparison.Ordinal)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var second = new JsonObject { ["protected"] = forgedHeader, ["signature"] = sig["signature"]!.GetValue<string>() };
        node["signatures"]!.AsArray().Add(second);

        var results = JsonNode.Parse(NodePeer.Run("jades-verify.mjs", [], new JsonObject { ["envelope"] = node.ToJsonString() }.ToJsonString()))!.AsArray();

        Assert.True(results[0]!["verified"]!.GetValue<bool>());
        Assert.False(results[0]!["digests"]![0]!["matches"]!.GetValue<bool>());
        Assert.False(results[1]!["verified"]!.GetValue<bool>());
    }

    /// <summary>
    /// Style "sdk" is the SDK's spelling; "dss" is DSS 6.4's for a detached signature (crit ["sigD", "b64"], IssuerSerial
    /// kid, no typ, sigPId and srCms unlisted); "dss-b64" the same without b64, so the digest is over the base64url
    /// encoding of the content (ETSI TS 119 182-1 §5.2.8.3.3).
    /// </summary>
    [Theory]
    [InlineData("ES256", "http://uri.etsi.org/01903/v1.2.2#ProofOfOrigin", "sdk")]
    [InlineData("ES384", "http://uri.etsi.org/01903/v1.2.2#ProofOfOrigin", "dss")]
    [InlineData("PS256", "http://uri.etsi.org/01903/v1.2.2#ProofOfOrigin", "dss-b64")]
    [InlineData("PS384", "http://uri.etsi.org/01903/v1.2.2#ProofOfReceipt", "dss")]
    [InlineData("ES256", "http://uri.etsi.org/01903/v1.2.2#ProofOfOrigin", "dss-b64")]
    public void A_JAdES_signature_made_with_jose_verifies_in_the_SDK(string alg, string commitment, string style)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var role = commitment.EndsWith("ProofOfReceipt", StringComparison.Ordinal) ? SignerRole.Executing : SignerRole.Issuing;

        // Signature 0 must claim the role its message type demands of the sender (specification §7.10): a receipt-side
        // commitment signs a message of the executing side.
        var envelopeText = role == SignerRole.Executing
            ? Envelope.Replace("\"messageType\": \"StatusQuery\"", "\"messageType\": \"EvidenceTransmission\"", StringComparison.Ordinal)
            : Envelope;
        using var issuer = TestPki.Generate(CountryCode.DE, "DE:StA-Muenchen-I", alg, null, new FixedTime(Now));
        var stdin = new JsonObject
        {
            ["envelope"] = envelopeText,
            ["keyPem"] = issuer.SignerKeyPkcs8Pem,
            ["x5c"] = new JsonArray(Convert.ToBase64String(issuer.SignerCertificate.RawData), Convert.ToBase64String(issuer.RootCertificate.RawData)),
            ["alg"] = alg,
            ["iat"] = Now.ToUnixTimeSeconds(),
            ["commitment"] = commitment,
            ["style"] = style,
            ["kid"] = IssuerSerial.Encode(issuer.SignerCertificate),
        }.ToJsonString();
        var signature = JsonNode.Parse(NodePeer.Run("jades-sign.mjs", [], stdin))!;
        var envelope = JsonNode.Parse(envelopeText)!;
        envelope["signatures"] = new JsonArray(signature);
        var verifier = new EnvelopeVerifier(issuer.TrustList, new VerificationPolicy { VerifierAuthorityId = "FR:TJ-Paris-PNF" }, new FixedTime(Now));

        var result = verifier.Verify(Encoding.UTF8.GetBytes(envelope.ToJsonString()));

        Assert.True(result.IsSuccess, string.Join(",", result.Findings.Select(f => f.Code)));
        Assert.Equal((role, alg, "DE:StA-Muenchen-I"), (result.Signatures[0].Role, result.Signatures[0].Algorithm, result.Signatures[0].AuthorityId));

        // And the same JavaScript signature over a changed body fails in the SDK on the content digest.
        envelope["body"]!["ok"] = false;
        var tampered = new EnvelopeVerifier(issuer.TrustList, null, new FixedTime(Now)).Verify(Encoding.UTF8.GetBytes(envelope.ToJsonString()));
        Assert.Equal(["MLAT-SIG-CONTENT-DIGEST"], tampered.Findings.Select(f => f.Code));
    }

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - (s.Length % 4)) % 4);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
