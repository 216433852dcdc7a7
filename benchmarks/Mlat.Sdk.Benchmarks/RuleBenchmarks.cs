using BenchmarkDotNet.Attributes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Validation.Rules;
using NJsonSchema;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// Issue 3: the cost of business rules. Full validation (read, schema, bind, rules) of the largest valid sample as a
/// ratio to raw NJsonSchema validation of the same text (target: rules add under 20%), and the rules alone on the
/// bound message.
/// </summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private byte[] bytes = [];
    private string text = string.Empty;
    private JsonSchema rawSchema = null!;
    private MlatMessage bound = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Directory.GetFiles(Path.Combine(RepoPaths.Samples, "1.0", "valid"), "*.json", SearchOption.AllDirectories)
            .OrderByDescending(f => new FileInfo(f).Length).First();
        bytes = File.ReadAllBytes(path);
        text = File.ReadAllText(path);
        var report = MlatValidator.Default.Validate(bytes);
        bound = report.Message ?? throw new InvalidOperationException("The benchmark sample must be valid.");
        rawSchema = JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Schemas, "1.0", "messages", $"{report.MessageType}.schema.json")).GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "raw NJsonSchema: Validate(text), largest sample")]
    public int RawNJsonSchema() => rawSchema.Validate(text).Count;

    [Benchmark(Description = "SDK: MlatValidator.Validate with rules (read + schema + bind + rules)")]
    public ValidationReport SdkValidateWithRules() => MlatValidator.Default.Validate(bytes);

    [Benchmark(Description = "SDK: business rules only, on the bound message")]
    public int RulesOnly()
    {
        var findings = new List<Finding>();
        RuleSet.Run(bound, RuleSet.ProfileOf(bound, null), null, findings);
        return findings.Count;
    }
}
