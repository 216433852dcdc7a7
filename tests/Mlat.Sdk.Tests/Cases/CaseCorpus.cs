using System.Text.Json;
using Mlat.Sdk.Cases;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Tests.Cases;

/// <summary>The conversations of samples/cases: each folder's messages (NN-Type.json), read and validated.</summary>
internal static class CaseCorpus
{
    public static string Root => Path.Combine(TestPaths.Samples, "cases");

    public static IEnumerable<string> Names => Directory.EnumerateDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>The messages of a conversation with their file names, in file order; every one must be valid.</summary>
    public static IReadOnlyList<(string File, MlatMessage Message)> Load(string name)
    {
        var list = new List<(string, MlatMessage)>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(Root, name), "??-*.json").Order(StringComparer.Ordinal))
        {
            var report = MlatValidator.Default.Validate(File.ReadAllBytes(path));
            Assert.True(report.IsSuccess, $"{name}/{Path.GetFileName(path)}: " + string.Join("; ", report.Findings.Select(f => f.Code + " " + f.Pointer)));
            list.Add((Path.GetFileName(path), report.Message!));
        }

        return list;
    }

    public static JsonElement Expected(string name)
        => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Root, name, "expected.json"))).RootElement.Clone();

    /// <summary>The case's JSON with every message id replaced by the file name of that message, as expected.json writes it.</summary>
    public static string Named(string json, IReadOnlyList<(string File, MlatMessage Message)> messages)
    {
        foreach (var (file, message) in messages)
        {
            json = json.Replace(message.Header.MessageId.ToString("D"), file, StringComparison.Ordinal);
        }

        return json;
    }
}
