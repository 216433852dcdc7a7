using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;

namespace Mlat.Sdk.Tests.Cli;

/// <summary>
/// <c>mlat verify --crl / --fetch-crls / --allow-unknown-revocation / --trust-anchor</c>: revocation by CRL (given, or
/// fetched from the signer certificate's distribution point on a loopback server) and a trust list signed by its operator.
/// </summary>
public sealed class VerifyRevocationCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("mlat-verify-crl-").FullName;
    private readonly LoopbackHttpServer _server = new();
    private readonly TestPkiBundle _pki;
    private readonly string _signed;
    private readonly string _trust;
    private byte[]? _served;

    public VerifyRevocationCommandTests()
    {
        _server.Map("root.crl", _ => _served is { } crl ? ("application/pkix-crl", crl) : null);
        _pki = TestPki.Generate(CountryCode.DE, CliKeys.Issuer, JwsAlgorithms.ES256, [SignerRole.Issuing], crlDistributionPoint: new Uri(_server.BaseUri, "root.crl"));
        _pki.WriteTo(Path.Combine(dir, "issuer"));
        _trust = Path.Combine(dir, "issuer", "test-only-trust-list.json");
        _signed = Path.Combine(dir, "signed.json");
        Assert.Equal(0, CliRunner.Run("sign", CliKeys.WriteEnvelope(dir), "--key", Path.Combine(dir, "issuer", "test-only-signer.key.pem"),
            "--cert", Path.Combine(dir, "issuer", "test-only-signer.chain.pem"), "--out", _signed).Exit);
    }

    private string WriteCrl(bool revoked, string name)
    {
        var path = Path.Combine(dir, name);
        var now = DateTimeOffset.UtcNow;
        File.WriteAllBytes(path, _pki.CreateCrl(revoked ? [(_pki.SignerCertificate, now.AddMinutes(-1))] : [], now.AddMinutes(-5), now.AddDays(1)));
        return path;
    }

    [Fact]
    public void Verify_with_a_CRL_that_lists_the_signer_prints_MLAT_TRUST_REVOKED_and_exits_1()
    {
        var good = CliRunner.Run("verify", _signed, "--trust", _trust, "--crl", WriteCrl(revoked: false, "good.crl"));
        var revoked = CliRunner.Run("verify", _signed, "--trust", _trust, "--crl", WriteCrl(revoked: true, "revoked.crl"));

        Assert.Equal(0, good.Exit);
        Assert.Equal(1, revoked.Exit);
        Assert.Contains("MLAT-TRUST-REVOKED", revoked.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_fetch_crls_reads_the_distribution_point_and_an_unreachable_status_fails_unless_allowed()
    {
        var unknown = CliRunner.Run("verify", _signed, "--trust", _trust, "--fetch-crls");
        var allowed = CliRunner.Run("verify", _signed, "--trust", _trust, "--fetch-crls", "--allow-unknown-revocation");
        _served = File.ReadAllBytes(WriteCrl(revoked: true, "served.crl"));
        var revoked = CliRunner.Run("verify", _signed, "--trust", _trust, "--fetch-crls", "--allow-unknown-revocation");

        Assert.Equal(1, unknown.Exit);
        Assert.Contains("MLAT-TRUST-REVOCATION-UNKNOWN", unknown.Out, StringComparison.Ordinal);
        Assert.Equal(0, allowed.Exit);
        Assert.Contains("MLAT-TRUST-REVOCATION-UNKNOWN", allowed.Out, StringComparison.Ordinal);
        Assert.Equal(1, revoked.Exit);
        Assert.Contains("MLAT-TRUST-REVOKED", revoked.Out, StringComparison.Ordinal);
        Assert.Equal(3, _server.Requests);
    }

    [Fact]
    public void Verify_with_a_trust_anchor_needs_the_trust_list_signed_by_its_operator()
    {
        using var op = TestPki.Generate(CountryCode.LU, "LU:TL-Operator", JwsAlgorithms.ES256, [SignerRole.Issuing]);
        var anchor = Path.Combine(dir, "operator-root.pem");
        File.WriteAllText(anchor, op.RootCertificatePem);
        var signedTrust = Path.Combine(dir, "signed-trust.json");
        using (var key = op.CreateSigningKey())
        {
            File.WriteAllBytes(signedTrust, TrustList.Read(File.ReadAllBytes(_trust)).TrustList!.ToSignedJson(key));
        }

        var ok = CliRunner.Run("verify", _signed, "--trust", signedTrust, "--trust-anchor", anchor);
        var unsigned = CliRunner.Run("verify", _signed, "--trust", _trust, "--trust-anchor", anchor);
        File.WriteAllText(signedTrust, File.ReadAllText(signedTrust).Replace("\"ISSUING\"", "\"ISSUING\", \"VALIDATING\"", StringComparison.Ordinal));
        var changed = CliRunner.Run("verify", _signed, "--trust", signedTrust, "--trust-anchor", anchor);

        Assert.Equal(0, ok.Exit);
        Assert.Equal(2, unsigned.Exit);
        Assert.Contains("MLAT-TRUST-LIST-UNSIGNED", unsigned.Err, StringComparison.Ordinal);
        Assert.Equal(2, changed.Exit);
        Assert.Contains("MLAT-TRUST-LIST-SIGNATURE-INVALID", changed.Err, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _server.Dispose();
        _pki.Dispose();
        Directory.Delete(dir, recursive: true);
    }
}
