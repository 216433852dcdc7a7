namespace Mlat.Sdk.Tests;

/// <summary>The README opens with two commands: the demo (issue 6) and the test command .ci/run runs; and every
/// docs/ page it links exists, one per capability.</summary>
public sealed class ReadmeCommandsTests
{
    private static string Readme => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));

    [Fact]
    public void Readme_first_command_is_the_demo_and_the_second_runs_every_test()
    {
        var commands = Readme.Split('\n').SkipWhile(l => !l.StartsWith("```", StringComparison.Ordinal)).Skip(1).Take(2).ToArray();

        Assert.StartsWith("dotnet run --project src/Mlat.Cli -- demo ", commands[0], StringComparison.Ordinal);
        Assert.StartsWith("npm ci --prefix tests/interop && dotnet test Mlat.Sdk.sln ", commands[1], StringComparison.Ordinal);
        Assert.Contains("dotnet test Mlat.Sdk.sln", File.ReadAllText(Path.Combine(TestPaths.RepoRoot, ".ci", "run")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("getting-started.md")]
    [InlineData("messages.md")]
    [InlineData("validation.md")]
    [InlineData("rules.md")]
    [InlineData("envelopes.md")]
    [InlineData("versioning.md")]
    [InlineData("conformance.md")]
    [InlineData("cli.md")]
    public void Readme_links_the_page_of_every_capability(string page)
    {
        Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, "docs", page)));
        Assert.Contains($"(docs/{page})", Readme, StringComparison.Ordinal);
    }
}
