using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

public sealed class EncryptionTests
{
    public static TheoryData<string, string, bool> Combinations() => new()
    {
        { JweAlgorithms.EcdhEsA256KW, JweAlgorithms.A256Gcm, true },
        { JweAlgorithms.EcdhEsA256KW, JweAlgorithms.A256CbcHs512, true },
        { JweAlgorithms.RsaOaep256, JweAlgorithms.A256Gcm, false },
        { JweAlgorithms.RsaOaep, JweAlgorithms.A256CbcHs512, false },
        { JweAlgorithms.RsaOaep, JweAlgorithms.A256Gcm, false },
    };

    [Theory]
    [MemberData(nameof(Combinations))]
    public void A_signed_envelope_encrypted_to_a_certificate_decrypts_to_the_same_bytes_and_still_verifies(string alg, string enc, bool ec)
    {
        var pki = ec ? Issuer : RecipientPki;
        var signed = IssuedAndValidated();
        var jwe = EnvelopeEncryptor.EncryptToCertificate(signed, pki.SignerCertificate, alg, enc);
        var header = Encoding.UTF8.GetString(Base64UrlDecode(jwe.Split('.')[0]));

        var result = new EnvelopeDecryptor(pki.SignerKey).Decrypt(jwe);

        Assert.True(result.IsSuccess, string.Join(",", result.Findings.Select(f => f.Code)));
        Assert.Equal(signed, result.Plaintext!.Value.ToArray());
        Assert.Equal((alg, enc), (result.Algorithm, result.Encryption));
        Assert.Contains("\"cty\":\"vnd.mlat+json\"", header, StringComparison.Ordinal);
        Assert.Equal(ec, header.Contains("\"epk\"", StringComparison.Ordinal));
        Assert.True(Verifier().Verify(result.Plaintext.Value).IsSuccess);
    }

    [Fact]
    public void Defaults_are_ECDH_ES_A256KW_for_EC_and_RSA_OAEP_256_for_RSA_both_with_A256GCM()
    {
        var ec = new EnvelopeDecryptor(Issuer.SignerKey).Decrypt(EnvelopeEncryptor.EncryptToCertificate("x"u8.ToArray(), Issuer.SignerCertificate));
        var rsa = new EnvelopeDecryptor(RecipientPki.SignerKey).Decrypt(EnvelopeEncryptor.EncryptToCertificate("x"u8.ToArray(), RecipientPki.SignerCertificate));

        Assert.Equal((JweAlgorithms.EcdhEsA256KW, JweAlgorithms.A256Gcm), (ec.Algorithm, ec.Encryption));
        Assert.Equal((JweAlgorithms.RsaOaep256, JweAlgorithms.A256Gcm), (rsa.Algorithm, rsa.Encryption));
    }

    [Fact]
    public void A_JWE_to_a_public_JWK_decrypts_and_carries_its_kid()
    {
        var q = ((ECDsa)Issuer.SignerKey).ExportParameters(false).Q;
        var jwk = $$"""{"kty":"EC","crv":"P-256","kid":"fr-1","x":"{{Base64UrlEncode(q.X!)}}","y":"{{Base64UrlEncode(q.Y!)}}"}""";
        var jwe = EnvelopeEncryptor.EncryptToJwk("payload"u8.ToArray(), jwk);

        Assert.Contains("\"kid\":\"fr-1\"", Encoding.UTF8.GetString(Base64UrlDecode(jwe.Split('.')[0])), StringComparison.Ordinal);
        Assert.Equal("payload"u8.ToArray(), new EnvelopeDecryptor(Issuer.SignerKey).Decrypt(jwe).Plaintext!.Value.ToArray());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(1)]
    public void A_changed_iv_ciphertext_tag_or_wrapped_key_fails_with_one_code(int part)
    {
        var parts = EnvelopeEncryptor.EncryptToCertificate("secret"u8.ToArray(), Issuer.SignerCertificate, JweAlgorithms.EcdhEsA256KW, JweAlgorithms.A256CbcHs512).Split('.');
        var bytes = Base64UrlDecode(parts[part]);
        bytes[0] ^= 1;
        parts[part] = Base64UrlEncode(bytes);

        Assert.Equal([FindingCodes.EncDecryptionFailed], Codes(new EnvelopeDecryptor(Issuer.SignerKey).Decrypt(string.Join('.', parts))));
    }

    [Fact]
    public void A_changed_protected_header_fails_because_it_is_the_additional_authenticated_data()
    {
        var parts = EnvelopeEncryptor.EncryptToCertificate("secret"u8.ToArray(), RecipientPki.SignerCertificate).Split('.');
        var header = Encoding.UTF8.GetString(Base64UrlDecode(parts[0])).Replace("vnd.mlat+json", "vnd.other+json", StringComparison.Ordinal);
        parts[0] = Base64UrlEncode(Encoding.UTF8.GetBytes(header));

        Assert.Equal([FindingCodes.EncDecryptionFailed], Codes(new EnvelopeDecryptor(RecipientPki.SignerKey).Decrypt(string.Join('.', parts))));
    }

    [Fact]
    public void Another_recipients_key_fails_with_the_same_code()
    {
        using var other = RSA.Create(3072);
        var jwe = EnvelopeEncryptor.EncryptToCertificate("secret"u8.ToArray(), RecipientPki.SignerCertificate);
        Assert.Equal([FindingCodes.EncDecryptionFailed], Codes(new EnvelopeDecryptor(other).Decrypt(jwe)));
    }

    [Fact]
    public void An_algorithm_outside_the_allow_list_is_refused()
    {
        var jwe = EnvelopeEncryptor.EncryptToCertificate("x"u8.ToArray(), RecipientPki.SignerCertificate, JweAlgorithms.RsaOaep, JweAlgorithms.A256CbcHs512);
        var strict = new DecryptionPolicy { AcceptedKeyManagement = [JweAlgorithms.RsaOaep256], AcceptedContentEncryption = [JweAlgorithms.A256Gcm] };
        var cbcOnlyRefused = new DecryptionPolicy { AcceptedContentEncryption = [JweAlgorithms.A256Gcm] };

        Assert.Equal([FindingCodes.EncAlgNotAccepted], Codes(new EnvelopeDecryptor(RecipientPki.SignerKey, strict).Decrypt(jwe)));
        Assert.Equal([FindingCodes.EncEncNotAccepted], Codes(new EnvelopeDecryptor(RecipientPki.SignerKey, cbcOnlyRefused).Decrypt(jwe)));
    }

    [Theory]
    [InlineData("{\"alg\":\"dir\",\"enc\":\"A256GCM\"}", "MLAT-ENC-ALG-NOT-ACCEPTED")]
    [InlineData("{\"alg\":\"RSA1_5\",\"enc\":\"A256GCM\"}", "MLAT-ENC-ALG-NOT-ACCEPTED")]
    [InlineData("{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A128GCM\"}", "MLAT-ENC-ENC-NOT-ACCEPTED")]
    [InlineData("{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A256GCM\",\"zip\":\"DEF\"}", "MLAT-ENC-HEADER-UNSUPPORTED")]
    [InlineData("{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A256GCM\",\"crit\":[\"x\"],\"x\":1}", "MLAT-ENC-HEADER-UNSUPPORTED")]
    [InlineData("{\"alg\":\"RSA-OAEP-256\",\"alg\":\"RSA-OAEP-256\",\"enc\":\"A256GCM\"}", "MLAT-ENC-MALFORMED")]
    [InlineData("{\"alg\":\"ECDH-ES+A256KW\",\"enc\":\"A256GCM\"}", "MLAT-ENC-KEY-MISMATCH")]
    public void A_header_outside_the_standard_is_refused_with_its_code(string header, string code)
    {
        var parts = EnvelopeEncryptor.EncryptToCertificate("x"u8.ToArray(), RecipientPki.SignerCertificate).Split('.');
        parts[0] = Base64UrlEncode(Encoding.UTF8.GetBytes(header));
        Assert.Equal([code], Codes(new EnvelopeDecryptor(RecipientPki.SignerKey).Decrypt(string.Join('.', parts))));
    }

    [Fact]
    public void An_ephemeral_key_off_the_curve_is_refused_before_key_agreement()
    {
        var parts = EnvelopeEncryptor.EncryptToCertificate("x"u8.ToArray(), Issuer.SignerCertificate).Split('.');
        var header = Encoding.UTF8.GetString(Base64UrlDecode(parts[0]));
        var y = System.Text.RegularExpressions.Regex.Match(header, "\"y\":\"([^\"]+)\"").Groups[1].Value;
        var bad = Base64UrlDecode(y);
        bad[^1] ^= 1;
        parts[0] = Base64UrlEncode(Encoding.UTF8.GetBytes(header.Replace(y, Base64UrlEncode(bad), StringComparison.Ordinal)));

        Assert.Equal([FindingCodes.EncKeyMismatch], Codes(new EnvelopeDecryptor(Issuer.SignerKey).Decrypt(string.Join('.', parts))));
    }

    [Theory]
    [InlineData("a.b.c.d")]
    [InlineData("a.b.c.d.e.f")]
    [InlineData("eyJ9=.a.b.c.d")]
    [InlineData("bm90IGpzb24.a.b.c.d")]
    [InlineData("eyJhbGciOiK4In0.a.b.c.d")]
    public void A_string_that_is_not_a_compact_JWE_is_malformed(string text)
        => Assert.Equal([FindingCodes.EncMalformed], Codes(new EnvelopeDecryptor(RecipientPki.SignerKey).Decrypt(text)));

    [Fact]
    public void A_JWE_over_the_length_limit_is_refused_before_decoding()
    {
        var jwe = EnvelopeEncryptor.EncryptToCertificate(new byte[4096], RecipientPki.SignerCertificate);
        Assert.Equal([FindingCodes.EncTooLarge], Codes(new EnvelopeDecryptor(RecipientPki.SignerKey, new DecryptionPolicy { MaxLength = 1000 }).Decrypt(jwe)));
    }

    [Fact]
    public void Encrypting_to_a_certificate_whose_key_usage_forbids_encryption_is_misuse()
    {
        using var signOnly = TestPki.Generate(CountryCode.DE, Sender, JwsAlgorithms.ES256, null, Now.AddDays(-1), Now.AddYears(1), X509KeyUsageFlags.DigitalSignature);
        Assert.Throws<ArgumentException>(() => EnvelopeEncryptor.EncryptToCertificate("x"u8.ToArray(), signOnly.SignerCertificate));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_decryptor_from_a_PKCS8_PEM_key_decrypts(bool ec)
    {
        var pki = ec ? Issuer : RecipientPki;
        var jwe = EnvelopeEncryptor.EncryptToCertificate("pem"u8.ToArray(), pki.SignerCertificate);
        using var decryptor = EnvelopeDecryptor.FromPem(pki.SignerKeyPkcs8Pem);

        Assert.Equal("pem"u8.ToArray(), decryptor.Decrypt(jwe).Plaintext!.Value.ToArray());
        Assert.Throws<ArgumentException>(() => EnvelopeDecryptor.FromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"));
    }

    /// <summary>
    /// Issue 17 point 4, as allocation (deterministic, unlike time): decryption allocates the ciphertext once and
    /// decrypts it in place (≤ 2× the message is the target; one copy plus the small parts is what is built), and
    /// encryption allocates little more than the compact string it returns (UTF-16, 8/3 of the message's bytes).
    /// </summary>
    [Theory]
    [MemberData(nameof(Combinations))]
    public void Encryption_and_decryption_allocate_one_copy_of_the_message_besides_the_compact_text(string alg, string enc, bool ec)
    {
        var pki = ec ? Issuer : RecipientPki;
        var plaintext = RandomNumberGenerator.GetBytes(1 << 20);
        using var decryptor = new EnvelopeDecryptor(pki.SignerKey);
        var warm = EnvelopeEncryptor.EncryptToCertificate(plaintext, pki.SignerCertificate, alg, enc);
        var utf8 = Encoding.ASCII.GetBytes(warm);
        Assert.True(decryptor.Decrypt(warm).IsSuccess);
        Assert.True(decryptor.Decrypt(utf8).IsSuccess);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var jwe = EnvelopeEncryptor.EncryptToCertificate(plaintext, pki.SignerCertificate, alg, enc);
        var encrypting = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        var fromString = decryptor.Decrypt(jwe);
        var decryptingString = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        var fromBytes = decryptor.Decrypt(utf8);
        var decryptingBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(plaintext, fromString.Plaintext!.Value.ToArray());
        Assert.Equal(plaintext, fromBytes.Plaintext!.Value.ToArray());
        const long Fixed = 64 * 1024;
        Assert.InRange(encrypting, 2L * jwe.Length, 2L * jwe.Length + Fixed);
        Assert.InRange(decryptingString, plaintext.Length, plaintext.Length + 16 + Fixed);
        Assert.InRange(decryptingBytes, plaintext.Length, plaintext.Length + 16 + Fixed);
    }

    private static List<string> Codes(DecryptionResult result) => result.Findings.Select(f => f.Code).ToList();
}
