using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// Read + bind without validation: the SDK's strict reader (duplicate members, depth, UTF-8, number range) and binding
/// to the C# model, against raw System.Text.Json parsing and binding of the header and body with the same
/// source-generated context. Expected ratio: the strict reader is one extra pass over the bytes, so ≈1.1–1.5×.
/// </summary>
[Config(typeof(BenchConfig))]
public class ReadBindBenchmarks
{
    private byte[] _bytes = [];

    /// <summary>The message size.</summary>
    [ParamsSource(typeof(BenchSizes), nameof(BenchSizes.Messages))]
    public string Size { get; set; } = Inputs.Full;

    [GlobalSetup]
    public void Setup() => _bytes = Inputs.Message(Size);

    [Benchmark(Baseline = true, Description = "raw STJ: parse + bind header and body")]
    public object Raw_SystemTextJson()
    {
        using var doc = JsonDocument.Parse(_bytes);
        var header = doc.RootElement.GetProperty("header").Deserialize(MlatJsonContext.Default.MessageHeader);
        var body = doc.RootElement.GetProperty("body").Deserialize(MlatJsonContext.Default.AssistanceRequest);
        return (header, body);
    }

    [Benchmark(Description = "SDK: strict read only")]
    public int Sdk_strict_read()
    {
        using var read = StrictJsonReader.Read(_bytes, ReaderLimits.Default);
        return read.Findings.Count;
    }

    [Benchmark(Description = "SDK: strict read + bind")]
    public MlatMessage Sdk_strict_read_and_bind()
    {
        using var read = StrictJsonReader.Read(_bytes, ReaderLimits.Default);
        return MlatJson.Bind(read.Document!.RootElement, MessageType.AssistanceRequest);
    }
}
