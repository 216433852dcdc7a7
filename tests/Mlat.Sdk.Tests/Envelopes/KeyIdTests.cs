using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using Mlat.Sdk.Envelopes;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

/// <summary><c>kid</c> is the JAdES signing-certificate hint: base64 DER IssuerSerial (RFC 5035, TS 119 182-1 §5.1.4).</summary>
public sealed class KeyIdTests
{
    [Fact]
    public void Kid_of_a_signature_is_the_DER_IssuerSerial_of_x5c_0_decoded_independently()
    {
        var kid = Header(Sign(Envelope(), Issuer))["kid"]!.GetValue<string>();

        // Decoded here by hand: SEQUENCE { SEQUENCE { [4] { Name } }, INTEGER serial }.
        var reader = new AsnReader(Convert.FromBase64String(kid), AsnEncodingRules.DER).ReadSequence();
        var directoryName = reader.ReadSequence().ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 4, true));
        Assert.Equal(Issuer.SignerCertificate.IssuerName.RawData, directoryName.ReadEncodedValue().ToArray());
        Assert.Equal(Issuer.SignerCertificate.SerialNumberBytes.ToArray(), reader.ReadIntegerBytes().ToArray());
        Assert.False(reader.HasData);
        Assert.True(IssuerSerial.Matches(kid, Issuer.SignerCertificate));
        Assert.False(IssuerSerial.Matches(kid, Issuer.RootCertificate));
    }

    [Theory]
    [InlineData("root")]
    [InlineData("thumbprint")]
    [InlineData("trailing-byte")]
    public void Verify_rejects_a_kid_that_does_not_name_x5c_0(string variant)
    {
        var forged = Resign(Sign(Envelope(), Issuer), 0, Edit(h => h["kid"] = variant switch
        {
            "root" => IssuerSerial.Encode(Issuer.RootCertificate),
            "thumbprint" => "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs",
            _ => Convert.ToBase64String([.. Convert.FromBase64String(IssuerSerial.Encode(Issuer.SignerCertificate)), 0]),
        }), Issuer.SignerKey, "ES256");

        var result = Verifier().Verify(forged);

        Assert.Equal([FindingCodes.SigKidMismatch], Codes(result));
        Assert.Equal("/signatures/0/protected", result.Findings[0].Pointer);
    }

    [Fact]
    public void Verify_accepts_a_header_without_kid()
    {
        var resigned = Resign(Sign(Envelope(), Issuer), 0, Edit(h => h.Remove("kid")), Issuer.SignerKey, "ES256");
        Assert.True(Verifier().Verify(resigned).IsSuccess);
    }
}
