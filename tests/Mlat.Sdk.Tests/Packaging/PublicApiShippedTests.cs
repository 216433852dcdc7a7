namespace Mlat.Sdk.Tests.Packaging;

/// <summary>
/// 0.1.0 is shipped: each library's PublicAPI.Shipped.txt records its public surface (the analyzer then refuses, at
/// build time, any removal or change of a shipped symbol), and the one result shape is part of it.
/// </summary>
public sealed class PublicApiShippedTests
{
    [Theory]
    [InlineData("Mlat.Sdk", "Mlat.Sdk.IMlatResult.IsSuccess.get -> bool")]
    [InlineData("Mlat.Sdk", "Mlat.Sdk.Validation.ValidationReport.MessageOrThrow() -> Mlat.Sdk.Messages.MlatMessage!")]
    [InlineData("Mlat.Sdk.Testing", "Mlat.Sdk.Testing.TestPki")]
    [InlineData("Mlat.Sdk.Http", "Mlat.Sdk.Http.DeliveryResult.IsSuccess.get -> bool")]
    [InlineData("Mlat.Sdk.AspNetCore", "Mlat.Sdk.AspNetCore.MlatEndpoints")]
    [InlineData("Mlat.Sdk.Sqlite", "Mlat.Sdk.Sqlite.SqliteExchangeStore")]
    public void The_shipped_api_file_holds_the_0_1_0_surface(string project, string symbol)
    {
        var shipped = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "src", project, "PublicAPI.Shipped.txt"));

        Assert.Equal("#nullable enable", shipped[0]);
        Assert.Contains(symbol, shipped);
        Assert.Equal(shipped.Skip(1).Order(StringComparer.Ordinal), shipped.Skip(1));
    }

    [Fact]
    public void The_package_version_is_the_shipped_one()
    {
        var props = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "Directory.Build.props"));
        Assert.Contains("<Version>0.1.0</Version>", props, StringComparison.Ordinal);
        Assert.Contains("## 0.1.0", File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "changelog.md")), StringComparison.Ordinal);
    }
}
