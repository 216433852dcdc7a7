using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.Tests.Cli;

public sealed class SignCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("mlat-sign-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static JsonObject ProtectedHeader(string signedPath, int index)
    {
        var text = (string)JsonNode.Parse(File.ReadAllText(signedPath))!["signatures"]![index]!["protected"]!;
        Assert.True(Base64UrlStrict.TryDecode(text, out var bytes));
        return JsonNode.Parse(bytes)!.AsObject();
    }

    [Fact]
    public void Sign_writes_an_issuing_signature_that_the_library_verifies()
    {
        var input = CliKeys.WriteEnvelope(dir);
        var output = Path.Combine(dir, "signed.json");

        var (exit, stdout, error) = CliRunner.Run("sign", input, "--key", CliKeys.IssuerKey, "--cert", CliKeys.IssuerChain, "--out", output);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("ISSUING", stdout, StringComparison.Ordinal);
        var trust = TrustList.Read(File.ReadAllBytes(CliKeys.TrustList)).TrustList!;
        var result = new EnvelopeVerifier(trust, new VerificationPolicy { VerifierAuthorityId = CliKeys.Recipient }).Verify(File.ReadAllBytes(output));
        Assert.True(result.IsSuccess, string.Join(",", result.Findings.Select(f => f.Code)));
        Assert.Equal(SignerRole.Issuing, Assert.Single(result.Signatures).Role);
    }

    [Fact]
    public void Sign_on_a_signed_envelope_appends_and_validating_role_countersigns_signature_0()
    {
        var input = CliKeys.WriteEnvelope(dir);
        var once = Path.Combine(dir, "once.json");
        var twice = Path.Combine(dir, "twice.json");
        Assert.Equal(0, CliRunner.Run("sign", input, "--key", CliKeys.IssuerKey, "--cert", CliKeys.IssuerChain, "--out", once).Exit);

        var (exit, _, error) = CliRunner.Run("sign", once, "--key", CliKeys.JudgeKey, "--cert", CliKeys.JudgeChain, "--role", "validating", "--out", twice);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var signatures = JsonNode.Parse(File.ReadAllText(twice))!["signatures"]!.AsArray();
        Assert.Equal(2, signatures.Count);
        Assert.Equal(JsonNode.Parse(File.ReadAllText(once))!["signatures"]![0]!.ToJsonString(), signatures[0]!.ToJsonString());
        var pars = ProtectedHeader(twice, 1)["sigD"]!["pars"]!.AsArray().Select(p => (string)p!);
        Assert.Equal(["urn:mlat:content", "urn:mlat:signature:0"], pars);
    }

    [Fact]
    public void Attachments_are_listed_in_sigD_by_the_id_the_message_gives_their_file_name()
    {
        var scan = Path.Combine(dir, "scan.pdf");
        var other = Path.Combine(dir, "photo.jpg");
        File.WriteAllBytes(scan, [1, 2, 3]);
        File.WriteAllBytes(other, [4, 5, 6]);
        var input = CliKeys.WriteEnvelope(dir, attachmentFileName: "scan.pdf");
        var output = Path.Combine(dir, "signed.json");

        var (exit, _, _) = CliRunner.Run("sign", input, "--key", CliKeys.IssuerKey, "--cert", CliKeys.IssuerChain, "--attach", scan, "--attach", "ph-7=" + other, "--out", output);

        Assert.Equal(0, exit);
        var pars = ProtectedHeader(output, 0)["sigD"]!["pars"]!.AsArray().Select(p => (string)p!);
        Assert.Equal(["urn:mlat:content", "cid:scan-1", "cid:ph-7"], pars);
    }

    [Fact]
    public void Two_attachments_with_the_same_id_are_a_usage_error()
    {
        var a = Path.Combine(dir, "a.bin");
        File.WriteAllBytes(a, [1]);
        var input = CliKeys.WriteEnvelope(dir);

        var (exit, _, error) = CliRunner.Run("sign", input, "--key", CliKeys.IssuerKey, "--cert", CliKeys.IssuerChain, "--attach", a, "--attach", "a=" + a, "--out", Path.Combine(dir, "o.json"));

        Assert.Equal(2, exit);
        Assert.Contains("MLAT-CLI-ATTACHMENT-ID", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Countersigning_an_unsigned_envelope_exits_1_with_the_countersignature_code_and_writes_nothing()
    {
        var input = CliKeys.WriteEnvelope(dir);
        var output = Path.Combine(dir, "signed.json");

        var (exit, stdout, _) = CliRunner.Run("sign", input, "--key", CliKeys.JudgeKey, "--cert", CliKeys.JudgeChain, "--role", "validating", "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("MLAT-SIG-COUNTERSIGNATURE-MISMATCH", stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Envelope_that_is_not_json_exits_1_with_a_json_code()
    {
        var input = Path.Combine(dir, "bad.json");
        File.WriteAllText(input, "{\"a\": 1, \"a\": 2}");

        var (exit, stdout, _) = CliRunner.Run("sign", input, "--key", CliKeys.IssuerKey, "--cert", CliKeys.IssuerChain, "--out", Path.Combine(dir, "o.json"));

        Assert.Equal(1, exit);
        Assert.Contains("MLAT-JSON-DUPLICATE-MEMBER", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_that_is_not_the_certificates_key_exits_2_with_bad_key()
    {
        var input = CliKeys.WriteEnvelope(dir);

        var (exit, stdout, error) = CliRunner.Run("sign", input, "--key", CliKeys.JudgeKey, "--cert", CliKeys.IssuerChain, "--out", Path.Combine(dir, "o.json"));

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("MLAT-CLI-BAD-KEY", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a pem at all")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")]
    public void Malformed_key_pem_exits_2_with_bad_key(string pem)
    {
        var input = CliKeys.WriteEnvelope(dir);
        var key = Path.Combine(dir, "key.pem");
        File.WriteAllText(key, pem);

        var (exit, _, error) = CliRunner.Run("sign", input, "--key", key, "--cert", CliKeys.IssuerChain, "--out", Path.Combine(dir, "o.json"));

        Assert.Equal(2, exit);
        Assert.Contains("MLAT-CLI-BAD-KEY", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no certificate here")]
    [InlineData("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")]
    public void Malformed_certificate_pem_exits_2_with_bad_certificate(string pem)
    {
        var input = CliKeys.WriteEnvelope(dir);
        var cert = Path.Combine(dir, "cert.pem");
        File.WriteAllText(cert, pem);

        var (exit, _, error) = CliRunner.Run("sign", input, "--key", CliKeys.IssuerKey, "--cert", cert, "--out", Path.Combine(dir, "o.json"));

        Assert.Equal(2, exit);
        Assert.Contains("MLAT-CLI-BAD-CERTIFICATE", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_input_key_or_unwritable_output_exit_2_with_their_codes()
    {
        var input = CliKeys.WriteEnvelope(dir);

        var noInput = CliRunner.Run("sign", Path.Combine(dir, "none.json"), "--key", CliKeys.IssuerKey, "--cert", CliKeys.IssuerChain, "--out", Path.Combine(dir, "o.json"));
        var noKey = CliRunner.Run("sign", input, "--key", Path.Combine(dir, "none.pem"), "--cert", CliKeys.IssuerChain, "--out", Path.Combine(dir, "o.json"));
        var noOut = CliRunner.Run("sign", input, "--key", CliKeys.IssuerKey, "--cert", CliKeys.IssuerChain, "--out", Path.Combine(dir, "no-dir", "o.json"));

        Assert.Equal(2, noInput.Exit);
        Assert.Contains("MLAT-CLI-UNREADABLE", noInput.Err, StringComparison.Ordinal);
        Assert.Equal(2, noKey.Exit);
        Assert.Contains("MLAT-CLI-UNREADABLE", noKey.Err, StringComparison.Ordinal);
        Assert.Equal(2, noOut.Exit);
        Assert.Contains("MLAT-CLI-UNWRITABLE", noOut.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_option_or_unknown_role_is_a_usage_error()
    {
        var input = CliKeys.WriteEnvelope(dir);

        Assert.Equal(2, CliRunner.Run("sign", input, "--key", CliKeys.IssuerKey, "--out", Path.Combine(dir, "o.json")).Exit);
        Assert.Equal(2, CliRunner.Run("sign", input, "--key", CliKeys.IssuerKey, "--cert", CliKeys.IssuerChain, "--role", "approving", "--out", Path.Combine(dir, "o.json")).Exit);
    }
}
