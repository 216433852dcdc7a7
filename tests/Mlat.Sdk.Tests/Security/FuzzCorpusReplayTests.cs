using System.Reflection;
using Mlat.Sdk.Fuzz;

namespace Mlat.Sdk.Tests.Security;

/// <summary>
/// Replays every input of the committed afl++ corpora (tests/fuzz-corpus/&lt;target&gt;/, minimised by afl-cmin; see
/// docs/security.md, "Fuzzing") through the same fuzz targets the campaign ran: each input must give a result whose
/// findings all carry permanent codes, and no input may throw.
/// </summary>
public sealed class FuzzCorpusReplayTests
{
    private static readonly Lazy<FuzzTargets> Targets = new(() => new FuzzTargets(TestPaths.RepoRoot));

    private static readonly HashSet<string> KnownCodes = typeof(FindingCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> TargetNames => [.. FuzzTargets.Names];

    [Theory]
    [MemberData(nameof(TargetNames))]
    public void Every_corpus_input_gives_coded_findings_and_never_an_exception(string target)
    {
        var folder = Path.Combine(TestPaths.RepoRoot, "tests", "fuzz-corpus", target);
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 20, $"the {target} corpus has only {files.Count} inputs");

        var failures = new List<string>();
        var refused = 0;
        foreach (var file in files)
        {
            try
            {
                var codes = Targets.Value.Run(target, File.ReadAllBytes(file));
                refused += codes.Count > 0 ? 1 : 0;
                failures.AddRange(codes.Where(c => !KnownCodes.Contains(c) && !c.StartsWith("schema.", StringComparison.Ordinal)).Select(c => $"{Path.GetFileName(file)}: unknown code {c}"));
            }
#pragma warning disable CA1031 // The point of the replay: any exception at all is a defect to report by file.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Add($"{Path.GetFileName(file)}: {e.GetType().Name}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));

        // The corpus is mostly damaged input: most of it must be refused, with codes.
        Assert.True(refused > files.Count / 2, $"only {refused} of {files.Count} {target} inputs were refused");
    }
}
