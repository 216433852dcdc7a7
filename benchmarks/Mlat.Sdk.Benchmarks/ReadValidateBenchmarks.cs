using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;
using NJsonSchema;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// Reading and validating the full EIO sample: the SDK's whole pipeline (strict read, header, schema, binding) against
/// the two raw operations it is built from, on the same bytes: System.Text.Json binding of the envelope parts, and
/// NJsonSchema validation of the same text with the same schema loaded once.
/// </summary>
[MemoryDiagnoser]
public class ReadValidateBenchmarks
{
    private byte[] bytes = [];
    private string text = string.Empty;
    private JsonSchema rawSchema = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(RepoPaths.Samples, "1.0", "valid", "AssistanceRequest", "eio-de-fr-bank-records-fraud.json");
        bytes = File.ReadAllBytes(path);
        text = File.ReadAllText(path);
        rawSchema = JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Schemas, "1.0", "messages", "AssistanceRequest.schema.json")).GetAwaiter().GetResult();
        if (!MlatValidator.Default.Validate(bytes).IsValid || rawSchema.Validate(text).Count != 0)
        {
            throw new InvalidOperationException("The benchmark sample must be valid.");
        }
    }

    [Benchmark(Baseline = true, Description = "raw STJ: parse + bind header and body")]
    public object RawSystemTextJson()
    {
        using var doc = JsonDocument.Parse(bytes);
        var header = doc.RootElement.GetProperty("header").Deserialize(MlatJsonContext.Default.MessageHeader);
        var body = doc.RootElement.GetProperty("body").Deserialize(MlatJsonContext.Default.AssistanceRequest);
        return (header, body);
    }

    [Benchmark(Description = "raw NJsonSchema: Validate(text)")]
    public int RawNJsonSchema() => rawSchema.Validate(text).Count;

    [Benchmark(Description = "SDK: MlatValidator.Validate (read + schema + bind)")]
    public MlatMessage? SdkReadValidate() => MlatValidator.Default.Validate(bytes).Message;
}
