using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace Mlat.Sdk.Tests.Messages.Generators;

/// <summary>
/// Generates JSON documents from the schemas alone, with no C# model in between (unlike <see cref="InstanceGen"/>), so it
/// produces what another implementation may send and the model never writes: integers spelt <c>2.0</c> or <c>2e0</c>,
/// the first and last years, 29 February of any year, nine-digit durations, leap seconds. Strings come from the
/// pattern (<see cref="PatternGen"/>) or, one time in four, from a list of edge values that match it.
/// </summary>
internal sealed class JsonGen(SchemaFiles schemas)
{
    private const int MaxDepth = 7;

    // Values at the edges of what the lexical patterns allow; only those a node's pattern matches are used there.
    private static readonly string[] Edges =
    [
        "0001", "9999", "0001-01", "9999-12", "0001-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29",
        "2023-04-31", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z", "2016-12-31T23:59:60Z", "2024-02-29T12:00:00.5Z",
        "P999999999Y", "PT999999999S", "P0D", "PT0S", "P1Y2M3W4DT5H6M7S", "P999999999Y999999999M999999999W999999999D",
        "0", "9999999999999999.9999", "0.0001",
    ];

    /// <summary>Envelopes of one message type: the header's messageType (an enum of every type) is set to the type.</summary>
    public Gen<JsonNode> ForMessageType(string typeName) => For(schemas.Root($"messages/{typeName}.schema.json"), 0).Select(document =>
    {
        document["header"]!["messageType"] = typeName;
        return document;
    });

    private Gen<JsonNode> For(SchemaNode node, int depth)
    {
        node = schemas.Resolve(node);
        if (node.Json["oneOf"] is JsonArray || node.Json["anyOf"] is JsonArray)
        {
            var key = node.Json["oneOf"] is not null ? "oneOf" : "anyOf";
            var branches = node.Json[key]!.AsArray().Select((_, i) => For(node.Child(key, i.ToString(CultureInfo.InvariantCulture)), depth)).ToArray();
            return Gen.OneOf(branches);
        }

        return node.Json["type"]?.GetValue<string>() switch
        {
            "object" => Objects(node, depth),
            "array" => Arrays(node, depth),
            "string" => Strings(node).Select(s => (JsonNode)JsonValue.Create(s)!),
            "boolean" => Gen.Elements(true, false).Select(b => (JsonNode)JsonValue.Create(b)!),
            "integer" => Integers(node),
            var other => throw new NotSupportedException($"No JSON generator for type '{other}' at {node.Path}."),
        };
    }

    private Gen<JsonNode> Objects(SchemaNode node, int depth)
    {
        var properties = node.Json["properties"]?.AsObject() ?? [];
        var required = node.Json["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
        var members = new List<(string Name, Gen<JsonNode?> Gen)>();
        foreach (var (name, _) in properties)
        {
            var isRequired = required.Contains(name);
            if (name == "extensions" || (!isRequired && depth >= MaxDepth))
            {
                continue; // the one open object carries nothing the model binds; depth bounds the document
            }

            var value = For(node.Child("properties", name), depth + 1).Select(v => (JsonNode?)v);
            members.Add((name, isRequired ? value : Gen.Frequency((1, Gen.Constant<JsonNode?>(null)), (depth < 3 ? 2 : 1, value))));
        }

        return Gen.CollectToArray(members.Select(m => m.Gen)).Select(values =>
        {
            var result = new JsonObject();
            for (var i = 0; i < members.Count; i++)
            {
                if (values[i] is { } v)
                {
                    result[members[i].Name] = v;
                }
            }

            return (JsonNode)result;
        });
    }

    private Gen<JsonNode> Arrays(SchemaNode node, int depth)
    {
        var min = (int?)node.Json["minItems"]?.GetValue<int>() ?? 1;
        var max = Math.Min((int?)node.Json["maxItems"]?.GetValue<int>() ?? 3, Math.Max(min, 3));
        var unique = node.Json["uniqueItems"]?.GetValue<bool>() == true;
        var item = For(node.Child("items"), depth + 1);
        return from n in Gen.Choose(min, Math.Max(min, max))
               from values in Gen.ArrayOf(item, n)
               select (JsonNode)new JsonArray((unique ? values.DistinctBy(v => v.ToJsonString()) : values).Select(v => v.DeepClone()).ToArray());
    }

    private static Gen<JsonNode> Integers(SchemaNode node)
    {
        var min = node.Json["minimum"]?.GetValue<long>() ?? 0;
        var max = node.Json["maximum"]?.GetValue<long>() ?? 10_000;
        // JSON Schema counts 2.0 and 2e0 as integers (specification §4.5); other implementations may write them so.
        return from value in Gen.Frequency((2, Gen.Choose((int)min, (int)max)), (1, Gen.Elements((int)min, (int)max)))
               from spelling in Gen.Elements("{0}", "{0}.0", "{0}e0", "{0}0e-1", "{0}.000")
               select JsonNode.Parse(string.Format(CultureInfo.InvariantCulture, spelling, value))!;
    }

    private static Gen<string> Strings(SchemaNode node)
    {
        if (node.Json["enum"] is JsonArray values)
        {
            return Gen.Elements(values.Select(v => v!.GetValue<string>()).ToArray());
        }

        var format = node.Json["format"]?.GetValue<string>();
        switch (format)
        {
            case "date" or "date-time":
                // Days of the whole range the pattern allows, so most documents pass the calendar check; edges add the rest.
                var days = Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber);
                var valid = format == "date"
                    ? days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    : from d in days
                      from second in Gen.Choose(0, 86_399)
                      from fraction in Gen.Elements(string.Empty, ".5", ".25", ".1234567")
                      select d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T" + TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(second)).ToString("HH:mm:ss", CultureInfo.InvariantCulture) + fraction + "Z";
                var lexical = node.Json["pattern"]!.GetValue<string>();
                var matching = Edges.Where(e => Regex.IsMatch(e, lexical, RegexOptions.None, TimeSpan.FromSeconds(1))).ToArray();
                return matching.Length == 0 ? valid : Gen.Frequency((12, valid), (1, Gen.Elements(matching)));
            case "uri":
                return PatternGen.For("^[a-z0-9]{1,8}$").Select(s => $"https://justice.example/{s}");
            case "email":
                return PatternGen.For("^[a-z][a-z0-9]{0,10}$").Select(s => $"{s}@justice.example");
        }

        var minLength = (int?)node.Json["minLength"]?.GetValue<int>() ?? 0;
        var maxLength = (int?)node.Json["maxLength"]?.GetValue<int>() ?? 40;
        if (node.Json["pattern"] is JsonValue pattern)
        {
            // The pattern bounds the length itself (a 43-character digest); only a declared maxLength filters, never the
            // free-text default, or a pattern longer than the default could never be satisfied.
            var text = pattern.GetValue<string>();
            var patternMax = node.Json["maxLength"] is null ? int.MaxValue : maxLength;
            var fromPattern = PatternGen.For(text).WhereOrFail(s => s.Length >= minLength && s.Length <= patternMax, node.Path);
            var edges = Edges.Where(e => Regex.IsMatch(e, text, RegexOptions.None, TimeSpan.FromSeconds(1)) && e.Length >= minLength && e.Length <= patternMax).ToArray();
            return edges.Length == 0 ? fromPattern : Gen.Frequency((3, fromPattern), (1, Gen.Elements(edges)));
        }

        return from n in Gen.Choose(Math.Max(minLength, 1), Math.Max(Math.Min(maxLength, 20), Math.Max(minLength, 1)))
               from chars in Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyzéß中 ".ToCharArray()), n)
               select "x" + new string(chars)[1..];
    }
}
