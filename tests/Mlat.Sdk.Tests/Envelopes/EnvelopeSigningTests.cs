using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Testing;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

public sealed class EnvelopeSigningTests
{
    [Fact]
    public void Compact_signing_of_a_compact_envelope_whose_member_names_are_escaped_keeps_the_names()
    {
        // Compact, and the top-level names spelled with escapes: the copy path must not escape the escapes again.
        var compact = JsonNode.Parse(EnvelopeJson())!.ToJsonString();
        var escaped = compact.Replace("\"header\":", "\"h\\u0065ader\":", StringComparison.Ordinal).Replace("\"body\":", "\"\\u0062ody\":", StringComparison.Ordinal);
        Assert.Contains("\\u0062ody", escaped, StringComparison.Ordinal);
        using var key = Issuer.CreateSigningKey();

        var signed = Signer().Sign(Encoding.UTF8.GetBytes(escaped), key, SignerRole.Issuing).Envelope!;

        var text = Encoding.UTF8.GetString(signed);
        Assert.StartsWith("{\"header\":", text, StringComparison.Ordinal);
        Assert.Contains(",\"body\":{", text, StringComparison.Ordinal);
        Assert.True(Verifier().Verify(signed).IsSuccess);
    }

    [Fact]
    public void Sign_writes_a_JAdES_baseline_B_protected_header_with_every_member_of_the_policy()
    {
        var signed = Sign(Envelope(), Issuer);
        var header = Header(signed);

        Assert.Equal("ES256", header["alg"]!.GetValue<string>());
        Assert.Equal("jose+json", header["typ"]!.GetValue<string>());
        Assert.Equal(Now.ToUnixTimeSeconds(), header["iat"]!.GetValue<long>());
        Assert.Equal("urn:mlat:signature-policy:1", header["sigPId"]!["id"]!["id"]!.GetValue<string>());
        Assert.False(header["b64"]!.GetValue<bool>());
        Assert.Equal("http://uri.etsi.org/01903/v1.2.2#ProofOfOrigin", header["srCms"]![0]!["commId"]!["id"]!.GetValue<string>());
        Assert.Equal(["sigD", "sigPId", "srCms", "b64"], header["crit"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("http://uri.etsi.org/19182/ObjectIdByURIHash", header["sigD"]!["mId"]!.GetValue<string>());
        Assert.Equal("S256", header["sigD"]!["hashM"]!.GetValue<string>());
        Assert.Equal(["urn:mlat:content"], header["sigD"]!["pars"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(2, header["x5c"]!.AsArray().Count);
        Assert.Equal(Issuer.SignerCertificate.RawData, Convert.FromBase64String(header["x5c"]![0]!.GetValue<string>()));
        Assert.Equal(Base64UrlEncode(SHA256.HashData(Issuer.SignerCertificate.RawData)), header["x5t#S256"]!.GetValue<string>());
    }

    [Fact]
    public void Sign_digests_the_JCS_bytes_of_the_envelope_without_signatures()
    {
        var original = Envelope();
        var signed = Sign(original, Issuer);
        var expected = Base64UrlEncode(SHA256.HashData(JsonCanonicalizer.Canonicalize(original)));

        Assert.Equal(expected, Header(signed)["sigD"]!["hashV"]![0]!.GetValue<string>());
    }

    [Fact]
    public void Sign_leaves_an_empty_detached_payload_so_a_generic_JWS_verifier_checks_the_signing_input_protected_dot()
    {
        var signed = Sign(Envelope(), Issuer);
        var sig = JsonNode.Parse(signed)!["signatures"]![0]!;
        var input = Encoding.ASCII.GetBytes(sig["protected"]!.GetValue<string>() + ".");
        using var ec = Issuer.SignerCertificate.GetECDsaPublicKey()!;

        Assert.True(ec.VerifyData(input, Base64UrlDecode(sig["signature"]!.GetValue<string>()), HashAlgorithmName.SHA256));
        Assert.Equal(2, sig.AsObject().Count);
    }

    [Fact]
    public void Countersignature_lists_the_digest_of_signature_0_and_claims_ProofOfApproval()
    {
        var issued = Sign(Envelope(), Issuer);
        var both = Sign(issued, JudgePki, SignerRole.Validating);
        var zero = JsonNode.Parse(issued)!["signatures"]![0]!;
        var digest = SHA256.HashData(Encoding.ASCII.GetBytes(zero["protected"]!.GetValue<string>() + "." + zero["signature"]!.GetValue<string>()));
        var header = Header(both, 1);

        Assert.Equal(["urn:mlat:content", "urn:mlat:signature:0"], header["sigD"]!["pars"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(Base64UrlEncode(digest), header["sigD"]!["hashV"]![1]!.GetValue<string>());
        Assert.Equal("http://uri.etsi.org/01903/v1.2.2#ProofOfApproval", header["srCms"]![0]!["commId"]!["id"]!.GetValue<string>());
        Assert.Equal("ES384", header["alg"]!.GetValue<string>());
    }

    [Fact]
    public void Countersigning_an_unsigned_envelope_is_refused_with_a_code()
    {
        using var key = JudgePki.CreateSigningKey();
        var result = Signer().Sign(Envelope(), key, SignerRole.Validating);

        Assert.False(result.IsSuccess);
        Assert.Equal(FindingCodes.SigCountersignatureMismatch, Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void Signing_unreadable_json_returns_the_reader_finding_instead_of_throwing()
    {
        using var key = Issuer.CreateSigningKey();
        var result = Signer().Sign("{\"header\": {\"version\": \"1.0\", \"version\": \"1.0\"}}"u8.ToArray(), key, SignerRole.Issuing);

        Assert.False(result.IsSuccess);
        Assert.Equal(FindingCodes.JsonDuplicateMember, result.Findings[0].Code);
    }

    [Fact]
    public void Attachments_are_listed_as_cid_pars_with_the_SHA_256_of_their_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("evidence file");
        var signed = Sign(Envelope(), Issuer, attachments: [EnvelopeAttachment.FromBytes("att-1", bytes)]);
        var sigD = Header(signed)["sigD"]!;

        Assert.Equal("cid:att-1", sigD["pars"]![1]!.GetValue<string>());
        Assert.Equal(Base64UrlEncode(SHA256.HashData(bytes)), sigD["hashV"]![1]!.GetValue<string>());
    }

    [Theory]
    [InlineData("ES256")]
    [InlineData("ES384")]
    [InlineData("PS256")]
    [InlineData("PS384")]
    public void Every_signing_algorithm_round_trips_through_the_verifier(string alg)
    {
        using var pki = TestPki.Generate(CountryCode.DE, Sender, alg, null, new ManualTimeProvider(Now));
        var signed = Sign(Envelope(), pki);
        var result = Verifier(trust: pki.TrustList).Verify(signed);

        Assert.True(result.IsSuccess, string.Join(",", Codes(result)));
        Assert.Equal(alg, Assert.Single(result.Signatures).Algorithm);
        Assert.Equal(alg, Header(signed)["alg"]!.GetValue<string>());
    }

    [Fact]
    public void SigningKey_from_PKCS8_PEM_and_PEM_chain_signs_like_the_key_object()
    {
        using var key = SigningKey.FromPem(Issuer.SignerKeyPkcs8Pem, Issuer.SignerChainPem);
        var result = Signer().Sign(Envelope(), key, SignerRole.Issuing);

        Assert.Equal("ES256", key.Algorithm);
        Assert.Equal(2, key.Chain.Count);
        Assert.True(Verifier().Verify(result.Envelope!).IsSuccess);
    }

    [Fact]
    public void Certificate_PEM_with_a_block_that_is_not_a_certificate_is_an_argument_error_for_reading_and_for_FromPem()
    {
        const string garbage = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";

        Assert.Equal(2, SigningKey.ReadCertificates(Issuer.SignerChainPem).Count);
        Assert.Empty(SigningKey.ReadCertificates("no PEM here"));
        Assert.Throws<ArgumentException>(() => SigningKey.ReadCertificates(Issuer.SignerChainPem + garbage));
        Assert.Throws<ArgumentException>(() => SigningKey.FromPem(Issuer.SignerKeyPkcs8Pem, garbage));
    }

    [Fact]
    public void SigningKey_refuses_RSA_below_3072_bits_and_a_key_that_is_not_the_leaf_certificates()
    {
        using var small = RSA.Create(2048);
        using var pki = TestPki.Generate(CountryCode.DE, Sender, JwsAlgorithms.PS256, null, new ManualTimeProvider(Now));
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        Assert.Throws<ArgumentException>(() => SigningKey.Create(small, [pki.SignerCertificate], JwsAlgorithms.PS256));
        Assert.Throws<ArgumentException>(() => SigningKey.Create(other, [Issuer.SignerCertificate], JwsAlgorithms.ES256));
        Assert.Throws<ArgumentException>(() => SigningKey.Create(Issuer.SignerKey, [Issuer.SignerCertificate], JwsAlgorithms.ES384));
    }

    [Theory]
    [InlineData("\"\\u00fc\\u0001\": 1")]
    [InlineData("\"a\\\"b\": [1.5, 20]")]
    [InlineData("\"\\ud83d\\ude02\": {\"z\": 1, \"a\": 2}")]
    public void Content_digest_equals_the_canonicalizer_for_any_root_member_name(string member)
    {
        var json = EnvelopeJson().TrimEnd().TrimEnd('}') + ", " + member + " }";
        var original = Encoding.UTF8.GetBytes(json);
        using var key = Issuer.CreateSigningKey();
        var signed = Signer().Sign(original, key, SignerRole.Issuing).Envelope!;
        var expected = Base64UrlEncode(SHA256.HashData(JsonCanonicalizer.Canonicalize(original)));

        Assert.Equal(expected, Header(signed)["sigD"]!["hashV"]![0]!.GetValue<string>());
    }

    [Fact]
    public void A_key_whose_private_part_cannot_be_exported_signs_as_an_HSM_key_would()
    {
        using var hsm = new NonExportableEcdsa((ECDsa)Issuer.SignerKey);
        using var key = SigningKey.Create(hsm, [Issuer.SignerCertificate, Issuer.RootCertificate]);
        var signed = Signer().Sign(Envelope(), key, SignerRole.Issuing).Envelope!;

        Assert.Throws<CryptographicException>(() => hsm.ExportParameters(true));
        Assert.True(Verifier().Verify(signed).IsSuccess);
        Assert.True(hsm.SignCalls > 0);
    }

    /// <summary>Stands in for a key held by a hardware module: it signs, and exports only its public half.</summary>
    private sealed class NonExportableEcdsa : ECDsa
    {
        private readonly ECDsa _inner;

        public NonExportableEcdsa(ECDsa inner)
        {
            _inner = inner;
            KeySizeValue = inner.KeySize;
            LegalKeySizesValue = [new KeySizes(inner.KeySize, inner.KeySize, 0)];
        }

        public int SignCalls { get; private set; }

        public override byte[] SignHash(byte[] hash)
        {
            SignCalls++;
            return _inner.SignHash(hash);
        }

        public override bool VerifyHash(byte[] hash, byte[] signature) => _inner.VerifyHash(hash, signature);

        public override ECParameters ExportParameters(bool includePrivateParameters)
            => includePrivateParameters ? throw new CryptographicException("The key is not exportable.") : _inner.ExportParameters(false);

        public override ECParameters ExportExplicitParameters(bool includePrivateParameters) => ExportParameters(includePrivateParameters);

        protected override byte[] HashData(byte[] data, int offset, int count, HashAlgorithmName hashAlgorithm)
            => CryptographicOperations.HashData(hashAlgorithm, data.AsSpan(offset, count));
    }
}
