using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

/// <summary>
/// JAdES baseline-B-T: an RFC 3161 signature time-stamp (<c>sigTst</c> in <c>header.etsiU</c>) from a test TSA served
/// over loopback HTTP, verified (CMS signature, imprint over ASCII(signature), TSA chained to the trust list) and used
/// as proof of existence; the tampered, misdirected and untrusted cases each have their own code.
/// </summary>
public sealed class SignatureTimestampTests : IDisposable
{
    private readonly LoopbackHttpServer _server = new();
    private readonly TestTimestampAuthority _tsa = new(() => Now.AddSeconds(20));
    private readonly Uri _tsaUrl;

    public SignatureTimestampTests() => _tsaUrl = _tsa.Serve(_server);

    private TrustList TrustWithTsa => TrustList.Create(
        [.. Trust.Countries, new TrustListCountry(CountryCode.LU, [_tsa.RootCertificate], [new TrustedAuthority("LU:TSA-Test", [SignerRole.Issuing])])], testOnly: true);

    private async Task<byte[]> Stamp(byte[] envelope, int index = 0)
    {
        using var http = new HttpClient();
        var result = await Signer().AddTimestampAsync(envelope, index, new HttpTimestampAuthority(_tsaUrl, http));
        Assert.True(result.IsSuccess, string.Join(",", result.Findings.Select(f => f.Code)));
        return result.Envelope!;
    }

    [Fact]
    public async Task A_B_T_signature_verifies_with_its_time_stamp_as_proof_of_existence()
    {
        var signed = Sign(Envelope(), Issuer);
        var stamped = await Stamp(signed);

        var result = Verifier(trust: TrustWithTsa).Verify(stamped);

        Assert.True(result.IsSuccess, string.Join(",", Codes(result)));
        Assert.Equal(Now.AddSeconds(20), result.Signatures[0].TimestampedAt);
        Assert.Equal(Now, result.Signatures[0].SignedAt);
        Assert.Equal(1, _server.Requests);

        // The token is a real RFC 3161 token over ASCII(signature) and sits where ETSI TS 119 182-1 §5.3.4 puts it.
        var node = JsonNode.Parse(stamped)!["signatures"]![0]!;
        var der = Convert.FromBase64String(node["header"]!["etsiU"]![0]!["sigTst"]!["tstTokens"]![0]!["val"]!.GetValue<string>());
        Assert.True(System.Security.Cryptography.Pkcs.Rfc3161TimestampToken.TryDecode(der, out var token, out _));
        Assert.Equal(SHA256.HashData(Encoding.ASCII.GetBytes(node["signature"]!.GetValue<string>())), token!.TokenInfo.GetMessageHash().ToArray());
        // Nothing signed changed: the protected header and signature value are those of the B-B signature.
        Assert.Equal(JsonNode.Parse(signed)!["signatures"]![0]!["signature"]!.GetValue<string>(), node["signature"]!.GetValue<string>());
        Assert.Null(Verifier().Verify(signed).Signatures[0].TimestampedAt);
    }

    [Fact]
    public async Task A_parallel_approval_signature_still_verifies_after_signature_0_is_time_stamped()
    {
        var both = await Stamp(IssuedAndValidated());
        var result = Verifier(new VerificationPolicy { VerifierAuthorityId = Recipient, RequiredRoles = [SignerRole.Issuing, SignerRole.Validating] }, trust: TrustWithTsa).Verify(both);

        Assert.True(result.IsSuccess, string.Join(",", Codes(result)));
        Assert.NotNull(result.Signatures[0].TimestampedAt);
        Assert.Null(result.Signatures[1].TimestampedAt);
    }

    [Fact]
    public async Task A_tampered_time_stamp_is_MLAT_SIG_TST_INVALID()
    {
        var stamped = await Stamp(Sign(Envelope(), Issuer));
        var tampered = Mutate(stamped, n =>
        {
            var val = n["signatures"]![0]!["header"]!["etsiU"]![0]!["sigTst"]!["tstTokens"]![0]!;
            var der = Convert.FromBase64String(val["val"]!.GetValue<string>());
            // Flip one byte of the signature value at the end of the CMS structure.
            der[^3] ^= 0x01;
            val["val"] = Convert.ToBase64String(der);
        });

        var result = Verifier(trust: TrustWithTsa).Verify(tampered);

        Assert.Equal([FindingCodes.SigTstInvalid], Codes(result));
        Assert.Equal("/signatures/0/header/etsiU/0", result.Findings[0].Pointer);
    }

    [Fact]
    public async Task A_time_stamp_over_another_signature_is_MLAT_SIG_TST_IMPRINT_MISMATCH()
    {
        var first = await Stamp(Sign(Envelope(), Issuer));
        var other = Sign(Envelope(), Issuer);
        var moved = Mutate(other, n => n["signatures"]![0]!["header"] = JsonNode.Parse(first)!["signatures"]![0]!["header"]!.DeepClone());

        var result = Verifier(trust: TrustWithTsa).Verify(moved);

        Assert.Equal([FindingCodes.SigTstImprintMismatch], Codes(result));
    }

    [Fact]
    public async Task A_time_stamp_from_a_TSA_outside_the_trust_list_is_MLAT_TRUST_TSA_UNTRUSTED()
    {
        var stamped = await Stamp(Sign(Envelope(), Issuer));

        var result = Verifier().Verify(stamped);

        Assert.Equal([FindingCodes.TrustTsaUntrusted], Codes(result));
    }

    [Fact]
    public async Task A_time_stamp_before_iat_is_refused()
    {
        using var early = new TestTimestampAuthority(() => Now.AddMinutes(-30));
        using var server = new LoopbackHttpServer();
        var url = early.Serve(server);
        using var http = new HttpClient();
        var stamped = (await Signer().AddTimestampAsync(Sign(Envelope(), Issuer), 0, new HttpTimestampAuthority(url, http))).Envelope!;
        var trust = TrustList.Create([.. Trust.Countries, new TrustListCountry(CountryCode.LU, [early.RootCertificate], [new TrustedAuthority("LU:TSA-Test", [SignerRole.Issuing])])], testOnly: true);

        Assert.Equal([FindingCodes.SigTstInvalid], Codes(Verifier(trust: trust).Verify(stamped)));
    }

    [Theory]
    [InlineData("""{"kid":"x"}""")]
    [InlineData("""{"etsiU":[{"sigTst":{"tstTokens":[{"val":"AA=="}]}, "x":1}]}""")]
    [InlineData("""{"etsiU":[{"xVals":[]}]}""")]
    [InlineData("""{"etsiU":[{"sigTst":{"tstTokens":[{"val":"AA=="}]}},{"sigTst":{"tstTokens":[{"val":"AA=="}]}}]}""")]
    public void Any_other_unprotected_header_is_refused(string header)
    {
        var tampered = Mutate(Sign(Envelope(), Issuer), n => n["signatures"]![0]!["header"] = JsonNode.Parse(header));
        Assert.Equal([FindingCodes.SigMalformed], Codes(Verifier(trust: TrustWithTsa).Verify(tampered)));
    }

    [Fact]
    public async Task An_unreachable_TSA_gives_MLAT_SIG_TST_UNAVAILABLE()
    {
        using var http = new HttpClient();
        var result = await Signer().AddTimestampAsync(Sign(Envelope(), Issuer), 0, new HttpTimestampAuthority(new Uri(_server.BaseUri, "no-such-tsa"), http));

        Assert.Equal([FindingCodes.SigTstUnavailable], result.Findings.Select(f => f.Code));
    }

    public void Dispose()
    {
        _server.Dispose();
        _tsa.Dispose();
    }
}
