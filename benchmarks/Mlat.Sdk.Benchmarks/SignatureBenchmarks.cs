using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Testing;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// Signing and verifying envelopes (ES256, JAdES-shaped JWS), one and two signatures, against raw
/// <see cref="ECDsa.SignData(byte[], HashAlgorithmName)"/> / <see cref="ECDsa.VerifyData(byte[], byte[], HashAlgorithmName)"/>
/// on the same canonical bytes, plus the RFC 8785 canonicalization any verifier pays (issue 7 target: verification
/// within 1.3× of raw ECDSA verify + canonicalization). The SDK's verify also parses strictly, decodes the protected
/// header, checks the certificate chain against the trust list (cached per verifier) and the policy.
/// </summary>
[Config(typeof(BenchConfig))]
public class SignatureBenchmarks
{
    private byte[] _unsigned = [];
    private byte[] _unsignedWithWhitespace = [];
    private byte[] _signed1 = [];
    private byte[] _signed2 = [];
    private byte[] _canonical = [];
    private byte[] _rawSignature = [];
    private byte[] _leafDer = [];
    private ECDsa _ecdsa = null!;
    private TestPkiBundle _pki = null!;
    private SigningKey _key = null!;
    private EnvelopeSigner _signer = null!;
    private EnvelopeVerifier _verifier = null!;

    /// <summary>The message size.</summary>
    [ParamsSource(typeof(BenchSizes), nameof(BenchSizes.Messages))]
    public string Size { get; set; } = Inputs.Full;

    [GlobalSetup]
    public void Setup()
    {
        // A sender signs what its writer produced: MlatJson writes compact JSON, so the pretty-printed sample files
        // (minimal, full sample) are written compact first; the generated sizes already are. The same text with one
        // whitespace (a final newline; indenting would take the 10 MB input past the reader limit) is signed in its
        // own row: the signer then writes every member again.
        _unsigned = Compact(Inputs.Message(Size));
        _unsignedWithWhitespace = [.. _unsigned, (byte)'\n'];
        using (var doc = JsonDocument.Parse(_unsigned))
        {
            var header = doc.RootElement.GetProperty("header");
            var sender = header.GetProperty("sender").GetProperty("authorityId").GetString()!;
            var created = DateTimeOffset.Parse(header.GetProperty("createdAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var clock = new FixedTime(created.AddSeconds(10));
            _pki = TestPki.Generate(Enum.Parse<CountryCode>(sender[..2]), sender, JwsAlgorithms.ES256, null, clock);
            _signer = new EnvelopeSigner(clock);
            // The second signature is made with the same key: it measures the cost of two signatures, not the policy that a
            // validating signature comes from another authority (specification §7.10), nor that a declared validating
            // authority signed (the full sample names one, and the one-signature rows measure a single signature): both off.
            _verifier = new EnvelopeVerifier(_pki.TrustList, new VerificationPolicy { ReplayStore = new NoReplayStore(), MaximumAge = null, RequireIndependentValidator = false, RequireDeclaredValidation = false }, clock);
        }

        _ecdsa = (ECDsa)_pki.SignerKey;
        _key = _pki.CreateSigningKey();
        _leafDer = _pki.SignerCertificate.RawData;
        _signed1 = _signer.Sign(_unsigned, _key, SignerRole.Issuing, indented: false).Envelope!;
        _signed2 = _signer.Sign(_signed1, _key, SignerRole.Validating, indented: false).Envelope!;
        _canonical = JsonCanonicalizer.Canonicalize(_unsigned);
        _rawSignature = _ecdsa.SignData(_canonical, HashAlgorithmName.SHA256);
        var one = _verifier.Verify(_signed1);
        var two = _verifier.Verify(_signed2);
        if (!one.IsSuccess || !two.IsSuccess)
        {
            throw new InvalidOperationException("The benchmark envelopes do not verify: "
                + string.Join(", ", one.Findings.Concat(two.Findings).Select(f => f.Code)));
        }
    }

    private static byte[] Compact(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(json.Length);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.RootElement.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The envelope with one signature (exported for the Node peers after <see cref="Setup"/>).</summary>
    internal byte[] SignedOne => _signed1;

    [GlobalCleanup]
    public void Cleanup()
    {
        _key.Dispose();
        _pki.Dispose();
    }

    [Benchmark(Baseline = true, Description = "raw: canonicalize + ECDsa.SignData")]
    [BenchmarkCategory("sign")]
    public int Raw_sign() => _ecdsa.SignData(JsonCanonicalizer.Canonicalize(_unsigned), HashAlgorithmName.SHA256).Length;

    [Benchmark(Description = "SDK: EnvelopeSigner.Sign")]
    [BenchmarkCategory("sign")]
    public int Sdk_sign() => _signer.Sign(_unsigned, _key, SignerRole.Issuing, indented: false).Envelope!.Length;

    [Benchmark(Description = "SDK: EnvelopeSigner.Sign of the envelope with a whitespace (members re-written)")]
    [BenchmarkCategory("sign")]
    public int Sdk_sign_input_with_whitespace() => _signer.Sign(_unsignedWithWhitespace, _key, SignerRole.Issuing, indented: false).Envelope!.Length;

    [Benchmark(Baseline = true, Description = "raw: canonicalize + ECDsa.VerifyData")]
    [BenchmarkCategory("verify-1")]
    public bool Raw_verify_one() => _ecdsa.VerifyData(JsonCanonicalizer.Canonicalize(_unsigned), _rawSignature, HashAlgorithmName.SHA256);

    [Benchmark(Description = "raw: ECDsa.VerifyData only (canonical bytes given)")]
    [BenchmarkCategory("verify-1")]
    public bool Raw_ecdsa_verify_only() => _ecdsa.VerifyData(_canonical, _rawSignature, HashAlgorithmName.SHA256);

    [Benchmark(Description = "SDK: EnvelopeVerifier.Verify, 1 signature")]
    [BenchmarkCategory("verify-1")]
    public bool Sdk_verify_one() => _verifier.Verify(_signed1).IsSuccess;

    [Benchmark(Description = "stage: strict read of the signed envelope")]
    [BenchmarkCategory("verify-1")]
    public int Stage_strict_read_envelope()
    {
        using var read = StrictJsonReader.Read(_signed1, ReaderLimits.Default);
        return read.Findings.Count;
    }

    [Benchmark(Description = "stage: load x5c[0] certificate + get its public key")]
    [BenchmarkCategory("verify-1")]
    public int Stage_load_certificate_and_key()
    {
        using var leaf = X509CertificateLoader.LoadCertificate(_leafDer);
        using var key = leaf.GetECDsaPublicKey()!;
        return key.KeySize;
    }

    [Benchmark(Baseline = true, Description = "raw: canonicalize + 2 × ECDsa.VerifyData")]
    [BenchmarkCategory("verify-2")]
    public bool Raw_verify_two()
    {
        var canonical = JsonCanonicalizer.Canonicalize(_unsigned);
        return _ecdsa.VerifyData(canonical, _rawSignature, HashAlgorithmName.SHA256)
            & _ecdsa.VerifyData(canonical, _rawSignature, HashAlgorithmName.SHA256);
    }

    [Benchmark(Description = "SDK: EnvelopeVerifier.Verify, 2 signatures")]
    [BenchmarkCategory("verify-2")]
    public bool Sdk_verify_two() => _verifier.Verify(_signed2).IsSuccess;

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class NoReplayStore : IReplayStore
    {
        public bool TryRecord(string senderAuthorityId, string messageId, DateTimeOffset expiresAt) => true;
    }
}
