using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// The documents every class measures, by size name. Big ones are generated in memory on first use from the full EIO
/// sample (never written to the repository): persons and measures are cloned with fresh ids, each measure naming its
/// own person, so the generated requests stay valid (schema and rules) and the cost grows with real content.
/// </summary>
public static class Inputs
{
    /// <summary>The smallest valid AssistanceRequest sample.</summary>
    public const string Minimal = "minimal";

    /// <summary>The full EIO sample (DE→FR bank records, 27 KB).</summary>
    public const string Full = "full-sample";

    /// <summary>A request with 1 000 persons and 1 000 measures.</summary>
    public const string Persons1000 = "1000-persons";

    /// <summary>A request of about 10 MB.</summary>
    public const string TenMegabytes = "10MB";

    /// <summary>All message sizes, smallest first.</summary>
    public static IReadOnlyList<string> AllMessages { get; } = [Minimal, Full, Persons1000, TenMegabytes];

    private static readonly ConcurrentDictionary<string, byte[]> Cache = new(StringComparer.Ordinal);

    /// <summary>The UTF-8 bytes of a message size; the document is valid (checked once).</summary>
    public static byte[] Message(string size) => Cache.GetOrAdd(size, Create);

    /// <summary>The same message as a 1.1 document (header version changed; 1.1 is a superset of 1.0 for this type).</summary>
    public static byte[] Message11(string size) => Cache.GetOrAdd(size + "@1.1", _ =>
    {
        var node = JsonNode.Parse(Message(size))!;
        node["header"]!["version"] = "1.1";
        return Check(ToUtf8(node), size + "@1.1");
    });

    /// <summary>Writes every message size to <paramref name="directory"/> (for the Node peers); returns the paths.</summary>
    public static IReadOnlyList<string> Export(string directory)
    {
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var size in AllMessages)
        {
            var path = Path.Combine(directory, size + ".json");
            File.WriteAllBytes(path, Message(size));
            paths.Add(path);
        }

        return paths;
    }

    private static byte[] Create(string size) => size switch
    {
        Minimal => Check(File.ReadAllBytes(Path.Combine(Folder, "minimal.json")), size),
        Full => Check(File.ReadAllBytes(Path.Combine(Folder, "eio-de-fr-bank-records-fraud.json")), size),
        Persons1000 => Check(Generate(1000), size),
        TenMegabytes => Check(GrowTo(10 * 1000 * 1000), size),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Unknown size."),
    };

    private static string Folder => Path.Combine(RepoPaths.Samples, "1.0", "valid", "AssistanceRequest");

    private static byte[] GrowTo(int bytes)
    {
        var per = (double)Generate(1000).Length / 1000;
        return Generate((int)(bytes / per));
    }

    private static byte[] Generate(int count)
    {
        var root = JsonNode.Parse(File.ReadAllBytes(Path.Combine(Folder, "eio-de-fr-bank-records-fraud.json")))!;
        var body = root["body"]!;
        var person = body["persons"]![0]!;
        var measure = body["measures"]![0]!;
        var persons = new JsonArray();
        var measures = new JsonArray();
        for (var i = 1; i <= count; i++)
        {
            var p = person.DeepClone();
            p["id"] = $"p{i}";
            p["familyNames"] = new JsonArray($"Mustermann-{i}");
            persons.Add(p);
            var m = measure.DeepClone();
            m["id"] = $"m{i}";
            m["subjectRefs"] = new JsonArray($"p{i}");
            measures.Add(m);
        }

        body["persons"] = persons;
        body["measures"] = measures;
        return ToUtf8(root);
    }

    /// <summary>Writes a node without reflection-based serialization (the smoke test switches it off, as all tests do).</summary>
    internal static byte[] ToUtf8(JsonNode node)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            node.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Check(byte[] bytes, string size)
    {
        var report = MlatValidator.Default.Validate(bytes);
        return report.IsSuccess
            ? bytes
            : throw new InvalidOperationException($"The benchmark input '{size}' is not valid: {string.Join(", ", report.Findings.Select(f => f.Code + " " + f.Pointer).Take(10))}");
    }
}
