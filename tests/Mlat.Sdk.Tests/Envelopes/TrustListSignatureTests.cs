using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;
using NJsonSchema;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

/// <summary>
/// A signed trust list (specification §8.5): signed by its operator, verified against the operator's pinned anchor;
/// unsigned, changed after signing, or signed by anyone else each get their own code, never an exception.
/// </summary>
public sealed class TrustListSignatureTests : IDisposable
{
    private static readonly ManualTimeProvider Clock = new(Now);
    private readonly TestPkiBundle _operator = TestPki.Generate(CountryCode.LU, "LU:TL-Operator", JwsAlgorithms.ES256, [SignerRole.Issuing], Clock);

    private byte[] SignedTrust()
    {
        using var key = _operator.CreateSigningKey();
        return Trust.ToSignedJson(key, Clock);
    }

    [Fact]
    public void A_signed_trust_list_verifies_against_the_pinned_operator_anchor_and_then_verifies_envelopes()
    {
        var read = TrustList.Read(SignedTrust(), _operator.RootCertificate, Clock);

        Assert.True(read.IsSuccess, string.Join(",", read.Findings.Select(f => f.Code)));
        Assert.True(read.IsSignatureVerified);
        Assert.Equal(Trust.Countries.Select(c => c.Country), read.TrustList!.Countries.Select(c => c.Country));
        Assert.True(Verifier(trust: read.TrustList).Verify(Sign(Envelope(), Issuer)).IsSuccess);
        // Read without the anchor, the list is read but not called verified.
        Assert.False(TrustList.Read(SignedTrust()).IsSignatureVerified);
    }

    [Fact]
    public async Task A_signed_trust_list_is_valid_against_the_trust_list_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.Schemas, "trust-list", "1.0", "trust-list.schema.json"));
        Assert.Empty(schema.Validate(Encoding.UTF8.GetString(SignedTrust())));
    }

    public static TheoryData<string> Tampering => ["role added", "anchor added", "authority renamed", "testOnly dropped", "signature byte", "header swapped"];

    [Theory]
    [MemberData(nameof(Tampering))]
    public void A_trust_list_changed_after_signing_is_MLAT_TRUST_LIST_SIGNATURE_INVALID(string change)
    {
        var node = JsonNode.Parse(SignedTrust())!;
        var country = node["countries"]![0]!;
        switch (change)
        {
            case "role added":
                country["authorities"]![0]!["roles"]!.AsArray().Add(JsonValue.Create("VALIDATING"));
                break;
            case "anchor added":
                country["anchors"]!.AsArray().Add(JsonValue.Create(Convert.ToBase64String(RecipientPki.RootCertificate.RawData)));
                break;
            case "authority renamed":
                country["authorities"]![0]!["authorityId"] = "DE:Attacker";
                break;
            case "testOnly dropped":
                node.AsObject().Remove("testOnly");
                break;
            case "signature byte":
                var signature = Base64UrlDecode(node["signatures"]![0]!["signature"]!.GetValue<string>());
                signature[5] ^= 0x01;
                node["signatures"]![0]!["signature"] = Base64UrlEncode(signature);
                break;
            default:
                // A header the list was not signed with (alg none), keeping the signature value.
                var header = JsonNode.Parse(Base64UrlDecode(node["signatures"]![0]!["protected"]!.GetValue<string>()))!;
                header["alg"] = "none";
                node["signatures"]![0]!["protected"] = Base64UrlEncode(Encoding.UTF8.GetBytes(header.ToJsonString()));
                break;
        }

        var read = TrustList.Read(Encoding.UTF8.GetBytes(node.ToJsonString()), _operator.RootCertificate, Clock);

        Assert.Null(read.TrustList);
        Assert.Equal([FindingCodes.TrustListSignatureInvalid], read.Findings.Select(f => f.Code));
        Assert.StartsWith("/signatures", read.Findings[0].Pointer, StringComparison.Ordinal);
    }

    [Fact]
    public void Re_indenting_or_reordering_a_signed_list_keeps_it_valid()
    {
        var node = JsonNode.Parse(SignedTrust())!.AsObject();
        var reordered = new JsonObject();
        foreach (var name in node.Select(p => p.Key).Reverse().ToList())
        {
            var value = node[name]!.DeepClone();
            reordered[name] = value;
        }

        var read = TrustList.Read(Encoding.UTF8.GetBytes(reordered.ToJsonString()), _operator.RootCertificate, Clock);

        Assert.True(read.IsSignatureVerified, string.Join(",", read.Findings.Select(f => f.Code)));
    }

    [Fact]
    public void An_unsigned_list_is_MLAT_TRUST_LIST_UNSIGNED_when_the_operator_anchor_is_configured()
    {
        var read = TrustList.Read(Trust.ToJson(), _operator.RootCertificate, Clock);

        Assert.Equal([FindingCodes.TrustListUnsigned], read.Findings.Select(f => f.Code));
        Assert.Null(read.TrustList);
    }

    [Fact]
    public void A_list_signed_by_another_key_is_MLAT_TRUST_LIST_SIGNER_UNTRUSTED()
    {
        using var impostor = TestPki.Generate(CountryCode.LU, "LU:TL-Operator", JwsAlgorithms.ES256, [SignerRole.Issuing], Clock);
        using var key = impostor.CreateSigningKey();

        var read = TrustList.Read(Trust.ToSignedJson(key, Clock), _operator.RootCertificate, Clock);

        Assert.Equal([FindingCodes.TrustListSignerUntrusted], read.Findings.Select(f => f.Code));
        Assert.Equal("/signatures/0/protected", read.Findings[0].Pointer);
    }

    [Fact]
    public void A_list_read_after_its_signer_certificate_expired_is_MLAT_TRUST_LIST_SIGNER_UNTRUSTED()
    {
        var read = TrustList.Read(SignedTrust(), _operator.RootCertificate, new ManualTimeProvider(Now.AddYears(3)));

        Assert.Equal([FindingCodes.TrustListSignerUntrusted], read.Findings.Select(f => f.Code));
    }

    [Theory]
    [InlineData("""{"trustListVersion":"1.0","countries":[],"signatures":"x"}""")]
    [InlineData("""{"trustListVersion":"1.0","countries":[],"signatures":[{"protected":"e30","signature":"AA"}]}""")]
    [InlineData("""{"trustListVersion":"1.0","countries":[],"signatures":[{"protected":"!!","signature":"AA"}]}""")]
    [InlineData("""{"trustListVersion":"1.0","countries":[],"signatures":[{"protected":"eyJhbGciOiJcdWQ4MDAifQ","signature":"AA"}]}""")]
    // x5c[0] well-formed DER (SEQUENCE { INTEGER 1 }) that is no certificate: found by the bit-flip property.
    [InlineData("""{"trustListVersion":"1.0","countries":[],"signatures":[{"protected":"eyJhbGciOiJFUzI1NiIsInR5cCI6Im1sYXQtdHJ1c3QtbGlzdCtqc29uIiwieDVjIjpbIk1BTUNBUUU9Il0sImlhdCI6MSwiYjY0IjpmYWxzZSwiY3JpdCI6WyJiNjQiXX0","signature":"AA"}]}""")]
    public void A_malformed_signature_is_a_coded_finding_never_an_exception(string json)
    {
        var read = TrustList.Read(Encoding.UTF8.GetBytes(json), _operator.RootCertificate, Clock);

        Assert.Equal([FindingCodes.TrustListSignatureInvalid], read.Findings.Select(f => f.Code));
    }

    public void Dispose() => _operator.Dispose();
}
