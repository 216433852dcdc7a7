namespace Mlat.Sdk.TestSupport;

/// <summary>Locates the repository's folders from the test output directory.</summary>
public static class TestPaths
{
    /// <summary>The environment variable that names the third-party vectors folder.</summary>
    public const string VectorsVariable = "MLAT_VECTORS";

    public static string RepoRoot { get; } = FindRoot();

    public static string Schemas => Path.Combine(RepoRoot, "schemas");

    public static string Samples => Path.Combine(RepoRoot, "samples");

    public static string Interop => Path.Combine(RepoRoot, "tests", "interop");

    /// <summary>
    /// The third-party test vectors (JSON Schema Test Suite, RFC 8785 data, RFC 7520 cookbook, JAdES schemas). The one
    /// place that names where they are: <c>$MLAT_VECTORS</c>, else <c>../shared/vectors</c> beside the repository (or
    /// the nearest <c>shared/vectors</c> further up, for a git worktree one level deeper). They are not part of the
    /// repository; tests that need them declare <see cref="Requirement.Vectors"/> and are skipped when they are absent.
    /// </summary>
    public static string Vectors { get; } = FindVectors();

    private static string FindVectors()
    {
        var configured = Environment.GetEnvironmentVariable(VectorsVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        for (var dir = new DirectoryInfo(RepoRoot).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "vectors");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "vectors"));
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mlat.Sdk.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Mlat.Sdk.sln not found above the test directory.");
    }
}
