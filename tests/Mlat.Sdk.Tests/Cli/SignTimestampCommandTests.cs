using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Tests.Cli;

/// <summary><c>mlat sign --tsa &lt;url&gt;</c>: the new signature is time-stamped by the test TSA served over loopback HTTP.</summary>
public sealed class SignTimestampCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("mlat-sign-tsa-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Sign_with_tsa_writes_a_B_T_signature_whose_time_stamp_verifies_with_the_TSA_in_the_trust_list()
    {
        using var server = new LoopbackHttpServer();
        using var tsa = new TestTimestampAuthority(() => DateTimeOffset.UtcNow);
        var url = tsa.Serve(server);
        var input = CliKeys.WriteEnvelope(dir);
        var output = Path.Combine(dir, "signed.json");

        var (exit, stdout, error) = CliRunner.Run("sign", input, "--key", CliKeys.IssuerKey, "--cert", CliKeys.IssuerChain, "--tsa", url.ToString(), "--out", output);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("time-stamped", stdout, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
        var signed = File.ReadAllBytes(output);
        Assert.NotNull(JsonNode.Parse(signed)!["signatures"]![0]!["header"]!["etsiU"]![0]!["sigTst"]);
        var trust = TrustList.Read(File.ReadAllBytes(CliKeys.TrustList)).TrustList!;
        var withTsa = TrustList.Create([.. trust.Countries, new TrustListCountry(CountryCode.LU, [tsa.RootCertificate], [new TrustedAuthority("LU:TSA-Test", [SignerRole.Issuing])])], testOnly: true);
        var policy = new VerificationPolicy { VerifierAuthorityId = CliKeys.Recipient };

        var verified = new EnvelopeVerifier(withTsa, policy).Verify(signed);
        var untrusted = new EnvelopeVerifier(trust, policy).Verify(signed);

        Assert.True(verified.IsSuccess, string.Join(",", verified.Findings.Select(f => f.Code)));
        Assert.NotNull(verified.Signatures[0].TimestampedAt);
        Assert.Equal([FindingCodes.TrustTsaUntrusted], untrusted.Findings.Select(f => f.Code));
    }

    [Theory]
    [InlineData("not a url", 2, "MLAT-CLI-BAD-TSA-URL")]
    [InlineData("ftp://127.0.0.1/tsa", 2, "MLAT-CLI-BAD-TSA-URL")]
    public void Sign_with_a_bad_tsa_url_is_a_usage_error_and_writes_nothing(string url, int code, string expected)
    {
        var input = CliKeys.WriteEnvelope(dir);
        var output = Path.Combine(dir, "signed.json");

        var (exit, _, error) = CliRunner.Run("sign", input, "--key", CliKeys.IssuerKey, "--cert", CliKeys.IssuerChain, "--tsa", url, "--out", output);

        Assert.Equal(code, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Sign_with_a_tsa_that_answers_404_fails_with_MLAT_SIG_TST_UNAVAILABLE_and_writes_nothing()
    {
        using var server = new LoopbackHttpServer();
        var input = CliKeys.WriteEnvelope(dir);
        var output = Path.Combine(dir, "signed.json");

        var (exit, stdout, _) = CliRunner.Run("sign", input, "--key", CliKeys.IssuerKey, "--cert", CliKeys.IssuerChain, "--tsa", new Uri(server.BaseUri, "none").ToString(), "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("MLAT-SIG-TST-UNAVAILABLE", stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
