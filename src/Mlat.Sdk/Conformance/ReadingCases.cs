using System.Text;
using System.Text.Json.Nodes;

namespace Mlat.Sdk.Conformance;

/// <summary>
/// The strict-reading and header cases of the kit (<c>samples/reading/manifest.json</c>, specification §5.2–§5.4): raw
/// files, bytes exactly as on the wire, and two cases too large to commit that the runner generates from the base
/// message (<c>samples/1.0/valid/StatusQuery/minimal.json</c>): one byte over the default size limit, and 100 000
/// nested arrays.
/// </summary>
internal static class ReadingCases
{
    /// <summary>The folder of the reading cases under the samples folder.</summary>
    public const string Folder = "reading";

    private const string BaseSample = "1.0/valid/StatusQuery/minimal.json";

    public sealed record Item(string Id, string? File, string? Generate, bool ExpectValid, IReadOnlyList<(string Code, string Pointer)> Expected);

    public static IEnumerable<Item> Enumerate(string samplesRoot)
    {
        var manifest = Path.Combine(samplesRoot, Folder, "manifest.json");
        if (!System.IO.File.Exists(manifest))
        {
            yield break;
        }

        foreach (var c in JsonNode.Parse(System.IO.File.ReadAllBytes(manifest))!["cases"]!.AsArray())
        {
            var item = c!;
            yield return new Item(
                (string)item["id"]!,
                (string?)item["file"] is { } f ? Path.Combine(samplesRoot, Folder, f) : null,
                (string?)item["generate"],
                (bool)item["expectValid"]!,
                [.. item["expectedFindings"]!.AsArray().Select(e => ((string)e!["code"]!, (string)e["pointer"]!))]);
        }
    }

    /// <summary>The bytes of a case: its file, or what its generator makes.</summary>
    /// <exception cref="FormatException">The generator is unknown.</exception>
    public static byte[] Bytes(string samplesRoot, Item item)
        => item.File is { } file ? System.IO.File.ReadAllBytes(file) : Generate(samplesRoot, item.Generate!);

    /// <summary>Makes a generated case's bytes from the base message.</summary>
    /// <exception cref="FormatException">The generator is unknown.</exception>
    public static byte[] Generate(string samplesRoot, string generator)
    {
        var text = System.IO.File.ReadAllText(Path.Combine(samplesRoot, BaseSample), Encoding.UTF8).TrimEnd();
        switch (generator)
        {
            case "too-large":
                // Spaces before the final brace: still one well-formed message, one byte over 16 MiB.
                var target = Serialization.ReaderLimits.DefaultMaxBytes + 1;
                var head = Encoding.UTF8.GetBytes(text[..^1]);
                var bytes = new byte[target];
                head.CopyTo(bytes, 0);
                bytes.AsSpan(head.Length, target - head.Length - 1).Fill((byte)' ');
                bytes[^1] = (byte)'}';
                return bytes;
            case "nested-100000":
                const int depth = 100_000;
                var at = text.LastIndexOf('}', text.Length - 2);
                var sb = new StringBuilder(text.Length + (2 * depth) + 16);
                sb.Append(text, 0, at).Append(", \"x\": ").Append('[', depth).Append(']', depth).Append(text, at, text.Length - at);
                return Encoding.UTF8.GetBytes(sb.ToString());
            default:
                throw new FormatException("Unknown generated reading case.");
        }
    }
}
