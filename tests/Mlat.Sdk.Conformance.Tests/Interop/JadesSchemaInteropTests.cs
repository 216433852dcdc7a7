using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;
using Mlat.Sdk.TestSupport;

namespace Mlat.Sdk.Conformance.Tests.Interop;

/// <summary>
/// The protected headers the SDK writes validate, with ajv, against the JAdES JSON schemas of ETSI TS 119 182-1 as DSS
/// ships them (third-party vectors, <c>jades/</c>); a header of the SDK's earlier spelling (<c>sigPId.id</c> a string)
/// does not — so the check can fail.
/// </summary>
public sealed class JadesSchemaInteropTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private const string Envelope = """
        {"header":{"version":"1.0","messageType":"StatusQuery","messageId":"0b7e2a51-8c1d-4e0f-9a3b-5d6c7e8f9a01",
        "conversationId":"6f1c2b8e-3d4a-4b7c-9e21-0a5d7c3f9b10","createdAt":"2026-11-28T09:58:30Z",
        "sender":{"country":"DE","authorityId":"DE:StA-Muenchen-I","name":"StA","role":"ISSUING"},
        "recipient":{"country":"FR","authorityId":"FR:TJ-Paris-PNF","name":"TJ","role":"EXECUTING"},"language":"de"},
        "body":{"request":{"messageId":"0b7e2a51-8c1d-4e0f-9a3b-5d6c7e8f9a02"}}}
        """;

    [RequiresFact(Requirement.Vectors, Requirement.NodePeers)]
    public void Sdk_protected_headers_of_every_role_and_algorithm_validate_against_the_JAdES_protected_header_schema()
    {
        var headers = new JsonArray();
        foreach (var alg in JwsAlgorithms.Signing)
        {
            using var issuer = TestPki.Generate(CountryCode.DE, "DE:StA-Muenchen-I", alg, null, new FixedTime(Now));
            using var judge = TestPki.Generate(CountryCode.DE, "DE:AG-Muenchen", alg, null, new FixedTime(Now));
            using var issuerKey = issuer.CreateSigningKey();
            using var judgeKey = judge.CreateSigningKey();
            var signer = new EnvelopeSigner(new FixedTime(Now));
            var issued = signer.Sign(Encoding.UTF8.GetBytes(Envelope), issuerKey, SignerRole.Issuing, [EnvelopeAttachment.FromBytes("att-1", "x"u8.ToArray())]).Envelope!;
            var both = signer.Sign(issued, judgeKey, SignerRole.Validating).Envelope!;
            var receipt = signer.Sign(both, issuerKey, SignerRole.Executing).Envelope!;
            foreach (var signature in JsonNode.Parse(receipt)!["signatures"]!.AsArray())
            {
                headers.Add(JsonNode.Parse(Convert.FromBase64String(Pad(signature!["protected"]!.GetValue<string>()))));
            }
        }

        var old = headers[0]!.DeepClone();
        old["sigPId"] = new JsonObject { ["id"] = "urn:mlat:signature-policy:1" };
        var results = Run(new JsonObject { ["protected"] = new JsonArray([.. headers.Select(h => h!.DeepClone()), old]) })["protected"]!.AsArray();

        Assert.Equal(headers.Count + 1, results.Count);
        for (var i = 0; i < headers.Count; i++)
        {
            Assert.True(results[i]!["valid"]!.GetValue<bool>(), results[i]!["errors"]!.ToJsonString());
        }

        Assert.False(results[^1]!["valid"]!.GetValue<bool>());
        Assert.Contains(results[^1]!["errors"]!.AsArray(), e => e!["pointer"]!.GetValue<string>() == "/sigPId/id");
    }

    [RequiresFact(Requirement.Vectors, Requirement.NodePeers)]
    public async Task The_unprotected_header_of_a_B_T_signature_validates_against_the_JAdES_unprotected_header_schema()
    {
        using var server = new LoopbackHttpServer();
        using var tsa = new TestTimestampAuthority(() => Now.AddSeconds(20));
        var url = tsa.Serve(server);
        using var issuer = TestPki.Generate(CountryCode.DE, "DE:StA-Muenchen-I", "ES256", null, new FixedTime(Now));
        using var key = issuer.CreateSigningKey();
        var signer = new EnvelopeSigner(new FixedTime(Now));
        var issued = signer.Sign(Encoding.UTF8.GetBytes(Envelope), key, SignerRole.Issuing).Envelope!;
        using var http = new HttpClient();
        var stamped = await signer.AddTimestampAsync(issued, 0, new HttpTimestampAuthority(url, http));
        Assert.True(stamped.IsSuccess, string.Join(",", stamped.Findings.Select(f => f.Code)));

        var header = JsonNode.Parse(stamped.Envelope!)!["signatures"]![0]!["header"]!;
        Assert.NotNull(header["etsiU"]![0]!["sigTst"]);
        // The schema can fail: the same time-stamp with its token list replaced by a string is not a sigTst.
        var broken = header.DeepClone();
        broken["etsiU"]![0]!["sigTst"]!["tstTokens"] = "not-a-token-list";
        var results = Run(new JsonObject { ["unprotected"] = new JsonArray(header.DeepClone(), broken) })["unprotected"]!.AsArray();

        Assert.True(results[0]!["valid"]!.GetValue<bool>(), results[0]!["errors"]!.ToJsonString());
        Assert.False(results[1]!["valid"]!.GetValue<bool>());
    }

    internal static JsonNode Run(JsonObject input)
        => JsonNode.Parse(NodePeer.Run("jades-schema.mjs", [Path.Combine(TestPaths.Vectors, "jades")], input.ToJsonString()))!;

    internal static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - (s.Length % 4)) % 4);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
