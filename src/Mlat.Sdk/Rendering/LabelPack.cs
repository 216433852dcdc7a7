using System.Collections.Frozen;
using System.Text.Json;

namespace Mlat.Sdk.Rendering;

/// <summary>
/// The labels of one language: section titles, member names and code values, each with its source. The packs ship in
/// the SDK assembly (<c>rendering/labels/&lt;language&gt;.json</c>, schema <c>rendering/labels.schema.json</c>); a
/// language is added by adding a file.
/// </summary>
public sealed class LabelPack
{
    internal const string ResourcePrefix = "rendering/labels/";

    private static readonly Lazy<FrozenDictionary<string, LabelPack>> EmbeddedPacks = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private LabelPack(string language, bool isComplete, IReadOnlyList<string> releases, FrozenDictionary<string, Label> labels)
    {
        Language = language;
        IsComplete = isComplete;
        Releases = releases;
        Labels = labels;
    }

    /// <summary>The ISO 639-1 code of the pack's language.</summary>
    public string Language { get; }

    /// <summary>True when the pack declares itself complete: it then has a label for every key the SDK knows.</summary>
    public bool IsComplete { get; }

    /// <summary>
    /// The releases of the standard the pack covers (<c>1.0</c>, <c>1.1</c>): a complete pack has a label for every member
    /// and code of these releases. A message of a later release still renders; what the pack lacks is shown in English.
    /// </summary>
    public IReadOnlyList<string> Releases { get; }

    /// <summary>The labels by key (<c>section.*</c>, <c>form.*</c>, <c>field.*</c>, <c>code.*</c>, <c>ui.*</c>).</summary>
    public IReadOnlyDictionary<string, Label> Labels { get; }

    /// <summary>The languages of the embedded packs, sorted.</summary>
    public static IReadOnlyList<string> Available { get; } = EmbeddedPacks.Value.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The embedded pack of a language (ISO 639-1, lower case); false when none is embedded.</summary>
    public static bool TryGet(string language, out LabelPack pack) =>
        EmbeddedPacks.Value.TryGetValue(language ?? string.Empty, out pack!);

    /// <summary>The embedded pack of a language; throws <see cref="ArgumentException"/> when none is embedded.</summary>
    public static LabelPack Get(string language) =>
        TryGet(language, out var pack)
            ? pack
            : throw new ArgumentException($"No label pack is embedded for this language; available: {string.Join(", ", Available)}.", nameof(language));

    /// <summary>The text of a label, or null when the pack has none.</summary>
    internal string? Text(string key) => Labels.TryGetValue(key, out var label) ? label.Text : null;

    internal static LabelPack Parse(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var labels = new Dictionary<string, Label>(StringComparer.Ordinal);
        foreach (var entry in root.GetProperty("labels").EnumerateObject())
        {
            var source = entry.Value.GetProperty("source").GetString() switch
            {
                "official" => LabelSource.Official,
                "unofficial translation" => LabelSource.UnofficialTranslation,
                _ => throw new FormatException("A label's source is neither \"official\" nor \"unofficial translation\"."),
            };
            var reference = entry.Value.TryGetProperty("reference", out var r) ? r.GetString() : null;
            labels.Add(entry.Name, new Label(entry.Value.GetProperty("text").GetString()!, source, reference));
        }

        return new LabelPack(
            root.GetProperty("language").GetString()!,
            root.GetProperty("complete").GetBoolean(),
            root.GetProperty("releases").EnumerateArray().Select(r => r.GetString()!).ToArray(),
            labels.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static FrozenDictionary<string, LabelPack> LoadEmbedded()
    {
        var assembly = typeof(LabelPack).Assembly;
        var packs = new Dictionary<string, LabelPack>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var pack = Parse(buffer.ToArray());
            packs.Add(pack.Language, pack);
        }

        return packs.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
