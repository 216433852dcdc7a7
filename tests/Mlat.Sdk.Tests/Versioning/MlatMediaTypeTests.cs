using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Tests.Versioning;

public sealed class MlatMediaTypeTests
{
    [Fact]
    public void Format_writes_the_media_type_with_the_version_parameter()
        => Assert.Equal("application/vnd.mlat+json; version=1.1", MlatMediaType.Format(MlatVersion.Parse("1.1")));

    [Theory]
    [InlineData("application/vnd.mlat+json; version=1.1", "1.1")]
    [InlineData("application/vnd.mlat+json;version=1.0", "1.0")]
    [InlineData("APPLICATION/VND.MLAT+JSON; VERSION=1.1", "1.1")]
    [InlineData("application/vnd.mlat+json; charset=utf-8; version=\"1.1\"", "1.1")]
    [InlineData("application/vnd.mlat+json", null)]
    public void TryParse_reads_the_version_parameter(string contentType, string? expected)
    {
        Assert.True(MlatMediaType.TryParse(contentType, out var version));
        Assert.Equal(expected, version?.ToString());
    }

    [Theory]
    [InlineData("application/json; version=1.1")]
    [InlineData("application/vnd.mlat+json; version=1.01")]
    [InlineData("application/vnd.mlat+json; version=1.1; version=1.0")]
    [InlineData("application/vnd.mlat+json; version")]
    [InlineData("vnd.mlat+json")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_rejects_other_types_and_malformed_parameters(string? contentType)
        => Assert.False(MlatMediaType.TryParse(contentType, out _));

    [Theory]
    [InlineData(null, "1.2")]
    [InlineData("", "1.2")]
    [InlineData("*/*", "1.2")]
    [InlineData("application/vnd.mlat+json", "1.2")]
    [InlineData("application/vnd.mlat+json; version=1.0", "1.0")]
    [InlineData("application/vnd.mlat+json; version=1.0, application/vnd.mlat+json; version=1.1; q=0.5", "1.0")]
    [InlineData("application/vnd.mlat+json; version=1.0; q=0.9, application/vnd.mlat+json; version=1.1; q=0.9", "1.1")]
    [InlineData("application/vnd.mlat+json; q=0.8, application/vnd.mlat+json; version=1.1; q=0", "1.2")]
    [InlineData("application/*; q=0.2, application/vnd.mlat+json; version=1.1; q=0.1", "1.2")]
    [InlineData("text/html, application/vnd.mlat+json; version=1.0; q=0.3", "1.0")]
    [InlineData("application/vnd.mlat+json; version=2.0, application/vnd.mlat+json; version=1.0; q=0.1", "1.0")]
    [InlineData("application/vnd.mlat+json; version=1.0; q=1.5, application/vnd.mlat+json; version=1.1; q=0.4", "1.1")]
    public void TrySelect_uses_the_most_specific_range_and_the_highest_weight(string? accept, string expected)
    {
        Assert.True(MlatMediaType.TrySelect(accept, null, out var version));
        Assert.Equal(expected, version.ToString());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/vnd.mlat+json; version=2.0")]
    [InlineData("application/vnd.mlat+json; q=0")]
    [InlineData("*/*; q=0")]
    public void TrySelect_fails_when_nothing_offered_is_acceptable(string accept)
        => Assert.False(MlatMediaType.TrySelect(accept, null, out _));

    [Fact]
    public void TrySelect_only_chooses_among_the_offered_versions()
    {
        Assert.True(MlatMediaType.TrySelect("*/*", [MlatVersion.Parse("1.0")], out var version));
        Assert.Equal("1.0", version.ToString());
    }
}
