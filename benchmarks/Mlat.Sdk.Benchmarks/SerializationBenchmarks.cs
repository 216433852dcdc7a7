using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// The strict reader against a plain <see cref="JsonDocument"/> parse, and the RFC 8785 canonicalizer against SHA-256
/// over the same bytes (what a signature costs anyway), on a message-shaped document of about 60 KB.
/// </summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private byte[] _message = [];

    [GlobalSetup]
    public void Setup()
    {
        var persons = string.Join(",", Enumerable.Range(0, 150).Select(i =>
            $"{{\"id\":\"p{i}\",\"familyNames\":[\"Müller-{i}\"],\"givenNames\":[\"Zoë\",\"Jean\"],\"dateOfBirth\":\"1980-01-{i % 28 + 1:00}\","
            + $"\"nationalities\":[\"DE\",\"FR\"],\"addresses\":[{{\"street\":\"Rue de la Loi {i}\",\"city\":\"Bruxelles\",\"country\":\"BE\"}}],\"score\":{i * 1.25}}}"));
        _message = Encoding.UTF8.GetBytes(
            "{\"header\":{\"version\":\"1.0\",\"messageType\":\"AssistanceRequest\",\"messageId\":\"6f1c2a4e-2b1d-4c8e-9a51-2f0e6d7c8b90\"},"
            + "\"body\":{\"profile\":\"EIO\",\"persons\":[" + persons + "],\"summary\":\"Facts \\u00e9 \\n\\t described here\"}}");
    }

    [Benchmark(Baseline = true)]
    public int JsonDocument_parse()
    {
        using var document = JsonDocument.Parse(_message);
        return document.RootElement.GetPropertyCount();
    }

    [Benchmark]
    public int Strict_read()
    {
        using var result = StrictJsonReader.Read(_message, ReaderLimits.Default);
        return result.Findings.Count;
    }

    [Benchmark]
    public int Sha256_of_bytes() => SHA256.HashData(_message)[0];

    [Benchmark]
    public int Canonicalize() => JsonCanonicalizer.Canonicalize(_message).Length;
}
