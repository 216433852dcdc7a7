namespace Mlat.Sdk.Conformance.Tests;

/// <summary>Locates the repository's folders from the test output directory.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Schemas => Path.Combine(RepoRoot, "schemas");

    public static string Samples => Path.Combine(RepoRoot, "samples");

    /// <summary>
    /// The project's third-party test vectors: ../shared/vectors beside the repository, or the nearest shared/vectors
    /// further up (a git worktree lives one level deeper than the main checkout).
    /// </summary>
    public static string Vectors { get; } = FindVectors();

    public static string Interop => Path.Combine(RepoRoot, "tests", "interop");

    private static string FindVectors()
    {
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
