using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Tests.Versioning;

public sealed class MlatVersionTests
{
    [Theory]
    [InlineData("1.0", 1, 0)]
    [InlineData("1.1", 1, 1)]
    [InlineData("0.9", 0, 9)]
    [InlineData("12.34", 12, 34)]
    public void TryParse_reads_major_and_minor(string text, int major, int minor)
    {
        Assert.True(MlatVersion.TryParse(text, out var version));
        Assert.Equal((major, minor), (version.Major, version.Minor));
        Assert.Equal(text, version.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.")]
    [InlineData(".1")]
    [InlineData("1.01")]
    [InlineData("01.1")]
    [InlineData("1.1.0")]
    [InlineData(" 1.1")]
    [InlineData("1.1 ")]
    [InlineData("v1.1")]
    [InlineData("+1.1")]
    [InlineData("-1.1")]
    [InlineData("1.1-beta")]
    [InlineData("1,1")]
    [InlineData("١.١")]
    [InlineData("1.999999")]
    [InlineData("99999999999.0")]
    public void TryParse_rejects_anything_that_is_not_MAJOR_dot_MINOR(string? text)
        => Assert.False(MlatVersion.TryParse(text, out _));

    [Fact]
    public void Versions_compare_numerically_not_as_text()
    {
        Assert.True(MlatVersion.Parse("1.10") > MlatVersion.Parse("1.9"));
        Assert.True(MlatVersion.Parse("2.0") > MlatVersion.Parse("1.99"));
        Assert.True(MlatVersion.Parse("1.0") < MlatVersion.Parse("1.1"));
        Assert.True(MlatVersion.Parse("1.1") <= MlatVersion.Parse("1.1"));
        Assert.Equal(MlatVersion.Parse("1.1"), MlatVersion.Create(1, 1));
        Assert.True(MlatVersion.Parse("1.1") == MlatVersion.Create(1, 1));
    }

    [Fact]
    public void Supported_is_ascending_and_ends_with_latest_which_is_1_2()
    {
        Assert.Equal(["1.0", "1.1", "1.2"], MlatVersion.Supported.Select(v => v.ToString()));
        Assert.Equal(MlatVersion.Parse("1.2"), MlatVersion.Latest);
        Assert.True(MlatVersion.Parse("1.0").IsSupported);
        Assert.True(MlatVersion.Parse("1.2").IsSupported);
        Assert.False(MlatVersion.Parse("1.3").IsSupported);
    }

    [Fact]
    public void Parse_throws_format_exception_for_bad_text() => Assert.Throws<FormatException>(() => MlatVersion.Parse("1.x"));

    [Property]
    public Property Order_is_the_order_of_the_number_pairs_and_text_round_trips()
    {
        var component = Gen.Choose(0, 99_999);
        var versions = from a in component from b in component select MlatVersion.Create(a, b);
        return Prop.ForAll(versions.ToArbitrary(), versions.ToArbitrary(), (x, y) =>
        {
            var expected = (x.Major, x.Minor).CompareTo((y.Major, y.Minor));
            return Math.Sign(x.CompareTo(y)) == Math.Sign(expected)
                   && (x == y) == (expected == 0)
                   && MlatVersion.Parse(x.ToString()) == x
                   && (x != y || x.GetHashCode() == y.GetHashCode());
        });
    }
}
