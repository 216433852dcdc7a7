using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.Tests.Cli;

public sealed class VerifyCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("mlat-verify-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>Signs with the library (so these tests do not depend on <c>mlat sign</c>) and writes the result.</summary>
    private string SignedByLibrary(string name = "signed.json", bool countersign = false, IEnumerable<EnvelopeAttachment>? attachments = null, string? attachmentFileName = null)
    {
        var bytes = Encoding.UTF8.GetBytes(CliKeys.EnvelopeJson(attachmentFileName));
        using (var issuer = SigningKey.FromPem(File.ReadAllText(CliKeys.IssuerKey), File.ReadAllText(CliKeys.IssuerChain)))
        {
            bytes = new EnvelopeSigner().Sign(bytes, issuer, SignerRole.Issuing, attachments).Envelope!;
        }

        if (countersign)
        {
            using var judge = SigningKey.FromPem(File.ReadAllText(CliKeys.JudgeKey), File.ReadAllText(CliKeys.JudgeChain));
            bytes = new EnvelopeSigner().Sign(bytes, judge, SignerRole.Validating).Envelope!;
        }

        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Verified_envelope_exits_0_and_json_lists_each_signer_with_role_authority_certificate_and_time()
    {
        var signed = SignedByLibrary(countersign: true);

        var (exit, stdout, error) = CliRunner.Run("verify", signed, "--trust", CliKeys.TrustList, "--as", CliKeys.Recipient, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var json = JsonNode.Parse(stdout)!;
        Assert.True((bool)json["verified"]!);
        Assert.Empty(json["findings"]!.AsArray());
        var signers = json["signers"]!.AsArray();
        Assert.Equal(["ISSUING", "VALIDATING"], signers.Select(s => (string)s!["role"]!));
        Assert.Equal([CliKeys.Issuer, CliKeys.Judge], signers.Select(s => (string)s!["authority"]!));
        Assert.Equal(["ES256", "ES384"], signers.Select(s => (string)s!["algorithm"]!));
        var issuerCert = SigningKey.ReadCertificates(File.ReadAllText(CliKeys.IssuerChain))[0];
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(issuerCert.RawData)), (string)signers[0]!["certificate"]!["thumbprintSha256"]!);
        Assert.Contains(CliKeys.Issuer, (string)signers[0]!["certificate"]!["subject"]!, StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse((string)signers[0]!["signedAt"]!, System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public void Forged_signature_exits_1_with_the_signature_code_and_no_stack_trace()
    {
        var signed = SignedByLibrary();
        var node = JsonNode.Parse(File.ReadAllText(signed))!;
        var signature = (string)node["signatures"]![0]!["signature"]!;
        node["signatures"]![0]!["signature"] = (signature[0] == 'A' ? "B" : "A") + signature[1..];
        File.WriteAllText(signed, node.ToJsonString());

        var (exit, stdout, error) = CliRunner.Run("verify", signed, "--trust", CliKeys.TrustList, "--format", "json");

        Assert.Equal(1, exit);
        Assert.Empty(error);
        var json = JsonNode.Parse(stdout)!;
        Assert.False((bool)json["verified"]!);
        var finding = Assert.Single(json["findings"]!.AsArray(), f => (string?)f!["code"] == "MLAT-SIG-INVALID")!;
        Assert.Equal("/signatures/0/signature", (string?)finding["pointer"]);
    }

    [Fact]
    public void Body_changed_after_signing_exits_1_with_content_digest_finding_in_text()
    {
        var signed = SignedByLibrary();
        File.WriteAllText(signed, File.ReadAllText(signed).Replace("1.5e3", "1.6e3", StringComparison.Ordinal));

        var (exit, stdout, _) = CliRunner.Run("verify", signed, "--trust", CliKeys.TrustList);

        Assert.Equal(1, exit);
        Assert.Contains("NOT VERIFIED", stdout, StringComparison.Ordinal);
        Assert.Contains("MLAT-SIG-CONTENT-DIGEST", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Chain_to_an_anchor_outside_the_trust_list_is_not_verified()
    {
        var signed = SignedByLibrary();

        var (exit, stdout, _) = CliRunner.Run("verify", signed, "--trust", CliKeys.OtherTrustList, "--format", "json");

        Assert.Equal(1, exit);
        Assert.Contains(JsonNode.Parse(stdout)!["findings"]!.AsArray(), f => ((string)f!["code"]!).StartsWith("MLAT-TRUST-", StringComparison.Ordinal));
    }

    [Fact]
    public void Verifying_as_another_authority_reports_the_recipient_mismatch()
    {
        var signed = SignedByLibrary();

        var (exit, stdout, _) = CliRunner.Run("verify", signed, "--trust", CliKeys.TrustList, "--as", "FR:Someone-Else", "--format", "json");

        Assert.Equal(1, exit);
        var finding = Assert.Single(JsonNode.Parse(stdout)!["findings"]!.AsArray())!;
        Assert.Equal("MLAT-SIG-RECIPIENT-MISMATCH", (string?)finding["code"]);
        Assert.Equal("/header/recipient/authorityId", (string?)finding["pointer"]);
    }

    [Fact]
    public void Attachment_is_found_by_its_file_name_in_the_message_and_a_changed_attachment_fails()
    {
        var scan = Path.Combine(dir, "scan.pdf");
        File.WriteAllBytes(scan, [1, 2, 3, 4]);
        var signed = SignedByLibrary(attachments: [EnvelopeAttachment.FromFile("scan-1", scan)], attachmentFileName: "scan.pdf");

        Assert.Equal(0, CliRunner.Run("verify", signed, "--trust", CliKeys.TrustList, "--attach", scan).Exit);
        Assert.Equal(0, CliRunner.Run("verify", signed, "--trust", CliKeys.TrustList, "--attach", "scan-1=" + scan).Exit);

        var missing = CliRunner.Run("verify", signed, "--trust", CliKeys.TrustList, "--format", "json");
        Assert.Equal(1, missing.Exit);
        Assert.Contains(JsonNode.Parse(missing.Out)!["findings"]!.AsArray(), f => (string?)f!["code"] == "MLAT-SIG-ATTACHMENT-MISSING");

        File.WriteAllBytes(scan, [1, 2, 3, 5]);
        var changed = CliRunner.Run("verify", signed, "--trust", CliKeys.TrustList, "--attach", scan, "--format", "json");
        Assert.Equal(1, changed.Exit);
        Assert.Contains(JsonNode.Parse(changed.Out)!["findings"]!.AsArray(), f => (string?)f!["code"] == "MLAT-SIG-ATTACHMENT-DIGEST");
    }

    [Fact]
    public void Unsigned_envelope_exits_1_with_sig_missing()
    {
        var unsigned = CliKeys.WriteEnvelope(dir);

        var (exit, stdout, _) = CliRunner.Run("verify", unsigned, "--trust", CliKeys.TrustList, "--format", "json");

        Assert.Equal(1, exit);
        Assert.Equal("MLAT-SIG-MISSING", (string?)Assert.Single(JsonNode.Parse(stdout)!["findings"]!.AsArray())!["code"]);
    }

    [Fact]
    public void Missing_envelope_trust_list_or_attachment_exits_2_with_unreadable_code()
    {
        var signed = SignedByLibrary();

        var noEnvelope = CliRunner.Run("verify", Path.Combine(dir, "none.json"), "--trust", CliKeys.TrustList);
        var noTrust = CliRunner.Run("verify", signed, "--trust", Path.Combine(dir, "none-trust.json"));
        var noAttachment = CliRunner.Run("verify", signed, "--trust", CliKeys.TrustList, "--attach", Path.Combine(dir, "none.bin"));

        foreach (var (exit, stdout, error) in new[] { noEnvelope, noTrust, noAttachment })
        {
            Assert.Equal(2, exit);
            Assert.Empty(stdout);
            Assert.Contains("MLAT-CLI-UNREADABLE", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Malformed_trust_list_exits_2_with_the_trust_list_codes()
    {
        var signed = SignedByLibrary();
        var trust = Path.Combine(dir, "trust.json");
        File.WriteAllText(trust, """{"trustListVersion": "1.0", "countries": [ {"country": "DE"} ]}""");

        var (exit, _, error) = CliRunner.Run("verify", signed, "--trust", trust);

        Assert.Equal(2, exit);
        Assert.Contains("MLAT-CLI-BAD-TRUST-LIST", error, StringComparison.Ordinal);
        Assert.Contains("MLAT-TRUST-LIST-INVALID", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_trust_option_or_bad_format_is_a_usage_error()
    {
        var signed = SignedByLibrary();

        Assert.Equal(2, CliRunner.Run("verify", signed).Exit);
        Assert.Equal(2, CliRunner.Run("verify", signed, "--trust", CliKeys.TrustList, "--format", "xml").Exit);
    }

    [Fact]
    public void Envelope_that_is_not_json_exits_1_with_the_json_code()
    {
        var bad = Path.Combine(dir, "bad.json");
        File.WriteAllText(bad, "{\"header\": ");

        var (exit, stdout, error) = CliRunner.Run("verify", bad, "--trust", CliKeys.TrustList, "--format", "json");

        Assert.Equal(1, exit);
        Assert.Empty(error);
        Assert.StartsWith("MLAT-JSON-", (string)Assert.Single(JsonNode.Parse(stdout)!["findings"]!.AsArray())!["code"]!, StringComparison.Ordinal);
    }
}
