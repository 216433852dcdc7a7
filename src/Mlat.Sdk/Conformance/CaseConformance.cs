using System.Globalization;
using System.Text.Json;
using Mlat.Sdk.Cases;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Conformance;

/// <summary>
/// The cases suite of the kit (docs/cases.md): a folder of <c>samples/cases</c> holds the messages of one conversation
/// (<c>NN-Type.json</c>) and its <c>expected.json</c> — state, measures, parties, deadlines, allowed next messages,
/// findings, the transitions taken and what is overdue at given instants, message ids written as the file names. The
/// case passes when every message validates and the fold, in file order and reversed, gives what expected.json says.
/// Failures name pointers into expected.json, never values.
/// </summary>
internal static class CaseConformance
{
    private static readonly DateTimeOffset DefaultAt = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<string> Run(string folder, MlatValidator validator)
    {
        var failures = new List<string>();
        var files = Directory.EnumerateFiles(folder, "??-*.json").Order(StringComparer.Ordinal).ToList();
        var messages = new List<(string File, MlatMessage Message)>();
        foreach (var file in files)
        {
            var report = validator.Validate(File.ReadAllBytes(file));
            if (report.Message is null)
            {
                failures.Add($"{Path.GetFileName(file)} does not validate: {string.Join(", ", report.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => $"{f.Code} {f.Pointer}"))}");
            }
            else
            {
                messages.Add((Path.GetFileName(file), report.Message));
            }
        }

        if (failures.Count > 0 || messages.Count == 0)
        {
            return failures.Count > 0 ? failures : ["the folder holds no message"];
        }

        using var expectedDocument = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "expected.json")));
        var expected = expectedDocument.RootElement;
        var at = expected.TryGetProperty("at", out var a) ? a.GetDateTimeOffset() : DefaultAt;
        var start = CaseState.Start(messages[0].Message.Header.ConversationId);
        var state = start.ApplyAll(messages.Select(m => m.Message));
        var json = CaseStateJson.ToJson(state, at);
        if (json != CaseStateJson.ToJson(start.ApplyAll(messages.Select(m => m.Message).Reverse()), at))
        {
            failures.Add("the fold of the messages in reverse order differs from the fold in file order");
        }

        using var actualDocument = JsonDocument.Parse(Named(json, messages));
        foreach (var member in expected.EnumerateObject())
        {
            switch (member.Name)
            {
                case "description" or "at":
                    break;
                case "transitions":
                    if (!member.Value.EnumerateArray().Select(e => e.GetString()).SequenceEqual(state.Events.Select(e => e.TransitionId), StringComparer.Ordinal))
                    {
                        failures.Add("/transitions differ");
                    }

                    break;
                case "checks":
                    var i = 0;
                    foreach (var check in member.Value.EnumerateArray())
                    {
                        var overdue = state.OverdueAt(check.GetProperty("at").GetDateTimeOffset()).Select(d => Named(d.Id, messages));
                        if (!check.GetProperty("overdue").EnumerateArray().Select(e => e.GetString()).SequenceEqual(overdue, StringComparer.Ordinal))
                        {
                            failures.Add(string.Create(CultureInfo.InvariantCulture, $"/checks/{i}/overdue differs"));
                        }

                        i++;
                    }

                    break;
                default:
                    if (actualDocument.RootElement.TryGetProperty(member.Name, out var value))
                    {
                        Contains(member.Value, value, "/" + member.Name, failures);
                    }
                    else
                    {
                        failures.Add($"/{member.Name} is missing from the case");
                    }

                    break;
            }
        }

        return failures;
    }

    /// <summary>The case's JSON with every message id written as the file name of that message, as expected.json writes it.</summary>
    private static string Named(string json, List<(string File, MlatMessage Message)> messages)
        => messages.Aggregate(json, (text, m) => text.Replace(m.Message.Header.MessageId.ToString("D"), m.File, StringComparison.Ordinal));

    /// <summary>Expected is a subset of actual: every expected member present and equal, arrays of the same length item by item.</summary>
    private static void Contains(JsonElement expected, JsonElement actual, string pointer, List<string> failures)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            failures.Add($"{pointer}: expected a {expected.ValueKind}, the case has a {actual.ValueKind}");
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in expected.EnumerateObject())
                {
                    if (actual.TryGetProperty(p.Name, out var v))
                    {
                        Contains(p.Value, v, pointer + "/" + JsonPointer.Escape(p.Name), failures);
                    }
                    else
                    {
                        failures.Add($"{pointer}/{JsonPointer.Escape(p.Name)} is missing from the case");
                    }
                }

                break;
            case JsonValueKind.Array when expected.GetArrayLength() != actual.GetArrayLength():
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{pointer}: expected {expected.GetArrayLength()} items, the case has {actual.GetArrayLength()}"));
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var (e, a) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    Contains(e, a, string.Create(CultureInfo.InvariantCulture, $"{pointer}/{i++}"), failures);
                }

                break;
            default:
                if (!JsonElement.DeepEquals(expected, actual))
                {
                    failures.Add($"{pointer} differs");
                }

                break;
        }
    }
}
