using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Validation.Compiled;
using Mlat.Sdk.Validation.Rules;
using Mlat.Sdk.Validation.Schemas;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// Schema validation and full validation with business rules, as ratios to raw NJsonSchema validation of the same
/// bytes with the same schema loaded once from disk by NJsonSchema's own resolver (the baseline includes the UTF-8 →
/// string decode, since NJsonSchema takes text). Targets (issue 17): full validation with rules at most 1.0× the
/// baseline on every size, and a 10 MB validation allocating at most 3× the message. The SDK's schema stage is the
/// compiled validator over the strict reader's document; the NJsonSchema stage it replaced (a second, Newtonsoft
/// parse) is measured beside it in the same run. The <c>stage:</c> methods split the pipeline so a missed target shows
/// where the time goes; their sum is the full pipeline.
/// </summary>
[Config(typeof(BenchConfig))]
public class ValidationBenchmarks
{
    private static readonly MlatValidator NJsonSchemaPipeline = new(new MlatValidatorOptions { NJsonSchemaStage = true });

    private byte[] _bytes = [];
    private JsonSchema _rawSchema = null!;
    private CompiledSchema _schema = null!;
    private JToken _token = null!;
    private ReadResult _read = null!;
    private MlatMessage _bound = null!;

    /// <summary>The message size.</summary>
    [ParamsSource(typeof(BenchSizes), nameof(BenchSizes.Messages))]
    public string Size { get; set; } = Inputs.Full;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = Inputs.Message(Size);
        _rawSchema = JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Schemas, "1.0", "messages", "AssistanceRequest.schema.json")).GetAwaiter().GetResult();
        if (_rawSchema.Validate(Encoding.UTF8.GetString(_bytes)).Count != 0)
        {
            throw new InvalidOperationException("Raw NJsonSchema must accept the benchmark input.");
        }

        if (!SchemaCatalog.Embedded.TryGetSchema("1.0", "AssistanceRequest", out _schema))
        {
            throw new InvalidOperationException("The embedded AssistanceRequest 1.0 schema is missing.");
        }

        _token = SchemaValidator.ReadToken(_bytes, ReaderLimits.DefaultMaxDepth);
        _read = StrictJsonReader.Read(_bytes, ReaderLimits.Default);
        _bound = MlatJson.Bind(_read.Document!.RootElement, MessageType.AssistanceRequest);
    }

    [GlobalCleanup]
    public void Cleanup() => _read.Dispose();

    [Benchmark(Baseline = true, Description = "raw NJsonSchema: Validate(UTF8 → text)")]
    public int Raw_NJsonSchema() => _rawSchema.Validate(Encoding.UTF8.GetString(_bytes)).Count;

    [Benchmark(Description = "raw NJsonSchema + raw STJ bind (the two raw steps)")]
    public object Raw_NJsonSchema_plus_STJ_bind()
    {
        var errors = _rawSchema.Validate(Encoding.UTF8.GetString(_bytes)).Count;
        using var doc = JsonDocument.Parse(_bytes);
        var body = doc.RootElement.GetProperty("body").Deserialize(MlatJsonContext.Default.AssistanceRequest);
        return (errors, body);
    }

    [Benchmark(Description = "SDK: schema step only (compiled, on the document already read)")]
    public int Sdk_schema_step() => CompiledSchemaValidator.Embedded.Validate(_read.Document!.RootElement, "1.0", "AssistanceRequest").Count;

    [Benchmark(Description = "SDK: MlatValidator.Validate with rules (read + schema + bind + rules)")]
    public ValidationReport Sdk_validate_with_rules() => MlatValidator.Default.Validate(_bytes);

    [Benchmark(Description = "before: NJsonSchema schema step (bytes → JToken → findings)")]
    public int Before_njsonschema_schema_step() => SchemaValidator.Embedded.Validate(_bytes, "1.0", "AssistanceRequest").Count;

    [Benchmark(Description = "before: MlatValidator.Validate with rules, NJsonSchema stage")]
    public ValidationReport Before_validate_with_rules() => NJsonSchemaPipeline.Validate(_bytes);

    [Benchmark(Description = "stage: strict read")]
    public int Stage_strict_read()
    {
        using var read = StrictJsonReader.Read(_bytes, ReaderLimits.Default);
        return read.Findings.Count;
    }

    [Benchmark(Description = "stage: schema, bytes → JToken")]
    public JToken Stage_schema_read_token() => SchemaValidator.ReadToken(_bytes, ReaderLimits.DefaultMaxDepth);

    [Benchmark(Description = "stage: schema, NJsonSchema engine + findings on a JToken")]
    public int Stage_schema_engine() => SchemaValidator.Validate(_token, _schema).Count;

    [Benchmark(Description = "stage: bind to the C# model")]
    public MlatMessage Stage_bind() => MlatJson.Bind(_read.Document!.RootElement, MessageType.AssistanceRequest);

    [Benchmark(Description = "stage: business rules")]
    public int Stage_rules()
    {
        var findings = new List<Finding>();
        RuleSet.Run(_bound, RuleSet.ProfileOf(_bound, null), null, findings);
        return findings.Count;
    }

    [Benchmark(Description = "raw: JToken.Parse(text) (NJsonSchema's own read)")]
    public JToken Raw_JToken_parse() => JToken.Parse(Encoding.UTF8.GetString(_bytes));
}
