using BenchmarkDotNet.Attributes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Rendering;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// Rendering a bound request as a printable HTML page (French labels: the reader's language differs from the issuer's,
/// so every free text gets its side-by-side layout and its "to be translated" check), against serialising the same
/// message to JSON, the cheapest thing one can do with a bound message. Both walk the whole message once; the page is
/// several times larger than the JSON (labels, markup, style), so expect a ratio of a few times, growing linearly.
/// </summary>
[Config(typeof(BenchConfig))]
public class RenderingBenchmarks
{
    private static readonly RenderOptions French = new() { Language = "fr" };

    private MlatMessage _message = null!;

    /// <summary>The message size.</summary>
    [ParamsSource(typeof(BenchSizes), nameof(BenchSizes.Messages))]
    public string Size { get; set; } = Inputs.Full;

    [GlobalSetup]
    public void Setup() => _message = MlatValidator.Default.Validate(Inputs.Message(Size)).MessageOrThrow();

    [Benchmark(Baseline = true, Description = "serialise to JSON (MlatJson)")]
    public byte[] Serialise() => MlatJson.SerializeToUtf8Bytes(_message);

    [Benchmark(Description = "render to HTML (MlatRenderer, fr)")]
    public string Render() => MlatRenderer.Render(_message, French);
}
