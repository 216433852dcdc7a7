using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Tests.Cli;
using Mlat.Sdk.Versioning;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Security;

/// <summary>
/// The crash classes of issue #12, each through the library and through the CLI: hostile input that carries no valid key
/// gets a coded finding (docs/security.md), never an exception and never "internal error". Codes are spelled out as
/// strings so that these tests compile and fail against the code before the fix.
/// </summary>
public sealed class CrashClassTests : IDisposable
{
    private const string LoneSurrogate = "\\ud800";
    private readonly string dir = Directory.CreateTempSubdirectory("mlat-crash-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string HeaderText(byte[] envelope, int index = 0)
        => Encoding.UTF8.GetString(Base64UrlDecode(JsonNode.Parse(envelope)!["signatures"]![index]!["protected"]!.GetValue<string>()));

    /// <summary>Replaces signature 0's protected header with raw text (no re-signing: the header is read before any key).</summary>
    private static byte[] WithRawHeader(byte[] envelope, string headerJson) => Mutate(envelope, n =>
        n["signatures"]![0]!["protected"] = Base64UrlEncode(Encoding.UTF8.GetBytes(headerJson)));

    public static TheoryData<string> SurrogateHeaders => new()
    {
        // In a value (the policy id), and in a member name (listed in crit so only the name is odd).
        "value",
        "name",
    };

    private static string SurrogateHeader(byte[] signed, string where)
    {
        var text = HeaderText(signed);
        return where == "value"
            ? text.Replace("urn:mlat:signature-policy:1", "urn:mlat:" + LoneSurrogate, StringComparison.Ordinal)
            : text.Replace("\"crit\":[", "\"x" + LoneSurrogate + "\":1,\"crit\":[\"x" + LoneSurrogate + "\",", StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SurrogateHeaders))]
    public void Lone_surrogate_in_a_JWS_protected_header_is_a_coded_finding_in_Verify_and_in_mlat_verify(string where)
    {
        var signed = Sign(Envelope(), Issuer);
        var forged = WithRawHeader(signed, SurrogateHeader(signed, where));

        var result = Verifier().Verify(forged);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("MLAT-SIG-HEADER-MALFORMED", finding.Code);
        Assert.Equal("/signatures/0/protected", finding.Pointer);

        var path = Path.Combine(dir, "forged.json");
        File.WriteAllBytes(path, forged);
        var (exit, stdout, stderr) = CliRunner.Run("verify", path, "--trust", CliKeys.TrustList, "--format", "json");
        Assert.Equal(1, exit);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        Assert.Contains("MLAT-SIG-HEADER-MALFORMED", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Lone_surrogate_in_the_signature_header_of_a_capabilities_document_is_a_coded_finding()
    {
        var capabilities = Encoding.UTF8.GetBytes("""{"capabilitiesVersion":"1.0","party":{"country":"DE","authorityId":"DE:StA-Muenchen-I"},"versions":[{"version":"1.0","status":"ACTIVE","send":["AssistanceRequest"],"receive":["AssistanceRequest"]}]}""");
        using var key = Issuer.CreateSigningKey();
        var signed = Signer().SignCapabilities(capabilities, key).Envelope!;
        var forged = WithRawHeader(signed, SurrogateHeader(signed, "value"));

        var result = new CapabilitiesSignatureVerifier(Trust, timeProvider: new Envelopes.ManualTimeProvider(Now)).VerifyDocument(forged);

        Assert.Equal("MLAT-SIG-HEADER-MALFORMED", Assert.Single(result.Findings).Code);
        var read = CapabilitiesReader.Read(forged, new CapabilitiesSignatureVerifier(Trust, timeProvider: new Envelopes.ManualTimeProvider(Now)));
        Assert.NotNull(read.Document);
        Assert.False(read.SignatureVerified);
    }

    [Fact]
    public void Lone_surrogate_in_a_capabilities_document_is_a_coded_finding_in_the_reader_and_in_mlat_negotiate()
    {
        var text = """{"capabilitiesVersion":"1.0","party":{"country":"DE","authorityId":"DE:X","name":"A\ud800"},"versions":[{"version":"1.0","status":"ACTIVE","send":["AssistanceRequest"],"receive":["AssistanceRequest"]}]}""";

        var read = CapabilitiesReader.Read(Encoding.UTF8.GetBytes(text));

        Assert.Null(read.Document);
        var finding = Assert.Single(read.Findings);
        Assert.Equal("MLAT-JSON-LONE-SURROGATE", finding.Code);
        Assert.Equal("/party/name", finding.Pointer);

        var path = Path.Combine(dir, "caps.json");
        File.WriteAllText(path, text);
        var (exit, _, stderr) = CliRunner.Run("negotiate", path, path);
        Assert.NotEqual(0, exit);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        Assert.Contains("MLAT-JSON-LONE-SURROGATE", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"trustListVersion":"1.0","countries":[{"country":"DE","anchors":["\ud800"],"authorities":[]}]}""", "/countries/0/anchors/0")]
    [InlineData("""{"trustListVersion":"1.0","countries":[{"country":"D\udc00","anchors":[],"authorities":[]}]}""", "/countries/0/country")]
    public void Lone_surrogate_in_a_trust_list_is_a_coded_finding_in_Read_and_in_mlat_verify(string text, string pointer)
    {
        var read = TrustList.Read(Encoding.UTF8.GetBytes(text));

        Assert.Null(read.TrustList);
        var finding = Assert.Single(read.Findings);
        Assert.Equal("MLAT-TRUST-LIST-INVALID", finding.Code);
        Assert.Equal(pointer, finding.Pointer);

        var trust = Path.Combine(dir, "trust.json");
        File.WriteAllText(trust, text);
        var envelope = Path.Combine(dir, "e.json");
        File.WriteAllBytes(envelope, Sign(Envelope(), Issuer));
        var (exit, _, stderr) = CliRunner.Run("verify", envelope, "--trust", trust);
        Assert.Equal(2, exit);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        Assert.Contains("MLAT-TRUST-LIST-INVALID", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Lone_surrogate_in_a_JWE_protected_header_is_a_coded_finding_in_Decrypt_and_in_mlat_decrypt()
    {
        using var recipient = X509CertificateLoader.LoadCertificate(RecipientPki.SignerCertificate.RawData);
        var jwe = EnvelopeEncryptor.EncryptToCertificate(Envelope(), recipient);
        var parts = jwe.Split('.');
        var header = Encoding.UTF8.GetString(Base64UrlDecode(parts[0]));
        parts[0] = Base64UrlEncode(Encoding.UTF8.GetBytes(header.Replace("\"enc\"", "\"x\":\"" + LoneSurrogate + "\",\"enc\"", StringComparison.Ordinal)));
        var forged = string.Join('.', parts);

        using var decryptor = new EnvelopeDecryptor(RecipientPki.SignerKey);
        var result = decryptor.Decrypt(forged);

        Assert.Equal("MLAT-ENC-MALFORMED", Assert.Single(result.Findings).Code);

        var path = Path.Combine(dir, "m.jwe");
        File.WriteAllText(path, forged);
        var keyPath = Path.Combine(dir, "recipient.key.pem");
        File.WriteAllText(keyPath, RecipientPki.SignerKeyPkcs8Pem);
        var (exit, stdout, stderr) = CliRunner.Run("decrypt", path, "--key", keyPath, "--out", Path.Combine(dir, "out.json"));
        Assert.Equal(1, exit);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        Assert.Contains("MLAT-ENC-MALFORMED", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Lone_surrogate_in_an_attachment_fileName_does_not_crash_mlat_verify_attach()
    {
        var envelope = CliKeys.WriteEnvelope(dir, attachmentFileName: LoneSurrogate + "scan.pdf");
        var scan = Path.Combine(dir, "scan.pdf");
        File.WriteAllBytes(scan, [1, 2, 3]);

        var (exit, stdout, stderr) = CliRunner.Run("verify", envelope, "--trust", CliKeys.TrustList, "--attach", scan, "--format", "json");

        Assert.Equal(1, exit);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        Assert.Contains("MLAT-JSON-LONE-SURROGATE", stdout, StringComparison.Ordinal);
    }

    /// <summary>Signature 0 re-made over a header whose x5c[0] is <paramref name="x5c0"/> (x5t#S256 recomputed to match).</summary>
    private static byte[] WithLeaf(byte[] signed, byte[] x5c0) => Resign(signed, 0, Edit(h =>
    {
        h["x5c"]![0] = Convert.ToBase64String(x5c0);
        h["x5t#S256"] = Base64UrlEncode(SHA256.HashData(x5c0));
    }), Issuer.SignerKey, JwsAlgorithms.ES256);

    private static byte[] Replace(byte[] der, byte[] find, byte[] with)
    {
        var at = der.AsSpan().IndexOf(find);
        Assert.True(at >= 0, "pattern not found in the certificate");
        var copy = der.ToArray();
        with.CopyTo(copy, at);
        return copy;
    }

    [Fact]
    public void EC_point_off_the_curve_in_x5c0_is_MLAT_SIG_KEY_INVALID_in_Verify_and_in_mlat_verify()
    {
        const string how = "ec-point-off-curve", code = "MLAT-SIG-KEY-INVALID";
        var signed = Sign(Envelope(), Issuer);

        // The last byte of Y: the point (X, Y') is not on P-256.
        var broken = FlipLastByteOf(Issuer.SignerCertificate.RawData, Issuer.SignerCertificate.PublicKey.EncodedKeyValue.RawData);
        var forged = WithLeaf(signed, broken);

        var result = Verifier().Verify(forged);

        Assert.False(result.IsSuccess);
        Assert.True(result.Findings.Any(f => f.Code == code && f.Pointer == "/signatures/0/protected"), string.Join(",", result.Findings.Select(f => f.Code + f.Pointer)));

        var path = Path.Combine(dir, how + ".json");
        File.WriteAllBytes(path, forged);
        var (exit, stdout, stderr) = CliRunner.Run("verify", path, "--trust", CliKeys.TrustList, "--format", "json");
        Assert.Equal(1, exit);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
    }

    private static byte[] FlipLastByteOf(byte[] der, byte[] point)
    {
        var changed = point.ToArray();
        changed[^1] ^= 0x01;
        return Replace(der, point, changed);
    }

    [Fact]
    public void Malformed_keyUsage_in_a_certificate_that_chains_is_MLAT_TRUST_KEY_USAGE_not_an_exception()
    {
        // A CA of the trust list issued a signer certificate whose keyUsage extension holds an OCTET STRING where RFC 5280
        // §4.2.1.3 puts a BIT STRING: valid DER, an undecodable extension.
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rootRequest = new CertificateRequest("CN=TEST ONLY root with a broken child", rootKey, HashAlgorithmName.SHA256);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var root = rootRequest.CreateSelfSigned(Now.AddDays(-2), Now.AddYears(2));
        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var name = new X500DistinguishedNameBuilder();
        name.Add("2.5.4.97", Sender);
        name.AddCommonName("TEST ONLY broken keyUsage");
        var leafRequest = new CertificateRequest(name.Build(), leafKey, HashAlgorithmName.SHA256);
        leafRequest.CertificateExtensions.Add(new X509Extension("2.5.29.15", new byte[] { 0x04, 0x01, 0x80 }, false));
        using var leaf = leafRequest.Create(root, Now.AddDays(-1), Now.AddYears(1), [1, 2, 3, 4]);
        var trust = TrustList.Create([new TrustListCountry(Sdk.Messages.CountryCode.DE, [root], [new TrustedAuthority(Sender, [SignerRole.Issuing])])], testOnly: true);
        var forged = Resign(Sign(Envelope(), Issuer), 0, Edit(h =>
        {
            h["x5c"] = new JsonArray(Convert.ToBase64String(leaf.RawData), Convert.ToBase64String(root.RawData));
            h["x5t#S256"] = Base64UrlEncode(SHA256.HashData(leaf.RawData));
            h.Remove("kid"); // optional; it names the sample signer's certificate
        }), leafKey, JwsAlgorithms.ES256);

        var result = Verifier(trust: trust).Verify(forged);

        // The key itself loads (keyUsage is not consulted to read it), so what decides is the trust check: OpenSSL's
        // chain engine refuses the undecodable extension (MLAT-TRUST-CHAIN-UNTRUSTED); where a chain engine accepts it,
        // the key usage check cannot decode it and refuses it (MLAT-TRUST-KEY-USAGE). Never an exception.
        var finding = Assert.Single(result.Findings);
        Assert.Contains(finding.Code, (string[])["MLAT-TRUST-CHAIN-UNTRUSTED", "MLAT-TRUST-KEY-USAGE"]);
        Assert.Equal("/signatures/0/protected", finding.Pointer);
        Assert.Null(SignerCertificate.MaySign(leaf));

        var trustPath = Path.Combine(dir, "trust-broken-ku.json");
        File.WriteAllBytes(trustPath, trust.ToJson());
        var path = Path.Combine(dir, "broken-ku.json");
        File.WriteAllBytes(path, forged);
        var (exit, stdout, stderr) = CliRunner.Run("verify", path, "--trust", trustPath, "--format", "json");
        Assert.Equal(1, exit);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        Assert.Contains(finding.Code, stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exponent-even")]
    [InlineData("modulus-negative")]
    public void RSA_key_nonsense_in_x5c0_is_MLAT_SIG_KEY_INVALID(string how)
    {
        var envelope = Envelope(sender: Recipient, recipient: Sender);
        var signed = Sign(envelope, RecipientPki);
        var der = RecipientPki.SignerCertificate.RawData;
        var spki = RecipientPki.SignerCertificate.PublicKey.EncodedKeyValue.RawData; // RSAPublicKey: 30 .. 02 82 01 81 00 n.. 02 03 01 00 01
        var changedKey = spki.ToArray();
        if (how == "exponent-even")
        {
            changedKey[^1] = 0x00;
        }
        else
        {
            var modulus = changedKey.AsSpan().IndexOf(new byte[] { 0x02, 0x82 });
            changedKey[modulus + 4] = 0x80;
        }

        var broken = Replace(der, spki, changedKey);
        var forged = Resign(signed, 0, Edit(h =>
        {
            h["x5c"]![0] = Convert.ToBase64String(broken);
            h["x5t#S256"] = Base64UrlEncode(SHA256.HashData(broken));
        }), RecipientPki.SignerKey, JwsAlgorithms.PS256);

        var result = Verifier(new VerificationPolicy()).Verify(forged);

        Assert.True(result.Findings.Any(f => f.Code == "MLAT-SIG-KEY-INVALID" && f.Pointer == "/signatures/0/protected"), string.Join(",", result.Findings.Select(f => f.Code + f.Pointer)));
    }

    [Theory]
    [InlineData("brainpoolP256r1")]
    [InlineData("secp256k1")]
    public void ES256_refuses_a_key_of_the_same_size_on_another_curve(string curve)
    {
        using var key = ECDsa.Create(ECCurve.CreateFromFriendlyName(curve));
        var name = new X500DistinguishedNameBuilder();
        name.Add("2.5.4.97", Sender);
        name.AddCommonName("TEST ONLY other curve");
        var request = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(Now.AddDays(-1), Now.AddYears(1));
        var signed = Sign(Envelope(), Issuer);
        var forged = Resign(signed, 0, Edit(h =>
        {
            h["x5c"] = new JsonArray(Convert.ToBase64String(certificate.RawData));
            h["x5t#S256"] = Base64UrlEncode(SHA256.HashData(certificate.RawData));
            h.Remove("kid"); // optional; it names the sample signer's certificate
        }), key, JwsAlgorithms.ES256);

        var result = Verifier().Verify(forged);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("MLAT-SIG-ALG-KEY-MISMATCH", finding.Code);
        Assert.Equal("/signatures/0/protected", finding.Pointer);
    }

    [Theory]
    [InlineData("trailing-byte")]
    [InlineData("base64-of-pem")]
    public void x5c0_that_is_not_exactly_DER_is_refused_in_Verify_and_in_mlat_verify(string how)
    {
        var signed = Sign(Envelope(), Issuer);
        var der = Issuer.SignerCertificate.RawData;
        var bytes = how == "trailing-byte"
            ? [.. der, 0x00]
            : Encoding.ASCII.GetBytes(Issuer.SignerCertificate.ExportCertificatePem());
        var forged = WithLeaf(signed, bytes);

        var result = Verifier().Verify(forged);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("MLAT-SIG-X5C-INVALID", finding.Code);

        var path = Path.Combine(dir, how + ".json");
        File.WriteAllBytes(path, forged);
        var (exit, stdout, _) = CliRunner.Run("verify", path, "--trust", CliKeys.TrustList);
        Assert.Equal(1, exit);
        Assert.Contains("NOT VERIFIED", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("3e0")]
    [InlineData("30e-1")]
    [InlineData("3.00")]
    public void A_number_respelled_after_signing_is_not_verified(string spelling)
    {
        var signed = Sign(Envelope(), Issuer);
        var text = Encoding.UTF8.GetString(signed);
        Assert.Contains("\"count\": 3,", text, StringComparison.Ordinal);
        var respelled = Encoding.UTF8.GetBytes(text.Replace("\"count\": 3,", "\"count\": " + spelling + ",", StringComparison.Ordinal));

        var result = Verifier().Verify(respelled);

        Assert.False(result.IsSuccess);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("MLAT-SIG-NUMBER-NOT-CANONICAL", finding.Code);
        Assert.Equal("/body/count", finding.Pointer);
        Assert.Null(result.Envelope);
    }

    [Fact]
    public void Signer_refuses_a_number_not_in_canonical_form_so_it_never_makes_an_envelope_that_cannot_verify()
    {
        var text = EnvelopeJson().Replace("\"count\": 3,", "\"count\": 3.0,", StringComparison.Ordinal);
        using var key = Issuer.CreateSigningKey();

        var result = Signer().Sign(Encoding.UTF8.GetBytes(text), key, SignerRole.Issuing);

        Assert.False(result.IsSuccess);
        Assert.Equal("MLAT-SIG-NUMBER-NOT-CANONICAL", Assert.Single(result.Findings).Code);
        Assert.Equal("/body/count", result.Findings[0].Pointer);
    }

    [Fact]
    public void Verified_result_lists_each_attachment_as_covered_and_an_uncovered_one_is_refused()
    {
        var signed = Sign(Envelope(), Issuer, attachments: [EnvelopeAttachment.FromBytes("att-1", new byte[] { 1, 2, 3 })]);
        var genuine = EnvelopeAttachment.FromBytes("att-1", new byte[] { 1, 2, 3 });
        var forged = EnvelopeAttachment.FromBytes("forged", new byte[] { 9, 9, 9 });

        var ok = Verifier(new VerificationPolicy { ReplayStore = new NoReplayStore() }).Verify(signed, [genuine]);
        var refused = Verifier(new VerificationPolicy { ReplayStore = new NoReplayStore() }).Verify(signed, [genuine, forged]);

        Assert.True(ok.IsSuccess);
        var covered = Assert.Single(ok.Attachments);
        Assert.Equal(("att-1", true), (covered.Id, covered.IsCovered));
        Assert.Equal([0], covered.CoveringSignatures);
        Assert.False(refused.IsSuccess);
        Assert.Null(refused.Envelope);
        Assert.Equal(["MLAT-SIG-ATTACHMENT-NOT-COVERED"], refused.Findings.Select(f => f.Code));
        Assert.Equal([("att-1", true), ("forged", false)], refused.Attachments.Select(a => (a.Id, a.IsCovered)));
    }

    [Fact]
    public void mlat_verify_attach_of_a_forged_file_does_not_print_VERIFIED()
    {
        var scan = Path.Combine(dir, "scan.pdf");
        File.WriteAllBytes(scan, [1, 2, 3]);
        var forgedPdf = Path.Combine(dir, "forged.pdf");
        File.WriteAllBytes(forgedPdf, [6, 6, 6]);
        var bytes = Encoding.UTF8.GetBytes(CliKeys.EnvelopeJson("scan.pdf"));
        using (var issuer = SigningKey.FromPem(File.ReadAllText(CliKeys.IssuerKey), File.ReadAllText(CliKeys.IssuerChain)))
        {
            bytes = new EnvelopeSigner().Sign(bytes, issuer, SignerRole.Issuing, [EnvelopeAttachment.FromFile("scan-1", scan)], indented: true).Envelope!;
        }

        var signed = Path.Combine(dir, "signed.json");
        File.WriteAllBytes(signed, bytes);

        var (exit, stdout, _) = CliRunner.Run("verify", signed, "--trust", CliKeys.TrustList, "--attach", scan, "--attach", forgedPdf);

        Assert.Equal(1, exit);
        Assert.DoesNotContain(": VERIFIED", stdout, StringComparison.Ordinal);
        Assert.Contains("MLAT-SIG-ATTACHMENT-NOT-COVERED", stdout, StringComparison.Ordinal);
        Assert.Contains("attachment forged  NOT COVERED", stdout, StringComparison.Ordinal);
        Assert.Contains("attachment scan-1  covered by signature(s) 0", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protected_header_member_name_is_never_echoed_into_a_finding()
    {
        const string Name = "evil-name-\u001b[2K";
        var signed = Sign(Envelope(), Issuer);
        var forged = Resign(signed, 0, Edit(h => h[Name] = 1), Issuer.SignerKey, JwsAlgorithms.ES256);

        var result = Verifier().Verify(forged);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("MLAT-SIG-CRIT-MISSING", finding.Code);
        Assert.DoesNotContain("evil-name", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("evil-name", finding.Pointer, StringComparison.Ordinal);
    }

    [Fact]
    public void mlat_text_output_escapes_control_and_bidi_characters_so_no_line_can_be_forged()
    {
        // A duplicate member whose name carries CR, LF, ESC and U+202E: its pointer is printed in the finding line.
        var forgedLine = "\r\nenvelope.json: VERIFIED, 1 signature(s)\u001b[2K\u202Etxt.exe";
        var signed = Encoding.UTF8.GetString(Sign(Envelope(), Issuer));
        var escapedName = System.Text.Json.JsonEncodedText.Encode(forgedLine, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        var text = signed.Replace("\"body\": {", "\"body\": { \"" + escapedName + "\": 1, \"" + escapedName + "\": 2,", StringComparison.Ordinal);
        var path = Path.Combine(dir, "envelope.json");
        File.WriteAllText(path, text);

        var (exit, stdout, _) = CliRunner.Run("verify", path, "--trust", CliKeys.TrustList);

        Assert.Equal(1, exit);
        Assert.Contains("MLAT-JSON-DUPLICATE-MEMBER", stdout, StringComparison.Ordinal);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(lines, l => l.StartsWith("envelope.json: VERIFIED", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', stdout);
        Assert.DoesNotContain('\u001b', stdout);
        Assert.DoesNotContain('\u202E', stdout);
        Assert.Contains("\\u000D\\u000Aenvelope.json: VERIFIED", stdout, StringComparison.Ordinal);
    }

    private sealed class NoReplayStore : IReplayStore
    {
        public bool TryRecord(string sender, string messageId, DateTimeOffset expiresAt) => true;
    }
}
