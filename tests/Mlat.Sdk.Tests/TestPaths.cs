namespace Mlat.Sdk.Tests;

/// <summary>Locates the repository's folders from the test output directory.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Schemas => Path.Combine(RepoRoot, "schemas");

    public static string Samples => Path.Combine(RepoRoot, "samples");

    /// <summary>../shared/vectors beside the repository (the project's third-party test vectors).</summary>
    public static string Vectors => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "vectors"));

    public static string Interop => Path.Combine(RepoRoot, "tests", "interop");

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
