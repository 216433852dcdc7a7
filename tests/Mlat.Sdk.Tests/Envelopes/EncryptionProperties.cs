using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mlat.Sdk.Envelopes;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

/// <summary>specification §9 invariants: decrypt(encrypt(x)) = x for every combination; any flipped bit is detected.</summary>
public sealed class EncryptionProperties
{
    private static readonly (string Alg, string Enc, bool Ec)[] Combinations =
    [
        (JweAlgorithms.EcdhEsA256KW, JweAlgorithms.A256Gcm, true),
        (JweAlgorithms.EcdhEsA256KW, JweAlgorithms.A256CbcHs512, true),
        (JweAlgorithms.RsaOaep256, JweAlgorithms.A256Gcm, false),
        (JweAlgorithms.RsaOaep, JweAlgorithms.A256CbcHs512, false),
    ];

    private static readonly Arbitrary<(byte[] Plaintext, int Combination, int Seed)> Inputs =
        Gen.Zip(Gen.Zip(Gen.Choose(0, 600).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n)), Gen.Choose(0, Combinations.Length - 1)), Gen.Choose(0, int.MaxValue))
            .Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2))
            .ToArbitrary();

    [Property(MaxTest = 40)]
    public Property Decrypting_what_was_encrypted_gives_the_same_bytes() => Prop.ForAll(Inputs, input =>
    {
        var (alg, enc, ec) = Combinations[input.Combination];
        var pki = ec ? Issuer : RecipientPki;
        var jwe = EnvelopeEncryptor.EncryptToCertificate(input.Plaintext, pki.SignerCertificate, alg, enc);
        using var decryptor = new EnvelopeDecryptor(pki.SignerKey);
        var result = decryptor.Decrypt(jwe);
        var fromBytes = decryptor.Decrypt(System.Text.Encoding.ASCII.GetBytes(jwe));
        return result.IsSuccess && result.Plaintext!.Value.Span.SequenceEqual(input.Plaintext)
            && fromBytes.IsSuccess && fromBytes.Plaintext!.Value.Span.SequenceEqual(input.Plaintext);
    });

    [Property(MaxTest = 40)]
    public Property Flipping_any_bit_of_the_encrypted_key_iv_ciphertext_or_tag_fails() => Prop.ForAll(Inputs, input =>
    {
        var (alg, enc, ec) = Combinations[input.Combination];
        var pki = ec ? Issuer : RecipientPki;
        var parts = EnvelopeEncryptor.EncryptToCertificate(input.Plaintext, pki.SignerCertificate, alg, enc).Split('.');
        var random = new Random(input.Seed);
        // An empty plaintext has an empty ciphertext: the bit is flipped in one of the non-empty parts.
        var candidates = Enumerable.Range(1, 4).Where(p => parts[p].Length > 0).ToArray();
        var part = candidates[random.Next(candidates.Length)];
        var bytes = Base64UrlDecode(parts[part]);

        var bit = random.Next(bytes.Length * 8);
        bytes[bit / 8] ^= (byte)(1 << (bit % 8));
        parts[part] = Base64UrlEncode(bytes);
        var result = new EnvelopeDecryptor(pki.SignerKey).Decrypt(string.Join('.', parts));
        return !result.IsSuccess && result.Findings.Single().Code == "MLAT-ENC-DECRYPTION-FAILED";
    });

    [Property(MaxTest = 300)]
    public Property A_damaged_JWE_string_is_answered_with_an_encryption_code_never_an_exception() => Prop.ForAll(Inputs, input =>
    {
        var (alg, enc, ec) = Combinations[input.Combination];
        var pki = ec ? Issuer : RecipientPki;
        var jwe = EnvelopeEncryptor.EncryptToCertificate(input.Plaintext, pki.SignerCertificate, alg, enc).ToCharArray().ToList();
        var random = new Random(input.Seed);
        var at = random.Next(jwe.Count);
        const string Noise = "ABCabc019-_.=+/ \u00e9\"{}";
        switch (random.Next(3))
        {
            case 0: jwe[at] = Noise[random.Next(Noise.Length)]; break;
            case 1: jwe.RemoveRange(at, jwe.Count - at); break;
            default: jwe.Insert(at, Noise[random.Next(Noise.Length)]); break;
        }

        // The UTF-8 overload (the HTTP body as it arrived) reads the damaged bytes exactly as the string overload does.
        using var decryptor = new EnvelopeDecryptor(pki.SignerKey);
        var text = new string([.. jwe]);
        var result = decryptor.Decrypt(text);
        var fromBytes = decryptor.Decrypt(System.Text.Encoding.UTF8.GetBytes(text));
        return (result.IsSuccess || result.Findings.Single().Code.StartsWith("MLAT-ENC-", StringComparison.Ordinal))
            && result.IsSuccess == fromBytes.IsSuccess
            && result.Findings.Select(f => f.Code).SequenceEqual(fromBytes.Findings.Select(f => f.Code));
    });
}
