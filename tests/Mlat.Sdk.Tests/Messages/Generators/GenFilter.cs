using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Mlat.Sdk.Tests.Messages.Generators;

/// <summary>
/// A filter that gives up. FsCheck's <c>Where</c> retries for ever, so a predicate the generator can never satisfy (a
/// 43-character digest under a 40-character cap) hangs the test run instead of failing it; this one uses FsCheck's
/// <c>TryWhere</c>, which retries at growing sizes and then stops, and turns the give-up into an exception naming what
/// could not be generated.
/// </summary>
internal static class GenFilter
{
    public static Gen<T> WhereOrFail<T>(this Gen<T> gen, Func<T, bool> predicate, string what)
        => FsCheck.FSharp.Gen.TryWhere(FSharpFunc<T, bool>.FromConverter(value => predicate(value)), gen)
            .Select(option => FSharpOption<T>.get_IsSome(option)
                ? option.Value
                : throw new InvalidOperationException($"The generator gave up: no value satisfied the filter for {what}."));
}
