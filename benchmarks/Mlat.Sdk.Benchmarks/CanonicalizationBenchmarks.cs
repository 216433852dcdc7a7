using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// RFC 8785 canonicalization against a naive re-serialize (parse with <see cref="JsonDocument"/>, write back with
/// <see cref="Utf8JsonWriter"/>: no member sorting, no number or string normalisation): the floor any canonicalizer
/// must pay. Expected ratio ≈1.5–3× (sorting members by UTF-16 code units and ES6 number formatting).
/// </summary>
[Config(typeof(BenchConfig))]
public class CanonicalizationBenchmarks
{
    private byte[] _bytes = [];
    private readonly ArrayBufferWriter<byte> _buffer = new();

    /// <summary>The message size.</summary>
    [ParamsSource(typeof(BenchSizes), nameof(BenchSizes.Messages))]
    public string Size { get; set; } = Inputs.Full;

    [GlobalSetup]
    public void Setup() => _bytes = Inputs.Message(Size);

    [Benchmark(Baseline = true, Description = "naive re-serialize (JsonDocument → Utf8JsonWriter)")]
    public int Naive_reserialize()
    {
        _buffer.ResetWrittenCount();
        using var doc = JsonDocument.Parse(_bytes);
        using (var writer = new Utf8JsonWriter(_buffer))
        {
            doc.WriteTo(writer);
        }

        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "SDK: JsonCanonicalizer.Canonicalize (RFC 8785)")]
    public int Sdk_canonicalize() => JsonCanonicalizer.Canonicalize(_bytes).Length;
}
