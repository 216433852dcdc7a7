using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Tests;

/// <summary>
/// The README's C# quick start is this file's region between the markers, compiled with the tests and run here; a
/// test checks that README.md shows exactly that region, so the documented code cannot rot.
/// </summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public void Readme_quick_start_is_the_compiled_code_of_this_file()
    {
        var source = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Mlat.Sdk.Tests", "ReadmeQuickStartTests.cs"));
        var start = source.LastIndexOf("// README-BEGIN", StringComparison.Ordinal);
        var end = source.LastIndexOf("// README-END", StringComparison.Ordinal);
        var region = source[(source.IndexOf('\n', start) + 1)..source.LastIndexOf('\n', end)];
        var lines = region.Split('\n').Select(l => l.Length >= 4 ? l[4..] : l.TrimStart());
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));

        Assert.Contains(string.Join('\n', lines), readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_quick_start_runs_on_the_bundled_sample_and_round_trips()
    {
        var path = Path.Combine(TestPaths.Samples, "1.0", "valid", "AssistanceRequest", "eio-de-fr-bank-records-fraud.json");
        var original = File.ReadAllBytes(path);

        var written = Describe(path);

        Assert.NotNull(written);
        Assert.Equal(JsonCanonicalizer.Canonicalize(original), JsonCanonicalizer.Canonicalize(written));
    }

    // README-BEGIN
    static byte[]? Describe(string path)
    {
        ValidationReport report = MlatValidator.Default.Validate(File.ReadAllBytes(path));
        if (!report.IsSuccess)
        {
            foreach (Finding f in report.Findings)
                Console.WriteLine($"{f.Severity} {f.Code} at {f.Pointer}: {f.Message}");
            return null;
        }

        MlatMessage message = report.Message!;
        var request = (AssistanceRequest)message.Body;
        Console.WriteLine($"{message.Header.Sender.Name} asks {request.ExecutingState} for {request.Measures.Count} measure(s).");
        return MlatJson.SerializeToUtf8Bytes(message);   // compact JSON, absent members omitted
    }
    // README-END
}
