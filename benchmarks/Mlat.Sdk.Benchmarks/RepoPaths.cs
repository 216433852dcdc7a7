namespace Mlat.Sdk.Benchmarks;

/// <summary>Finds the repository from the benchmark's working directory (BenchmarkDotNet runs from a generated folder).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Schemas => Path.Combine(Root, "schemas");

    private static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Mlat.Sdk.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
