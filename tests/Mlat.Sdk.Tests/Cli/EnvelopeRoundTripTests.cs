using System.Text.Json.Nodes;

namespace Mlat.Sdk.Tests.Cli;

/// <summary>The envelope commands end to end, as an integrator would chain them (specification §14.6, §7).</summary>
public sealed class EnvelopeRoundTripTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("mlat-roundtrip-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string P(string name) => Path.Combine(dir, name);

    [Fact]
    public void Keys_generate_sign_countersign_verify_encrypt_decrypt_verify_round_trip()
    {
        Assert.Equal(0, CliRunner.Run("keys", "generate", "--country", "DE", "--authority", CliKeys.Issuer, "--out-dir", P("issuer")).Exit);
        Assert.Equal(0, CliRunner.Run("keys", "generate", "--country", "DE", "--authority", CliKeys.Judge, "--alg", "ES384", "--out-dir", P("judge")).Exit);
        Assert.Equal(0, CliRunner.Run("keys", "generate", "--country", "FR", "--authority", CliKeys.Recipient, "--out-dir", P("recipient")).Exit);
        File.WriteAllText(P("trust.json"), MergedTrustList("issuer", "judge"));
        var scan = P("scan.pdf");
        File.WriteAllBytes(scan, [0x25, 0x50, 0x44, 0x46]);
        var request = CliKeys.WriteEnvelope(dir, attachmentFileName: "scan.pdf");

        Assert.Equal(0, CliRunner.Run("sign", request, "--key", P("issuer/test-only-signer.key.pem"), "--cert", P("issuer/test-only-signer.chain.pem"), "--attach", scan, "--out", P("signed.json")).Exit);
        Assert.Equal(0, CliRunner.Run("sign", P("signed.json"), "--key", P("judge/test-only-signer.key.pem"), "--cert", P("judge/test-only-signer.chain.pem"), "--role", "validating", "--out", P("countersigned.json")).Exit);

        var verified = CliRunner.Run("verify", P("countersigned.json"), "--trust", P("trust.json"), "--attach", scan, "--as", CliKeys.Recipient, "--format", "json");
        Assert.Equal(0, verified.Exit);
        var json = JsonNode.Parse(verified.Out)!;
        Assert.True((bool)json["verified"]!);
        Assert.Equal(["ISSUING", "VALIDATING"], json["signers"]!.AsArray().Select(s => (string)s!["role"]!));

        Assert.Equal(0, CliRunner.Run("encrypt", P("countersigned.json"), "--to", P("recipient/test-only-signer.chain.pem"), "--out", P("countersigned.jwe")).Exit);
        Assert.DoesNotContain("Staatsanwaltschaft", File.ReadAllText(P("countersigned.jwe")), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("decrypt", P("countersigned.jwe"), "--key", P("recipient/test-only-signer.key.pem"), "--out", P("decrypted.json")).Exit);
        Assert.Equal(File.ReadAllBytes(P("countersigned.json")), File.ReadAllBytes(P("decrypted.json")));

        var again = CliRunner.Run("verify", P("decrypted.json"), "--trust", P("trust.json"), "--attach", scan, "--as", CliKeys.Recipient);
        Assert.Equal(0, again.Exit);
        Assert.Contains("VERIFIED, 2 signature(s)", again.Out, StringComparison.Ordinal);

        // The judge's trust list alone does not anchor the issuer: signature 0 fails, so the envelope does not verify.
        var partial = CliRunner.Run("verify", P("decrypted.json"), "--trust", P("judge/test-only-trust-list.json"), "--attach", scan, "--format", "json");
        Assert.Equal(1, partial.Exit);
        Assert.Contains(JsonNode.Parse(partial.Out)!["findings"]!.AsArray(), f => (string?)f!["code"] == "MLAT-TRUST-AUTHORITY-UNKNOWN" && (string?)f["pointer"] == "/signatures/0/protected");
        Assert.Equal("VALIDATING", (string?)Assert.Single(JsonNode.Parse(partial.Out)!["signers"]!.AsArray())!["role"]);
    }

    [Fact]
    public void Sign_and_verify_as_a_real_process_give_exit_codes_and_no_stack_trace()
    {
        var request = CliKeys.WriteEnvelope(dir);
        var signed = P("signed.json");

        var sign = CliRunner.RunProcess("sign", request, "--key", CliKeys.IssuerKey, "--cert", CliKeys.IssuerChain, "--out", signed);
        var verify = CliRunner.RunProcess("verify", signed, "--trust", CliKeys.TrustList, "--as", CliKeys.Recipient, "--format", "json");
        File.WriteAllText(signed, File.ReadAllText(signed).Replace("München", "Muenchen", StringComparison.Ordinal));
        var tampered = CliRunner.RunProcess("verify", signed, "--trust", CliKeys.TrustList, "--format", "json");
        File.WriteAllText(P("garbage.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        var badCert = CliRunner.RunProcess("sign", request, "--key", CliKeys.IssuerKey, "--cert", P("garbage.pem"), "--out", P("x.json"));

        Assert.Equal(0, sign.Exit);
        Assert.Equal(0, verify.Exit);
        Assert.True((bool)JsonNode.Parse(verify.Out)!["verified"]!);
        Assert.Equal(1, tampered.Exit);
        Assert.Contains(JsonNode.Parse(tampered.Out)!["findings"]!.AsArray(), f => (string?)f!["code"] == "MLAT-SIG-CONTENT-DIGEST");
        Assert.Equal(2, badCert.Exit);
        Assert.Contains("MLAT-CLI-BAD-CERTIFICATE", badCert.Err, StringComparison.Ordinal);
        foreach (var run in new[] { sign, verify, tampered, badCert })
        {
            Assert.DoesNotContain("   at ", run.Out + run.Err, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", run.Out + run.Err, StringComparison.Ordinal);
        }
    }

    private string MergedTrustList(params string[] parties)
    {
        var countries = new JsonArray();
        foreach (var party in parties)
        {
            foreach (var c in JsonNode.Parse(File.ReadAllText(P(party + "/test-only-trust-list.json")))!["countries"]!.AsArray())
            {
                countries.Add(c!.DeepClone());
            }
        }

        return new JsonObject { ["trustListVersion"] = "1.0", ["testOnly"] = true, ["countries"] = countries }.ToJsonString();
    }
}
