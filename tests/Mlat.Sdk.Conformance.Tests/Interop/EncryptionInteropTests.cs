using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;

namespace Mlat.Sdk.Conformance.Tests.Interop;

/// <summary>
/// Every JWE combination of specification §9 against npm <c>jose</c>, both ways: the SDK encrypts and jose decrypts, jose
/// encrypts and the SDK decrypts, for EC keys on P-256 and P-384 and RSA 3072.
/// </summary>
public sealed class EncryptionInteropTests
{
    private static readonly Lazy<TestPkiBundle> P256 = new(() => TestPki.Generate(CountryCode.FR, "FR:TJ-Paris-PNF", JwsAlgorithms.ES256));
    private static readonly Lazy<TestPkiBundle> P384 = new(() => TestPki.Generate(CountryCode.FR, "FR:TJ-Paris-PNF", JwsAlgorithms.ES384));
    private static readonly Lazy<TestPkiBundle> Rsa = new(() => TestPki.Generate(CountryCode.FR, "FR:TJ-Paris-PNF", JwsAlgorithms.PS256));

    public static TheoryData<string, string, string> Combinations() => new()
    {
        { "P-256", JweAlgorithms.EcdhEsA256KW, JweAlgorithms.A256Gcm },
        { "P-384", JweAlgorithms.EcdhEsA256KW, JweAlgorithms.A256Gcm },
        { "P-256", JweAlgorithms.EcdhEsA256KW, JweAlgorithms.A256CbcHs512 },
        { "RSA", JweAlgorithms.RsaOaep256, JweAlgorithms.A256Gcm },
        { "RSA", JweAlgorithms.RsaOaep, JweAlgorithms.A256CbcHs512 },
        { "RSA", JweAlgorithms.RsaOaep256, JweAlgorithms.A256CbcHs512 },
    };

    [Theory]
    [MemberData(nameof(Combinations))]
    public void A_JWE_from_the_SDK_decrypts_in_jose(string keyType, string alg, string enc)
    {
        var pki = Pki(keyType);
        var plaintext = Plaintext();
        var jwe = EnvelopeEncryptor.EncryptToCertificate(plaintext, pki.SignerCertificate, alg, enc);

        var output = JsonNode.Parse(NodePeer.Run("jwe.mjs", [], new JsonObject { ["op"] = "decrypt", ["jwe"] = jwe, ["keyPem"] = pki.SignerKeyPkcs8Pem, ["alg"] = alg }.ToJsonString()))!;

        Assert.Equal(plaintext, Convert.FromBase64String(output["plaintext"]!.GetValue<string>()));
        Assert.Equal((alg, enc, "vnd.mlat+json"), (output["alg"]!.GetValue<string>(), output["enc"]!.GetValue<string>(), output["cty"]!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void A_JWE_from_jose_decrypts_in_the_SDK(string keyType, string alg, string enc)
    {
        var pki = Pki(keyType);
        var plaintext = Plaintext();
        var stdin = new JsonObject { ["op"] = "encrypt", ["plaintext"] = Convert.ToBase64String(plaintext), ["certPem"] = pki.SignerCertificate.ExportCertificatePem(), ["alg"] = alg, ["enc"] = enc }.ToJsonString();
        var jwe = JsonNode.Parse(NodePeer.Run("jwe.mjs", [], stdin))!["jwe"]!.GetValue<string>();

        var result = new EnvelopeDecryptor(pki.SignerKey).Decrypt(jwe);

        Assert.True(result.IsSuccess, string.Join(",", result.Findings.Select(f => f.Code)));
        Assert.Equal(plaintext, result.Plaintext!.Value.ToArray());
        Assert.Equal((alg, enc), (result.Algorithm, result.Encryption));
    }

    private static TestPkiBundle Pki(string keyType) => keyType switch
    {
        "P-256" => P256.Value,
        "P-384" => P384.Value,
        _ => Rsa.Value,
    };

    // Not a multiple of the AES block size, with non-ASCII bytes, so padding and encoding are both exercised.
    private static byte[] Plaintext() => Encoding.UTF8.GetBytes("{\"header\":{\"version\":\"1.0\"},\"body\":{\"t\":\"Überweisung € 😂\"},\"pad\":\"" + new string('x', 37) + "\"}");
}
