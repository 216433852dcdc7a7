using System.Collections.Concurrent;
using System.Text.Json;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Conformance.Tests;

/// <summary>specification §16: every public operation is safe to call from many threads; the embedded schemas are shared.</summary>
public class SchemaValidationConcurrencyTests
{
    [Fact]
    public void Validating_every_sample_concurrently_gives_the_sequential_findings()
    {
        var samples = Directory.Exists(TestPaths.Samples)
            ? Directory.GetFiles(TestPaths.Samples, "*.json", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith("manifest", StringComparison.Ordinal))
                .Select(f => (Bytes: File.ReadAllBytes(f), Type: MessageTypeOf(f)))
                .Where(s => s.Type is not null && SchemaCatalog.Embedded.TryGetSchema("1.0", s.Type, out _))
                .ToList()
            : [];
        Assert.True(samples.Count >= 20, "too few samples to exercise the shared schemas");

        var sequential = samples.Select(s => Render(SchemaValidator.Embedded.Validate(s.Bytes, "1.0", s.Type!))).ToList();
        Assert.Contains(sequential, r => r.Length > 0);

        // A freshly loaded release, so that any lazy state inside the schema objects is first touched concurrently.
        var cold = new SchemaValidator(SchemaCatalog.FromReleases(SchemaRelease.Load("1.0", SchemaCatalog.ReadEmbeddedFiles()["1.0"])));
        var rounds = samples.Count * 8;
        var parallel = new ConcurrentDictionary<int, string>();
        Parallel.For(0, rounds, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var s = samples[(i * 7) % samples.Count];
            parallel[i] = Render(cold.Validate(s.Bytes, "1.0", s.Type!));
        });

        for (var i = 0; i < rounds; i++)
        {
            Assert.Equal(sequential[(i * 7) % samples.Count], parallel[i]);
        }
    }

    private static string? MessageTypeOf(string file)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("header", out var header) && header.ValueKind == JsonValueKind.Object
                   && header.TryGetProperty("messageType", out var type) && type.ValueKind == JsonValueKind.String
                ? type.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null; // samples of parse errors are not schema inputs
        }
    }

    private static string Render(IReadOnlyList<Mlat.Sdk.Finding> findings) =>
        string.Join('|', findings.Select(f => f.Code + " " + f.Pointer));
}
