using BenchmarkDotNet.Attributes;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Validation.Schemas;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// DESIGN §8: schema validation as a ratio to raw NJsonSchema use on the same schema and document (the baseline loads
/// the schema from disk with NJsonSchema's own resolver and validates the JSON text with its default settings). The
/// SDK adds a second read of the bytes, its own pattern/enum/uniqueItems/format checks and the finding conversion.
/// </summary>
[MemoryDiagnoser]
public class SchemaValidationBenchmarks
{
    private byte[] _utf8 = [];
    private string _text = string.Empty;
    private string _messageType = string.Empty;
    private JsonSchema _rawSchema = null!;
    private JsonSchemaValidator _rawValidator = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The largest valid sample: the most work per call.
        var sample = Directory.GetFiles(Path.Combine(RepoPaths.Samples, "1.0", "valid"), "*.json", SearchOption.AllDirectories)
            .OrderByDescending(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal).First();
        _utf8 = File.ReadAllBytes(sample);
        _text = File.ReadAllText(sample);
        _messageType = Path.GetFileName(Path.GetDirectoryName(sample)!);
        _rawSchema = JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Schemas, "1.0", "messages", _messageType + ".schema.json")).GetAwaiter().GetResult();
        _rawValidator = new JsonSchemaValidator();
        _ = SchemaValidator.Embedded.Validate(_utf8, "1.0", _messageType); // load the catalog outside the measurement
    }

    [Benchmark(Baseline = true)]
    public int RawNJsonSchema() => _rawValidator.Validate(_text, _rawSchema).Count;

    [Benchmark]
    public int Sdk()
    {
        IReadOnlyList<Finding> findings = SchemaValidator.Embedded.Validate(_utf8, "1.0", _messageType);
        return findings.Count;
    }
}
