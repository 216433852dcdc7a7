using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Validation.Compiled;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Tests.Validation.Compiled;

/// <summary>
/// Differential tests (issue 17 point 1): the compiled validator (<see cref="CompiledSchemaValidator"/>, walking the strict
/// reader's <see cref="JsonElement"/>) and the NJsonSchema path (<see cref="SchemaValidator"/>, re-reading the same bytes
/// as Newtonsoft tokens) give the same findings — code, pointer, message, in the same order — on every message under
/// samples/ (every release, valid, invalid, rule and case samples), on hand-picked edges of the number reader and
/// the depth limit, and on generated mutations of valid messages. The JSON Schema Test Suite half is in
/// Mlat.Sdk.Conformance.Tests (it owns the suite's loader and profile filter).
/// </summary>
public sealed class CompiledValidatorDifferentialTests
{
    /// <summary>Seed of the mutation run; a failure message names the mutation index to replay with this seed.</summary>
    private const ulong Seed = 20261204;

    private static readonly Lazy<IReadOnlyList<string>> SampleFiles = new(() => Directory
        .EnumerateFiles(TestPaths.Samples, "*.json", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(TestPaths.Samples, p).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList());

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in SampleFiles.Value)
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Compiled_validator_gives_the_njsonschema_findings_on_every_sample(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Samples, file));
        var outcome = Compare(bytes);
        Assert.True(outcome.Oracle == outcome.Compiled, $"{file}: NJsonSchema path\n{outcome.Oracle}\ncompiled\n{outcome.Compiled}");
    }

    [Fact]
    public void The_samples_compared_are_messages_of_every_release_with_and_without_schema_findings()
    {
        var compared = SampleFiles.Value
            .Select(f => (File: f, Outcome: Compare(File.ReadAllBytes(Path.Combine(TestPaths.Samples, f)))))
            .Where(x => x.Outcome.Reached)
            .ToList();
        var releases = compared.Select(x => x.File.Split('/')[0]).Where(d => d.Length > 0 && char.IsAsciiDigit(d[0])).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(SchemaCatalog.Embedded.Versions.ToHashSet(StringComparer.Ordinal), releases);
        Assert.True(compared.Count > 300, $"only {compared.Count} samples reached the schema stage");
        Assert.Contains(compared, x => x.File.Contains("/rules/", StringComparison.Ordinal));
        Assert.True(compared.Count(x => x.Outcome.Oracle.Length > 0) >= 20, "too few samples with schema findings");
        Assert.True(compared.Count(x => x.Outcome.Oracle.Length == 0) >= 100, "too few schema-valid samples");
    }

    private static readonly MlatValidator OracleValidator = new(new MlatValidatorOptions { NJsonSchemaStage = true });

    /// <summary>The whole pipeline (read, schema, bind, rules) gives the same report with either schema stage.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void MlatValidator_reports_the_same_with_the_compiled_stage_as_with_njsonschema(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Samples, file));
        var compiled = MlatValidator.Default.Validate(bytes);
        var oracle = OracleValidator.Validate(bytes);
        Assert.Equal(Render(oracle.Findings), Render(compiled.Findings));
        Assert.Equal(oracle.IsSuccess, compiled.IsSuccess);
        Assert.Equal(oracle.Profile, compiled.Profile);
    }

    /// <summary>
    /// MlatValidator.Default runs the compiled stage: the NJsonSchema stage re-reads the bytes into Newtonsoft tokens and
    /// allocates several times the message for it, the compiled stage walks the document already read (allocation counts
    /// are deterministic, unlike time).
    /// </summary>
    [Fact]
    public void MlatValidator_default_schema_stage_does_not_parse_the_message_a_second_time()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.0", "valid", "AssistanceRequest", "eio-de-fr-bank-records-fraud.json"));
        Assert.True(MlatValidator.Default.Validate(bytes).IsSuccess);
        Assert.True(OracleValidator.Validate(bytes).IsSuccess);
        var compiled = AllocatedBy(() => MlatValidator.Default.Validate(bytes));
        var oracle = AllocatedBy(() => OracleValidator.Validate(bytes));
        Assert.True(oracle - compiled > 2L * bytes.Length, $"compiled pipeline {compiled} bytes, NJsonSchema pipeline {oracle} bytes for a {bytes.Length}-byte message");
    }

    private static long AllocatedBy(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>Edges where the two readers could differ: Newtonsoft's decimal range, integral non-integers, escapes, depth.</summary>
    public static TheoryData<string, string> Edges() => new()
    {
        { "number-beyond-decimal-in-extensions", """{"extensions":{"x":1e30}}""" },
        { "number-within-decimal-in-extensions", """{"extensions":{"x":1e27}}""" },
        { "tiny-number-in-extensions", """{"extensions":{"x":1e-300}}""" },
        { "long-fraction-in-extensions", """{"extensions":{"x":0.1234567890123456789012345678901234}}""" },
        { "integral-fraction-for-string", """{"body":{"requestId":1.0}}""" },
        { "negative-zero", """{"body":{"requestId":-0}}""" },
        { "escaped-member-name", """{"body":{"request\u0049d":"x"}}""" },
        { "escaped-string-value", """{"body":{"requestId":"\u0061\u00e9\ud83d\ude00"}}""" },
        { "slash-and-tilde-in-unknown-member", """{"body":{"a/b~c":1}}""" },
        { "depth-62", """{"extensions":{"x":""" + Nest(60) + "}}" },
        { "depth-63", """{"extensions":{"x":""" + Nest(61) + "}}" },
        { "depth-64-the-reader-limit", """{"extensions":{"x":""" + Nest(62) + "}}" },
        { "depth-64-in-a-validated-member", """{"body":{"persons":""" + Nest(62) + "}}" },
        { "empty-array-body", """{"body":[]}""" },
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void Compiled_validator_gives_the_njsonschema_findings_on_reader_edges(string id, string patch)
    {
        var message = Minimal();
        Merge(message, JsonNode.Parse(patch)!.AsObject());
        var outcome = Compare(Inputs(message, escape: false));
        Assert.True(outcome.Reached, $"{id}: the strict reader refused the edge case, so it does not test the schema stage");
        Assert.True(outcome.Oracle == outcome.Compiled, $"{id}: NJsonSchema path\n{outcome.Oracle}\ncompiled\n{outcome.Compiled}");
    }

    /// <summary>
    /// FsCheck-generated mutations of every valid sample (seeded, so a failure replays): replaced values of every JSON type
    /// and of the forms the formats and patterns care about, removed and unknown members, emptied, shortened and
    /// duplicated arrays, values moved from elsewhere in the message. MLAT_DIFF_MUTATIONS sets the count (default 10 000).
    /// </summary>
    [Fact]
    public void Compiled_validator_gives_the_njsonschema_findings_on_generated_mutations()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("MLAT_DIFF_MUTATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 10_000;
        var seeds = ValidMessages.Value;
        var kinds = SampleFiles.Value.Where(f => f.Contains("/valid/", StringComparison.Ordinal) && char.IsAsciiDigit(f[0]))
            .Select(f => KindOf(JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, f)))!)).ToHashSet();
        Assert.Superset(kinds, seeds.Select(KindOf).ToHashSet()); // every (version, type) with a valid sample is mutated
        // A quarter more candidates than needed: mutations the strict reader refuses (a broken header) never reach the schema stage.
        var mutations = Gen.Sample(Mutation(seeds.Count), count + (count / 4) + 100, new Rnd(Seed, 0x9E3779B97F4A7C15UL), 30);
        var reached = 0;
        var withFindings = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < mutations.Length && reached < count; i++)
        {
            var (sample, steps, escape) = mutations[i];
            var message = seeds[sample].DeepClone();
            foreach (var step in steps)
            {
                Apply(message, step);
            }

            var outcome = Compare(Inputs(message, escape));
            if (!outcome.Reached)
            {
                continue;
            }

            reached++;
            withFindings += outcome.Oracle.Length > 0 ? 1 : 0;
            Assert.True(outcome.Oracle == outcome.Compiled, $"mutation {i} (seed {Seed}) of sample {sample}: NJsonSchema path\n{outcome.Oracle}\ncompiled\n{outcome.Compiled}\nmessage\n{message.ToJsonString()}");
        }

        Console.WriteLine($"{reached} mutations compared in {clock.ElapsedMilliseconds} ms, {withFindings} with schema findings");
        Assert.Equal(count, reached);
        Assert.True(withFindings >= reached / 4 && withFindings <= reached - (reached / 20), $"{withFindings} of {reached} mutations had schema findings: the mutations do not exercise both outcomes");
    }

    /// <summary>
    /// The smallest schema-valid sample of each (version, message type) that has one: every type of every release is
    /// mutated, and small seeds keep 10 000 runs of the slow NJsonSchema path within seconds.
    /// </summary>
    private static readonly Lazy<IReadOnlyList<JsonNode>> ValidMessages = new(() => SampleFiles.Value
        .Where(f => f.Contains("/valid/", StringComparison.Ordinal) && char.IsAsciiDigit(f[0]))
        .Select(f => File.ReadAllBytes(Path.Combine(TestPaths.Samples, f)))
        .Where(b => Compare(b) is { Reached: true, Oracle.Length: 0 })
        .Select(b => (Bytes: b, Node: JsonNode.Parse(b)!))
        .GroupBy(x => KindOf(x.Node))
        .OrderBy(g => g.Key)
        .Select(g => g.OrderBy(x => x.Bytes.Length).First().Node)
        .ToList());

    private static (string?, string?) KindOf(JsonNode message) =>
        (message["header"]?["version"]?.GetValue<string>(), message["header"]?["messageType"]?.GetValue<string>());

    private static JsonObject Minimal() => JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.0", "valid", "AssistanceRequest", "minimal.json")))!.AsObject();

    /// <summary>Arrays nested <paramref name="depth"/> deep (the root object is depth 1, so a member's value starts at depth 2 or 3).</summary>
    private static string Nest(int depth) => new string('[', depth) + new string(']', depth);

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch.ToList())
        {
            if (value is JsonObject inner && target[name] is JsonObject existing)
            {
                Merge(existing, inner);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }

    private static byte[] Inputs(JsonNode message, bool escape)
    {
        var options = new JsonWriterOptions { Encoder = escape ? JavaScriptEncoder.Default : JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            message.WriteTo(writer);
        }

        return stream.ToArray();
    }

    private readonly record struct Outcome(bool Reached, string Oracle, string Compiled);

    /// <summary>Runs both schema stages on what the strict reader accepted, as MlatValidator does; Reached is false when the reader refused.</summary>
    private static Outcome Compare(byte[] bytes)
    {
        using var read = StrictJsonReader.Read(bytes, ReaderLimits.Default);
        if (!read.IsSuccess || read.Document is null || read.Version is null || read.MessageType is null)
        {
            return new Outcome(false, string.Empty, string.Empty);
        }

        var root = read.Document.RootElement;
        var oracle = SchemaValidator.Embedded.Validate(root, read.Version, read.MessageType);
        var compiled = CompiledSchemaValidator.Embedded.Validate(root, read.Version, read.MessageType);
        return new Outcome(true, Render(oracle), Render(compiled));
    }

    internal static string Render(IReadOnlyList<Finding> findings) =>
        string.Join('\n', findings.Select(f => $"{f.Code} {f.Pointer} [{f.Category}] {f.Message}"));

    // ---- mutations -------------------------------------------------------------------------------------------------

    private enum Kind
    {
        Replace,
        Remove,
        AddMember,
        EmptyArray,
        DuplicateItem,
        DropItem,
        MoveValue,
        TweakString,
        TweakNumber,
    }

    private readonly record struct Step(Kind Kind, int Target, int Choice);

    private static Gen<(int Sample, Step[] Steps, bool Escape)> Mutation(int samples) =>
        from sample in Gen.Choose(0, samples - 1)
        from first in Steps()
        from second in Steps()
        from third in Steps()
        from count in Gen.Choose(1, 3)
        from escape in Gen.Elements(false, true)
        select (sample, new[] { first, second, third }.Take(count).ToArray(), escape);

    private static Gen<Step> Steps() =>
        from kind in Gen.Frequency(
            (6, Gen.Constant(Kind.Replace)), (2, Gen.Constant(Kind.Remove)), (2, Gen.Constant(Kind.AddMember)),
            (1, Gen.Constant(Kind.EmptyArray)), (1, Gen.Constant(Kind.DuplicateItem)), (1, Gen.Constant(Kind.DropItem)),
            (2, Gen.Constant(Kind.MoveValue)), (3, Gen.Constant(Kind.TweakString)), (1, Gen.Constant(Kind.TweakNumber)))
        from target in Gen.Choose(0, int.MaxValue)
        from choice in Gen.Choose(0, int.MaxValue)
        select new Step(kind, target, choice);

    /// <summary>Values of every JSON type and of the lexical forms formats, patterns, lengths and bounds distinguish.</summary>
    private static readonly string[] Replacements =
    [
        "\"\"", "\"x\"", "\" \"", "\"DE\"", "\"de\"", "\"XX\"", "\"FR\"", "\"EIO\"", "\"eio\"", "\"2026-12-04\"", "\"2026-02-30\"", "\"2024-02-29\"",
        "\"2026-12-04T10:00:00Z\"", "\"2026-12-04T23:59:60Z\"", "\"2026-12-04t10:00:00z\"", "\"2026-12-04T10:00:00+01:00\"", "\"2026-12-04 10:00\"",
        "\"6f1c2b9e-3d4a-4c5b-8e7f-1a2b3c4d5e6f\"", "\"6F1C2B9E-3D4A-4C5B-8E7F-1A2B3C4D5E6F\"", "\"not-a-uuid\"", "\"a@b.example\"", "\"a@@b\"",
        "\"https://justice.example/x\"", "\"no scheme\"", "\"urn:x:y\"", "\"P30D\"", "\"P1Y2M\"", "\"PT\"", "\"p1\"", "\"m1\"", "\"ñandú\"", "\"😀😀😀\"",
        "\"a\\u0000b\"", "\"line\\nbreak\"", "\"" + new string('a', 300) + "\"", "\"" + new string('é', 120) + "\"", "\"" + string.Concat(Enumerable.Repeat("😀", 130)) + "\"",
        "0", "-1", "1", "2", "100", "1.0", "1.5", "1e2", "-0", "0.5e1", "9007199254740992", "3.4e5", "true", "false", "null",
        "{}", "[]", "[\"x\"]", "[\"x\",\"x\"]", "[1,1.0]", "[{}]", "{\"type\":\"x\"}", "{\"a\":1}", "[[]]",
    ];

    private static readonly string[] MemberNames = ["unknown", "id", "type", "x~/y", "extensions", "Id", "é", "requestId", "header"];

    private static void Apply(JsonNode message, Step step)
    {
        var nodes = new List<JsonNode>();
        Collect(message, nodes);
        var target = nodes[step.Target % nodes.Count];
        switch (step.Kind)
        {
            case Kind.Replace:
                ReplaceWith(target, JsonNode.Parse(Replacements[step.Choice % Replacements.Length]));
                break;
            case Kind.Remove when target.Parent is JsonObject parent:
                parent.Remove(target.GetPropertyName());
                break;
            case Kind.Remove when target.Parent is JsonArray array:
                array.Remove(target);
                break;
            case Kind.AddMember:
                var host = target as JsonObject ?? target.Parent as JsonObject ?? message.AsObject();
                host[MemberNames[step.Choice % MemberNames.Length]] = JsonNode.Parse(Replacements[(step.Choice / 7) % Replacements.Length]);
                break;
            case Kind.EmptyArray when (target as JsonArray ?? target.Parent as JsonArray) is { } array:
                array.Clear();
                break;
            case Kind.DuplicateItem when (target as JsonArray ?? target.Parent as JsonArray) is { Count: > 0 } array:
                array.Add(array[step.Choice % array.Count]?.DeepClone());
                break;
            case Kind.DropItem when (target as JsonArray ?? target.Parent as JsonArray) is { Count: > 0 } array:
                array.RemoveAt(step.Choice % array.Count);
                break;
            case Kind.MoveValue:
                var source = nodes[step.Choice % nodes.Count];
                if (!IsAncestor(target, source))
                {
                    ReplaceWith(target, source.DeepClone());
                }

                break;
            case Kind.TweakString when target is JsonValue value && value.TryGetValue<string>(out var text):
                ReplaceWith(target, JsonValue.Create((step.Choice % 5) switch
                {
                    0 => text + "x",
                    1 => text.Length > 0 ? text[..^1] : "x",
                    2 => text.ToUpperInvariant(),
                    3 => " " + text,
                    _ => text + text,
                }));
                break;
            case Kind.TweakNumber when target is JsonValue value && value.GetValueKind() == JsonValueKind.Number:
                var number = value.GetValue<JsonElement>().GetDecimal();
                ReplaceWith(target, JsonNode.Parse(((step.Choice % 4) switch
                {
                    0 => number + 1,
                    1 => -number,
                    2 => number * 10.5m,
                    _ => number - 1,
                }).ToString(CultureInfo.InvariantCulture)));
                break;
        }
    }

    private static bool IsAncestor(JsonNode node, JsonNode of)
    {
        for (var current = of; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, node))
            {
                return true;
            }
        }

        return false;
    }

    private static void ReplaceWith(JsonNode target, JsonNode? value)
    {
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = value;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = value;
                break;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        if (node.Parent is not null)
        {
            nodes.Add(node);
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Collect(value, nodes);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, nodes);
                }

                break;
        }
    }
}
