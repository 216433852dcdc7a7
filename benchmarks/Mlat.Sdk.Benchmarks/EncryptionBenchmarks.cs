using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// JWE encryption and decryption (ECDH-ES+A256KW, A256GCM, compact serialization) against the raw primitives on the
/// same bytes: an ephemeral P-256 ECDH agreement and AES-256-GCM. The SDK adds the key wrap, the protected header and
/// base64url encoding of the ciphertext (≈1.33× the bytes), so the expected ratio is ≈1.5–3× for big messages and is
/// dominated by the ECDH agreement for small ones.
/// </summary>
[Config(typeof(BenchConfig))]
public class EncryptionBenchmarks
{
    private byte[] _plaintext = [];
    private ECDiffieHellman _recipient = null!;
    private ECDiffieHellman _ephemeral = null!;
    private byte[] _rawCiphertext = [];
    private byte[] _rawTag = [];
    private byte[] _nonce = [];
    private string _jwe = string.Empty;
    private EnvelopeDecryptor _decryptor = null!;

    /// <summary>The message size.</summary>
    [ParamsSource(typeof(BenchSizes), nameof(BenchSizes.Messages))]
    public string Size { get; set; } = Inputs.Full;

    [GlobalSetup]
    public void Setup()
    {
        _plaintext = Inputs.Message(Size);
        _recipient = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        _ephemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        _nonce = RandomNumberGenerator.GetBytes(12);
        _rawTag = new byte[16];
        _rawCiphertext = RawEncrypt(_ephemeral, out _rawTag);
        _jwe = EnvelopeEncryptor.EncryptToKey(_plaintext, _recipient);
        _decryptor = new EnvelopeDecryptor(_recipient);
        if (!_decryptor.Decrypt(_jwe).IsSuccess)
        {
            throw new InvalidOperationException("The benchmark JWE does not decrypt.");
        }
    }

    // No [GlobalCleanup] disposing the keys: with the in-process toolchain (the smoke run) BenchmarkDotNet may run a
    // cleanup of one case while another case of the same class still uses its instance; the keys are finalizable.

    [Benchmark(Baseline = true, Description = "raw: ephemeral ECDH P-256 + AES-256-GCM encrypt")]
    [BenchmarkCategory("encrypt")]
    public int Raw_encrypt()
    {
        using var ephemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        return RawEncrypt(ephemeral, out _).Length;
    }

    [Benchmark(Description = "SDK: EnvelopeEncryptor.EncryptToKey (compact JWE)")]
    [BenchmarkCategory("encrypt")]
    public int Sdk_encrypt() => EnvelopeEncryptor.EncryptToKey(_plaintext, _recipient).Length;

    [Benchmark(Baseline = true, Description = "raw: ECDH P-256 + AES-256-GCM decrypt")]
    [BenchmarkCategory("decrypt")]
    public int Raw_decrypt()
    {
        var key = _recipient.DeriveRawSecretAgreement(_ephemeral.PublicKey);
        var plaintext = new byte[_rawCiphertext.Length];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(_nonce, _rawCiphertext, _rawTag, plaintext);
        return plaintext.Length;
    }

    [Benchmark(Description = "SDK: EnvelopeDecryptor.Decrypt")]
    [BenchmarkCategory("decrypt")]
    public int Sdk_decrypt() => _decryptor.Decrypt(_jwe).Plaintext!.Value.Length;

    private byte[] RawEncrypt(ECDiffieHellman ephemeral, out byte[] tag)
    {
        var key = ephemeral.DeriveRawSecretAgreement(_recipient.PublicKey);
        var ciphertext = new byte[_plaintext.Length];
        tag = new byte[16];
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(_nonce, _plaintext, ciphertext, tag);
        return ciphertext;
    }
}
