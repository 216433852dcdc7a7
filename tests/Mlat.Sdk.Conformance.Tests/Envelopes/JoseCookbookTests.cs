using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.Conformance.Tests.Envelopes;

/// <summary>
/// RFC 7520 (JOSE cookbook) JWS examples with asymmetric keys, verified through the SDK's signature layer
/// (<see cref="JwsAlgorithms"/> and strict base64url), in compact and general JSON serialisation. ECDSA and PSS
/// signatures are randomised, so they are verified rather than compared; RS256 is deterministic and is also re-signed.
/// </summary>
public sealed class JoseCookbookTests
{
    private static readonly string Folder = Path.Combine(TestPaths.Vectors, "jose-cookbook", "jws");

    public static TheoryData<string, int> Signatures()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in new[] { "4_1.rsa_v15_signature.json", "4_2.rsa-pss_signature.json", "4_3.ecdsa_signature.json", "4_8.multiple_signatures.json" })
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, file)));
            var count = doc.RootElement.GetProperty("output").GetProperty("json").GetProperty("signatures").GetArrayLength();
            for (var i = 0; i < count; i++)
            {
                // 4.8 signature 2 is HS256: symmetric algorithms are outside the standard (specification §7.6).
                if (!(file.StartsWith("4_8", StringComparison.Ordinal) && i == 2))
                {
                    data.Add(file, i);
                }
            }
        }

        return data;
    }

    [RequiresTheory(Requirement.Vectors)]
    [MemberData(nameof(Signatures))]
    public void Cookbook_general_JSON_signature_verifies_and_a_flipped_bit_does_not(string file, int index)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, file)));
        var input = doc.RootElement.GetProperty("input");
        var json = doc.RootElement.GetProperty("output").GetProperty("json");
        var signature = json.GetProperty("signatures")[index];
        var protectedText = signature.TryGetProperty("protected", out var p) ? p.GetString()! : string.Empty;
        var alg = Algorithm(signature, protectedText);
        using var key = Key(input.GetProperty("key"), index);
        var signingInput = Encoding.ASCII.GetBytes(protectedText + "." + json.GetProperty("payload").GetString());
        Assert.True(Base64UrlStrict.TryDecode(signature.GetProperty("signature").GetString()!, out var value));

        Assert.True(JwsAlgorithms.Verify(alg, key, signingInput, value));
        value[^1] ^= 1;
        Assert.False(JwsAlgorithms.Verify(alg, key, signingInput, value));
    }

    [RequiresTheory(Requirement.Vectors)]
    [InlineData("4_1.rsa_v15_signature.json")]
    [InlineData("4_2.rsa-pss_signature.json")]
    [InlineData("4_3.ecdsa_signature.json")]
    public void Cookbook_compact_serialisation_verifies(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, file)));
        var parts = doc.RootElement.GetProperty("output").GetProperty("compact").GetString()!.Split('.');
        Assert.True(Base64UrlStrict.TryDecode(parts[0], out var header));
        var alg = JsonDocument.Parse(header).RootElement.GetProperty("alg").GetString()!;
        using var key = Key(doc.RootElement.GetProperty("input").GetProperty("key"), 0);
        Assert.True(Base64UrlStrict.TryDecode(parts[2], out var value));

        Assert.True(JwsAlgorithms.Verify(alg, key, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), value));
    }

    [RequiresFact(Requirement.Vectors)]
    public void Cookbook_RS256_signature_is_reproduced_byte_for_byte()
    {
        // RFC 7520 §4.1 is deterministic (PKCS#1 v1.5), so the SDK's signer must give the published bytes.
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "4_1.rsa_v15_signature.json")));
        var signing = doc.RootElement.GetProperty("signing");
        using var key = Key(doc.RootElement.GetProperty("input").GetProperty("key"), 0);
        var produced = JwsAlgorithms.Sign("RS256", key, Encoding.ASCII.GetBytes(signing.GetProperty("sig-input").GetString()!));

        Assert.Equal(signing.GetProperty("sig").GetString(), Base64UrlStrict.Encode(produced));
    }

    private static string Algorithm(JsonElement signature, string protectedText)
    {
        if (protectedText.Length > 0)
        {
            Assert.True(Base64UrlStrict.TryDecode(protectedText, out var header));
            using var parsed = JsonDocument.Parse(header);
            if (parsed.RootElement.TryGetProperty("alg", out var alg))
            {
                return alg.GetString()!;
            }
        }

        return signature.GetProperty("header").GetProperty("alg").GetString()!;
    }

    private static AsymmetricAlgorithm Key(JsonElement keys, int index)
    {
        var jwk = keys.ValueKind == JsonValueKind.Array ? keys[index] : keys;
        byte[] B(string name) => Decode(jwk.GetProperty(name).GetString()!);
        if (jwk.GetProperty("kty").GetString() == "RSA")
        {
            var rsa = RSA.Create();
            rsa.ImportParameters(new RSAParameters
            {
                Modulus = B("n"), Exponent = B("e"), D = B("d"), P = B("p"), Q = B("q"), DP = B("dp"), DQ = B("dq"), InverseQ = B("qi"),
            });
            return rsa;
        }

        var curve = jwk.GetProperty("crv").GetString() switch
        {
            "P-256" => ECCurve.NamedCurves.nistP256,
            "P-384" => ECCurve.NamedCurves.nistP384,
            _ => ECCurve.NamedCurves.nistP521,
        };
        return ECDsa.Create(new ECParameters { Curve = curve, Q = new ECPoint { X = B("x"), Y = B("y") }, D = B("d") });
    }

    private static byte[] Decode(string text)
    {
        Assert.True(Base64UrlStrict.TryDecode(text, out var bytes));
        return bytes;
    }
}
