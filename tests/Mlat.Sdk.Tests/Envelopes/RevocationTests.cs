using System.Security.Cryptography.X509Certificates;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

/// <summary>
/// Revocation by CRL (specification §8.4): the test PKI names a CRL distribution point on a loopback server, the
/// verifier checks the signer's chain and the time-stamping authority's chain against CRLs given offline or fetched
/// from there; revoked → MLAT-TRUST-REVOKED, no usable CRL → MLAT-TRUST-REVOCATION-UNKNOWN under the policy.
/// </summary>
public sealed class RevocationTests : IDisposable
{
    private readonly LoopbackHttpServer _server = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly TestPkiBundle _pki;
    private readonly Uri _crlUrl;
    private byte[]? _served;

    public RevocationTests()
    {
        _crlUrl = new Uri(_server.BaseUri, "de-root.crl");
        _server.Map("de-root.crl", _ => _served is { } crl ? ("application/pkix-crl", crl) : null);
        _pki = TestPki.Generate(CountryCode.DE, Sender, JwsAlgorithms.ES256, [SignerRole.Issuing], new ManualTimeProvider(Now), _crlUrl);
    }

    private TrustList TrustFor(params TrustListCountry[] more) => TrustList.Create([.. _pki.TrustList.Countries, .. RecipientPki.TrustList.Countries, .. more], testOnly: true);

    private static VerificationPolicy With(RevocationPolicy revocation) => new() { VerifierAuthorityId = Recipient, Revocation = revocation };

    private byte[] Crl(DateTimeOffset? revokedAt, DateTimeOffset? nextUpdate = null)
        => _pki.CreateCrl(revokedAt is { } at ? [(_pki.SignerCertificate, at)] : [], Now.AddHours(-2), nextUpdate ?? Now.AddDays(7));

    [Fact]
    public void A_signer_revoked_on_an_offline_CRL_is_MLAT_TRUST_REVOKED()
    {
        var signed = Sign(Envelope(), _pki);

        var result = Verifier(With(new RevocationPolicy { Crls = [Crl(Now.AddHours(-1))] }), trust: TrustFor()).Verify(signed);

        Assert.Equal([FindingCodes.TrustRevoked], Codes(result));
        Assert.Equal("/signatures/0/protected", result.Findings[0].Pointer);
        Assert.Null(result.Envelope);
    }

    [Fact]
    public void A_signer_revoked_on_the_CRL_at_its_distribution_point_is_MLAT_TRUST_REVOKED()
    {
        _served = Crl(Now.AddHours(-1));
        var signed = Sign(Envelope(), _pki);

        var result = Verifier(With(new RevocationPolicy { Source = new HttpCrlSource(_http) }), trust: TrustFor()).Verify(signed);

        Assert.Equal([FindingCodes.TrustRevoked], Codes(result));
        Assert.Equal(1, _server.Requests);
    }

    [Fact]
    public void A_signer_not_on_the_current_CRL_verifies_whether_the_CRL_is_fetched_or_given()
    {
        _served = Crl(revokedAt: null);
        var signed = Sign(Envelope(), _pki);
        var source = new HttpCrlSource(_http, new ManualTimeProvider(Now));

        var fetched = Verifier(With(new RevocationPolicy { Source = source }), trust: TrustFor()).Verify(signed);
        var offline = Verifier(With(new RevocationPolicy { Crls = [_served] }), trust: TrustFor()).Verify(signed);
        var again = Verifier(With(new RevocationPolicy { Source = source }), trust: TrustFor()).Verify(Sign(Envelope(), _pki));

        Assert.True(fetched.IsSuccess, string.Join(",", Codes(fetched)));
        Assert.Empty(fetched.Findings);
        Assert.True(offline.IsSuccess, string.Join(",", Codes(offline)));
        Assert.True(again.IsSuccess);
        Assert.Equal(1, _server.Requests); // kept until its nextUpdate
    }

    [Fact]
    public void A_revocation_after_the_verification_time_does_not_count()
    {
        var signed = Sign(Envelope(), _pki);

        var result = Verifier(With(new RevocationPolicy { Crls = [Crl(Now.AddHours(1))] }), trust: TrustFor()).Verify(signed);

        Assert.True(result.IsSuccess, string.Join(",", Codes(result)));
    }

    public static TheoryData<string> UnknownCases => ["none given", "refused", "unreachable", "expired", "signed by another CA", "not a CRL"];

    [Theory]
    [MemberData(nameof(UnknownCases))]
    public void No_usable_CRL_is_MLAT_TRUST_REVOCATION_UNKNOWN_an_error_by_default_and_a_warning_when_allowed(string why)
    {
        using var impostor = TestPki.Generate(CountryCode.DE, Sender, JwsAlgorithms.ES256, [SignerRole.Issuing], new ManualTimeProvider(Now));
        // A distribution point on a loopback port nobody listens on any more.
        var closed = new LoopbackHttpServer();
        var deadUrl = new Uri(closed.BaseUri, "gone.crl");
        closed.Dispose();
        using var unreachable = TestPki.Generate(CountryCode.DE, Sender, JwsAlgorithms.ES256, [SignerRole.Issuing], new ManualTimeProvider(Now), deadUrl);
        var pki = why == "unreachable" ? unreachable : _pki;
        var policy = why switch
        {
            "none given" => new RevocationPolicy(),
            "refused" => new RevocationPolicy { Source = new HttpCrlSource(_http) }, // nothing to serve: the server answers 400
            "unreachable" => new RevocationPolicy { Source = new HttpCrlSource(_http) },
            "expired" => new RevocationPolicy { Crls = [_pki.CreateCrl([], Now.AddDays(-9), Now.AddDays(-2))] },
            // Same issuer name (both roots are "MLAT TEST ONLY Root CA DE"), another key: the signature check refuses it.
            "signed by another CA" => new RevocationPolicy { Crls = [impostor.CreateCrl([], Now.AddHours(-1), Now.AddDays(7))] },
            _ => new RevocationPolicy { Crls = [new byte[] { 0x30, 0x03, 0x02, 0x01, 0x01 }] },
        };
        var signed = Sign(Envelope(), pki);
        var trust = TrustList.Create([.. pki.TrustList.Countries, .. RecipientPki.TrustList.Countries], testOnly: true);

        var strict = Verifier(With(policy), trust: trust).Verify(signed);
        var lenient = Verifier(With(policy with { RequireStatus = false }), trust: trust).Verify(signed);

        Assert.Equal([FindingCodes.TrustRevocationUnknown], Codes(strict));
        Assert.Equal(FindingSeverity.Error, strict.Findings[0].Severity);
        Assert.False(strict.IsSuccess);
        Assert.Equal([FindingCodes.TrustRevocationUnknown], Codes(lenient));
        Assert.Equal(FindingSeverity.Warning, lenient.Findings[0].Severity);
        Assert.True(lenient.IsSuccess);
        Assert.NotNull(lenient.Envelope);
    }

    [Fact]
    public void An_unknown_status_the_policy_accepts_never_hides_a_revocation()
    {
        var signed = Sign(Envelope(), _pki);

        var result = Verifier(With(new RevocationPolicy { Crls = [Crl(Now.AddMinutes(-5))], RequireStatus = false }), trust: TrustFor()).Verify(signed);

        Assert.Equal([FindingCodes.TrustRevoked], Codes(result));
        Assert.False(result.IsSuccess);
    }

    [Fact]
    public async Task A_time_stamp_before_the_revocation_proves_the_signature_and_one_after_it_does_not()
    {
        using var tsa = new TestTimestampAuthority(() => Now.AddSeconds(20));
        var tsaUrl = tsa.Serve(_server);
        var trust = TrustFor(new TrustListCountry(CountryCode.LU, [tsa.RootCertificate], [new TrustedAuthority("LU:TSA-Test", [SignerRole.Issuing])]));
        var signed = Sign(Envelope(), _pki);
        var stamped = (await Signer().AddTimestampAsync(signed, 0, new HttpTimestampAuthority(tsaUrl, _http))).Envelope!;
        var tsaCrl = tsa.CreateCrl(Now, Now.AddDays(7));
        var later = Now.AddHours(2);

        // Revoked an hour after the time-stamp: the time-stamp proves the signature existed before; iat alone does not.
        var afterStamp = new RevocationPolicy { Crls = [Crl(Now.AddHours(1)), tsaCrl] };
        var withStamp = Verifier(With(afterStamp), at: later, trust: trust).Verify(stamped);
        var withoutStamp = Verifier(With(afterStamp), at: later, trust: trust).Verify(signed);

        // Revoked ten seconds before genTime: the time-stamp cannot help.
        var beforeStamp = Verifier(With(new RevocationPolicy { Crls = [Crl(Now.AddSeconds(10)), tsaCrl] }), at: later, trust: trust).Verify(stamped);

        Assert.True(withStamp.IsSuccess, string.Join(",", Codes(withStamp)));
        Assert.Equal(Now.AddSeconds(20), withStamp.Signatures[0].TimestampedAt);
        Assert.Equal([FindingCodes.TrustRevoked], Codes(withoutStamp));
        Assert.Equal([FindingCodes.TrustRevoked], Codes(beforeStamp));
        Assert.Equal("/signatures/0/protected", beforeStamp.Findings[0].Pointer);
    }

    [Fact]
    public async Task A_revoked_or_unknown_TSA_certificate_fails_the_time_stamp_with_its_pointer()
    {
        var tsaCrlUrl = new Uri(_server.BaseUri, "tsa-root.crl");
        using var tsa = new TestTimestampAuthority(() => Now.AddSeconds(20), crlDistributionPoint: tsaCrlUrl);
        byte[]? tsaCrl = null;
        _server.Map("tsa-root.crl", _ => tsaCrl is { } crl ? ("application/pkix-crl", crl) : null);
        var tsaUrl = tsa.Serve(_server);
        var trust = TrustFor(new TrustListCountry(CountryCode.LU, [tsa.RootCertificate], [new TrustedAuthority("LU:TSA-Test", [SignerRole.Issuing])]));
        var stamped = (await Signer().AddTimestampAsync(Sign(Envelope(), _pki), 0, new HttpTimestampAuthority(tsaUrl, _http))).Envelope!;
        _served = Crl(revokedAt: null);
        // A fresh source each time: a source keeps a CRL until its nextUpdate.
        VerificationPolicy Fetching() => With(new RevocationPolicy { Source = new HttpCrlSource(_http) });

        var unknown = Verifier(Fetching(), trust: trust).Verify(stamped);
        tsaCrl = tsa.CreateCrl(Now.AddHours(-1), Now.AddDays(7), tsaRevokedAt: Now.AddHours(-1));
        var revoked = Verifier(Fetching(), trust: trust).Verify(stamped);
        tsaCrl = tsa.CreateCrl(Now.AddHours(-1), Now.AddDays(7));
        var good = Verifier(Fetching(), trust: trust).Verify(stamped);

        Assert.Equal([FindingCodes.TrustRevocationUnknown], Codes(unknown));
        Assert.Equal("/signatures/0/header/etsiU/0", unknown.Findings[0].Pointer);
        Assert.Equal([FindingCodes.TrustRevoked], Codes(revoked));
        Assert.Equal("/signatures/0/header/etsiU/0", revoked.Findings[0].Pointer);
        Assert.True(good.IsSuccess, string.Join(",", Codes(good)));
    }

    [Fact]
    public void A_CRL_carried_in_a_signed_trust_list_revokes_without_any_network()
    {
        using var op = TestPki.Generate(CountryCode.LU, "LU:TL-Operator", JwsAlgorithms.ES256, [SignerRole.Issuing], new ManualTimeProvider(Now));
        using var key = op.CreateSigningKey();
        var carrying = TrustList.Create(TrustFor().Countries, testOnly: true, crls: [Crl(Now.AddHours(-1))]);
        var read = TrustList.Read(carrying.ToSignedJson(key, new ManualTimeProvider(Now)), op.RootCertificate, new ManualTimeProvider(Now));
        var signed = Sign(Envelope(), _pki);

        var checking = Verifier(With(new RevocationPolicy()), trust: read.TrustList).Verify(signed);
        var notChecking = Verifier(trust: read.TrustList).Verify(signed);

        Assert.True(read.IsSignatureVerified, string.Join(",", read.Findings.Select(f => f.Code)));
        Assert.Single(read.TrustList!.Crls);
        Assert.Equal([FindingCodes.TrustRevoked], Codes(checking));
        Assert.True(notChecking.IsSuccess); // revocation is checked only when the policy asks for it
        Assert.Equal(0, _server.Requests);
    }

    [Theory]
    [InlineData("\"bm90IGEgQ1JM\"")]
    [InlineData("\"not base64\"")]
    [InlineData("7")]
    public void A_trust_list_with_a_CRL_that_is_not_one_is_MLAT_TRUST_LIST_INVALID(string item)
    {
        var json = System.Text.Encoding.UTF8.GetString(TrustFor().ToJson());
        var bad = json[..json.LastIndexOf('}')] + ", \"crls\": [" + item + "] }";

        var read = TrustList.Read(System.Text.Encoding.UTF8.GetBytes(bad));

        Assert.Equal([FindingCodes.TrustListInvalid], read.Findings.Select(f => f.Code));
        Assert.Equal("/crls/0", read.Findings[0].Pointer);
    }

    [Fact]
    public void The_test_PKI_names_its_distribution_point_in_the_signer_certificate_only()
    {
        Assert.Equal([_crlUrl], CertificateRevocationList.DistributionPoints(_pki.SignerCertificate));
        Assert.Empty(CertificateRevocationList.DistributionPoints(_pki.RootCertificate));
        Assert.Empty(CertificateRevocationList.DistributionPoints(Issuer.SignerCertificate));
    }

    [Fact]
    public void A_CRL_of_the_test_PKI_reads_with_its_times_and_entries()
    {
        var crl = CertificateRevocationList.TryRead(Crl(Now.AddHours(-1)));

        Assert.NotNull(crl);
        Assert.Equal(Now.AddHours(-2), crl.ThisUpdate);
        Assert.Equal(Now.AddDays(7), crl.NextUpdate);
        Assert.True(crl.IsIssuedBy(_pki.RootCertificate));
        Assert.False(crl.IsIssuedBy(Issuer.RootCertificate));
        Assert.Equal(Now.AddHours(-1), crl.RevokedAt(_pki.SignerCertificate));
        Assert.Null(crl.RevokedAt(Issuer.SignerCertificate));
    }

    public void Dispose()
    {
        _server.Dispose();
        _http.Dispose();
        _pki.Dispose();
    }
}
