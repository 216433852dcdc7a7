using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mlat.Sdk.Envelopes;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

public sealed class KeyIdTests
{
    [Fact]
    public void Kid_is_the_RFC_7638_thumbprint_of_the_certificate_key_checked_against_the_RFC_example()
    {
        // RFC 7638 §3.1: this RSA key's JWK thumbprint is NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs.
        const string N = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        using var rsa = RSA.Create();
        rsa.ImportParameters(new RSAParameters { Modulus = Base64UrlDecode(N), Exponent = Base64UrlDecode("AQAB") });
        using var issuerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName("CN=RFC 7638 key"), PublicKey.CreateFromSubjectPublicKeyInfo(rsa.ExportSubjectPublicKeyInfo(), out _), HashAlgorithmName.SHA256);
        using var certificate = request.Create(new X500DistinguishedName("CN=issuer"), X509SignatureGenerator.CreateForECDsa(issuerKey), Now.AddDays(-1), Now.AddDays(1), [1]);

        Assert.Equal("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", EnvelopeSigner.KeyId(certificate));
    }

    [Fact]
    public void Kid_of_a_signature_is_the_thumbprint_of_x5c_0()
    {
        var signed = Sign(Envelope(), Issuer);
        Assert.Equal(EnvelopeSigner.KeyId(Issuer.SignerCertificate), Header(signed)["kid"]!.GetValue<string>());
        Assert.NotEqual(EnvelopeSigner.KeyId(Issuer.RootCertificate), Header(signed)["kid"]!.GetValue<string>());
    }
}
