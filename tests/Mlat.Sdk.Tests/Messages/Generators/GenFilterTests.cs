using FsCheck;
using FsCheck.Fluent;

namespace Mlat.Sdk.Tests.Messages.Generators;

public sealed class GenFilterTests
{
    [Fact]
    public void An_unsatisfiable_filter_fails_with_what_it_filtered_instead_of_spinning()
    {
        // A 43-character digest pattern under the 40-character free-text cap: the hang fixed in JsonGen.
        var digests = PatternGen.For("^[A-Za-z0-9_-]{43}$").WhereOrFail(s => s.Length <= 40, "/definitions/Digest");

        var error = Assert.Throws<InvalidOperationException>(() => digests.Sample(10, 1));
        Assert.Contains("/definitions/Digest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_satisfiable_filter_keeps_only_what_it_admits()
    {
        var even = Gen.Choose(0, 1000).WhereOrFail(n => n % 2 == 0, "even numbers");

        var values = even.Sample(200, 50);
        Assert.Equal(200, values.Length); // Sample(count, size)
        Assert.All(values, n => Assert.Equal(0, n % 2));
    }
}
