using System.Security.Cryptography;
using System.Text.Json;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Tests.Validation;

/// <summary>specification §3.2: a release folder never changes once released; index.json pins every file by sha256.</summary>
public class SchemaIndexTests
{
    public static TheoryData<string> Releases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(TestPaths.Schemas).Where(d => SchemaRelease.VersionPattern().IsMatch(Path.GetFileName(d))).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public void Index_lists_exactly_the_files_of_the_release_with_their_sha256(string version)
    {
        var folder = Path.Combine(TestPaths.Schemas, version);
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "index.json")));
        var listed = index.RootElement.GetProperty("files").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

        var onDisk = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != "index.json")
            .ToDictionary(f => f, f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, f)))), StringComparer.Ordinal);

        Assert.Equal(onDisk.OrderBy(kv => kv.Key, StringComparer.Ordinal), listed.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(version, index.RootElement.GetProperty("version").GetString());
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public void Index_maps_each_messages_file_to_its_message_type(string version)
    {
        var folder = Path.Combine(TestPaths.Schemas, version);
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "index.json")));
        var mapped = index.RootElement.GetProperty("messageTypes").EnumerateObject()
            .Select(p => (p.Name, p.Value.GetString()!)).OrderBy(p => p.Name, StringComparer.Ordinal);

        var expected = Directory.GetFiles(Path.Combine(folder, "messages"), "*.schema.json")
            .Select(f => Path.GetFileName(f))
            .Select(f => (f[..^".schema.json".Length], "messages/" + f)).OrderBy(p => p.Item1, StringComparer.Ordinal);

        Assert.Equal(expected, mapped);
    }
}
