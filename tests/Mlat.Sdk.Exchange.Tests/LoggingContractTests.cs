using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Mlat.Sdk.AspNetCore;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// docs/logging.md is the contract of the packages' log entries (issue 20, point 7): every <c>[LoggerMessage]</c> of
/// Mlat.Sdk and Mlat.Sdk.AspNetCore is a row of its table with the same id, name, level and template, and the levels
/// follow the one scheme (accepted: Information; refused: Warning; the system's own failure: Error).
/// </summary>
public sealed partial class LoggingContractTests
{
    private static readonly Assembly[] Packages = [typeof(MlatValidator).Assembly, typeof(MlatEndpoints).Assembly];

    private static List<(int Id, string Name, LogLevel Level, string Template)> Declared()
        => [.. Packages
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => (x.Attribute!.EventId, x.Method.Name, x.Attribute.Level, x.Attribute.Message))
            .OrderBy(x => x.EventId)];

    private static List<(int Id, string Name, LogLevel Level, string Template)> Documented()
        => [.. Row().Matches(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "logging.md")))
            .Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value, Enum.Parse<LogLevel>(m.Groups[3].Value), m.Groups[4].Value))];

    [Fact]
    public void Every_log_event_of_the_packages_is_documented_with_its_id_name_level_and_template()
    {
        var declared = Declared();

        Assert.True(declared.Count >= 7, $"only {declared.Count} [LoggerMessage] declarations found");
        Assert.Equal(declared, Documented());
        Assert.Equal(declared.Count, declared.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void Levels_follow_the_scheme_accepted_information_refused_warning_failure_error()
    {
        foreach (var (id, name, level, template) in Declared())
        {
            var expected = name switch
            {
                "Validated" or "Verified" or "Answered" or "TrustListLoaded" or "AttachmentStored" or "AttachmentPartial" => LogLevel.Information,
                "ValidationFailed" or "NotVerified" or "Refused" or "TrustListRejected" or "RateLimited" => LogLevel.Warning,
                "StoreUnavailable" or "CacheNotUpdated" => LogLevel.Error,
                _ => throw new Xunit.Sdk.XunitException($"event {id} ({name}) is not classified: add it to the scheme in docs/logging.md and here"),
            };
            Assert.True(expected == level, $"event {id} ({name}, \"{template}\") logs at {level}, the scheme says {expected}");
        }
    }

    // | 1001 | `Validated` | Information | Mlat.Sdk | `Validated {MessageType} ...` |
    [GeneratedRegex(@"^\| ([0-9]{4}) \| `(\w+)` \| (\w+) \| [\w.]+ \| `([^`]+)` \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
