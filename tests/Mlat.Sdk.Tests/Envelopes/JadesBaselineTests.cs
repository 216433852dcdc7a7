using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Serialization;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

/// <summary>
/// JAdES baseline-B as ETSI TS 119 182-1 V1.2.1 and DSS read it: <c>b64</c> false with raw <c>sigD</c> digests, a
/// <c>sigPId</c> naming the committed policy document by digest, and a verifier that accepts any baseline-B header meeting
/// the MLAT policy (DSS's spelling as well as the SDK's).
/// </summary>
public sealed class JadesBaselineTests
{
    private static readonly string PolicyPath = Path.Combine(TestPaths.RepoRoot, "docs", "policy", "mlat-signature-policy-1.md");

    [Fact]
    public void SigPId_names_the_committed_policy_document_by_id_uri_and_SHA_256_of_its_bytes()
    {
        var sigPId = Header(Sign(Envelope(), Issuer))["sigPId"]!.AsObject();

        Assert.Equal("urn:mlat:signature-policy:1", sigPId["id"]!["id"]!.GetValue<string>());
        Assert.Equal("S256", sigPId["digAlg"]!.GetValue<string>());
        Assert.Equal(Base64UrlEncode(SHA256.HashData(File.ReadAllBytes(PolicyPath))), sigPId["digVal"]!.GetValue<string>());
        Assert.Equal("https://w3id.org/mlat/policy/mlat-signature-policy-1.md", sigPId["sigPQuals"]![0]!["spURI"]!.GetValue<string>());
        Assert.Equal(["id", "digAlg", "digVal", "sigPQuals"], sigPId.Select(p => p.Key));
    }

    [Fact]
    public void The_policy_document_states_how_each_pars_entry_is_dereferenced()
    {
        var text = File.ReadAllText(PolicyPath);
        foreach (var par in (string[])["`urn:mlat:content`", "`cid:<id>`", "`urn:mlat:signature:0`", "\"b64\": false", "urn:mlat:signature-policy:1"])
        {
            Assert.Contains(par, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Written_header_meets_the_baseline_B_structure_rules()
    {
        var signed = Sign(Sign(Envelope(), Issuer, attachments: [EnvelopeAttachment.FromBytes("att-1", "x"u8.ToArray())]), JudgePki, SignerRole.Validating);
        foreach (var index in (int[])[0, 1])
        {
            var header = Header(signed, index);
            var crit = header["crit"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

            // TS 119 182-1 §5.1.9 / RFC 7797 §6: sigD and b64 listed; no registered header listed; no duplicates.
            Assert.Contains("sigD", crit);
            Assert.Contains("b64", crit);
            Assert.Equal(crit.Count, crit.Distinct().Count());
            Assert.All(crit, name => Assert.True(header.ContainsKey(name)));
            Assert.DoesNotContain(crit, name => name is "alg" or "kid" or "x5c" or "x5t#S256" or "iat" or "typ");

            // Claimed signing time as iat (integer), never both iat and sigT (§5.1.11 / §5.2.1).
            Assert.Equal(System.Text.Json.JsonValueKind.Number, header["iat"]!.GetValueKind());
            Assert.False(header.ContainsKey("sigT"));

            // Exactly one signing-certificate reference: x5t#S256 (§5.1.7); never x5t, x5t#o or sigX5ts.
            Assert.Single(header, p => p.Key is "x5t#S256" or "x5t" or "x5t#o" or "sigX5ts");
            Assert.Equal(Base64UrlEncode(SHA256.HashData(Convert.FromBase64String(header["x5c"]![0]!.GetValue<string>()))), header["x5t#S256"]!.GetValue<string>());
        }
    }

    [Fact]
    public void With_b64_false_every_sigD_digest_is_over_the_raw_data_objects()
    {
        var attachment = "TEST ONLY scan \0\u00ff"u8.ToArray();
        var envelope = Envelope();
        var issued = Sign(envelope, Issuer, attachments: [EnvelopeAttachment.FromBytes("att-1", attachment)]);
        var signed = Sign(issued, JudgePki, SignerRole.Validating);
        var zero = JsonNode.Parse(signed)!["signatures"]![0]!;
        var header = Header(signed, 1);

        Assert.False(header["b64"]!.GetValue<bool>());
        Assert.Equal(
            [
                Base64UrlEncode(SHA256.HashData(JsonCanonicalizer.Canonicalize(envelope))),
                Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(zero["protected"]!.GetValue<string>() + "." + zero["signature"]!.GetValue<string>()))),
            ],
            header["sigD"]!["hashV"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(Base64UrlEncode(SHA256.HashData(attachment)), Header(signed, 0)["sigD"]!["hashV"]![1]!.GetValue<string>());
    }

    /// <summary>What DSS 6.4 writes for a detached ObjectIdByURIHash signature: crit ["sigD", "b64"], kid IssuerSerial,
    /// sigPId and srCms not in crit, no typ.</summary>
    [Fact]
    public void A_header_spelled_as_DSS_writes_it_verifies()
    {
        var attachment = EnvelopeAttachment.FromBytes("att-1", "evidence"u8.ToArray());
        var dss = Resign(Sign(Envelope(), Issuer, attachments: [attachment]), 0, Edit(h =>
        {
            h.Remove("typ");
            h["crit"] = new JsonArray("sigD", "b64");
        }), Issuer.SignerKey, "ES256");

        var result = Verifier().Verify(dss, [attachment]);

        Assert.True(result.IsSuccess, string.Join(",", Codes(result)));
        Assert.Equal(SignerRole.Issuing, result.Signatures[0].Role);
    }

    [Fact]
    public void Without_b64_the_digests_are_over_the_base64url_encoded_data_objects()
    {
        var bytes = new byte[100_003];
        new Random(7).NextBytes(bytes);
        var attachment = EnvelopeAttachment.FromBytes("att-1", bytes);
        var envelope = Envelope();
        var signed = Sign(envelope, Issuer, attachments: [attachment]);
        var encoded = Resign(signed, 0, Edit(h =>
        {
            h.Remove("b64");
            h["crit"] = new JsonArray("sigD");
            h["sigD"]!["hashV"] = new JsonArray(
                Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(Base64UrlEncode(JsonCanonicalizer.Canonicalize(envelope))))),
                Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(Base64UrlEncode(bytes)))));
        }), Issuer.SignerKey, "ES256");
        var rawDigestsWithoutB64 = Resign(signed, 0, Edit(h =>
        {
            h.Remove("b64");
            h["crit"] = new JsonArray("sigD", "sigPId", "srCms");
        }), Issuer.SignerKey, "ES256");

        Assert.True(Verifier().Verify(encoded, [attachment]).IsSuccess);
        Assert.Equal([FindingCodes.SigContentDigest], Codes(Verifier().Verify(rawDigestsWithoutB64, [attachment])));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(81917)]
    [InlineData(81918)]
    [InlineData(81919)]
    [InlineData(250_000)]
    public void Streamed_base64url_digest_of_an_attachment_equals_the_digest_of_its_whole_encoding(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        var attachment = EnvelopeAttachment.FromBytes("a", bytes);

        Assert.Equal(SHA256.HashData(Encoding.ASCII.GetBytes(Base64UrlEncode(bytes))), attachment.Hash(HashAlgorithmName.SHA256, base64UrlEncoded: true));
    }

    [Fact]
    public void Verify_requires_b64_in_crit_when_b64_is_present()
    {
        var forged = Resign(Sign(Envelope(), Issuer), 0, Edit(h => h["crit"] = new JsonArray("sigD", "sigPId", "srCms")), Issuer.SignerKey, "ES256");
        var result = Verifier().Verify(forged);

        Assert.Equal([FindingCodes.SigCritMissing], Codes(result));
    }

    [Theory]
    [InlineData("other-id", FindingCodes.SigPolicyMismatch)]
    [InlineData("other-digest", FindingCodes.SigPolicyMismatch)]
    [InlineData("digPSp", FindingCodes.SigPolicyMismatch)]
    [InlineData("id-as-string", FindingCodes.SigHeaderInvalid)]
    [InlineData("no-digest", FindingCodes.SigHeaderInvalid)]
    [InlineData("unknown-member", FindingCodes.SigHeaderInvalid)]
    public void Verify_rejects_a_sigPId_that_is_not_the_MLAT_policy_by_id_and_digest(string variant, string code)
    {
        var forged = Resign(Sign(Envelope(), Issuer), 0, Edit(h =>
        {
            var policy = h["sigPId"]!.AsObject();
            switch (variant)
            {
                case "other-id": policy["id"]!["id"] = "urn:mlat:signature-policy:2"; break;
                case "other-digest": policy["digVal"] = Base64UrlEncode(SHA256.HashData("another policy"u8)); break;
                case "digPSp": policy["digPSp"] = true; break;
                case "id-as-string": policy["id"] = "urn:mlat:signature-policy:1"; break;
                case "no-digest": policy.Remove("digVal"); break;
                default: policy["extra"] = 1; break;
            }
        }), Issuer.SignerKey, "ES256");

        var result = Verifier().Verify(forged);

        Assert.Equal([code], Codes(result));
        Assert.Equal("/signatures/0/protected", result.Findings[0].Pointer);
    }

    [Fact]
    public void Verify_accepts_the_policy_digested_with_SHA_512_and_qualifiers_omitted()
    {
        var resigned = Resign(Sign(Envelope(), Issuer), 0, Edit(h =>
        {
            var policy = h["sigPId"]!.AsObject();
            policy["digAlg"] = "S512";
            policy["digVal"] = Base64UrlEncode(SHA512.HashData(File.ReadAllBytes(PolicyPath)));
            policy.Remove("sigPQuals");
        }), Issuer.SignerKey, "ES256");

        Assert.True(Verifier().Verify(resigned).IsSuccess);
    }
}
