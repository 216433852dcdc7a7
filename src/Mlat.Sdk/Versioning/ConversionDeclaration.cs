using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace Mlat.Sdk.Versioning;

/// <summary>
/// What a MINOR release declares about going down one step (<c>schemas/conversions/&lt;from&gt;-to-&lt;to&gt;.json</c>,
/// specification §3.3, §11.1): the fallback of every enum value it added, the message types the lower release lacks, and the
/// members that must never be parked. Machine-readable so that the converter and the compatibility checker read the
/// same facts.
/// </summary>
internal sealed class ConversionDeclaration
{
    private const string ResourcePrefix = "schemas/conversions/";

    private ConversionDeclaration(
        string from,
        string to,
        FrozenDictionary<string, FrozenDictionary<string, string>> enumFallbacks,
        FrozenSet<string> messageTypesAdded,
        IReadOnlyList<string> rejectOnDowngrade,
        FrozenDictionary<string, FrozenSet<string>> enumRejectOnDowngrade,
        FrozenDictionary<string, FrozenSet<string>> membersMadeOptional)
    {
        MembersMadeOptional = membersMadeOptional;
        EnumRejectOnDowngrade = enumRejectOnDowngrade;
        From = from;
        To = to;
        EnumFallbacks = enumFallbacks;
        MessageTypesAdded = messageTypesAdded;
        RejectOnDowngrade = rejectOnDowngrade;
    }

    public string From { get; }

    public string To { get; }

    /// <summary>Definition (<c>file#/definitions/Name</c>) → added value → fallback value in <see cref="To"/>.</summary>
    public FrozenDictionary<string, FrozenDictionary<string, string>> EnumFallbacks { get; }

    public FrozenSet<string> MessageTypesAdded { get; }

    /// <summary>Instance paths (<c>*</c> for any array index) whose presence makes down-conversion fail instead of park.</summary>
    public IReadOnlyList<string> RejectOnDowngrade { get; }

    /// <summary>
    /// Definition → enum values added with no equivalent in <see cref="To"/> (Kosovo's XK in 1.2): declared, like an added
    /// message type, so a message using one fails down-conversion with <c>MLAT-CONV-LOSSY</c> instead of being guessed.
    /// </summary>
    public FrozenDictionary<string, FrozenSet<string>> EnumRejectOnDowngrade { get; }

    /// <summary>
    /// Definition → members the lower release requires and this one may omit (Penalty.maximum for a life sentence in 1.2):
    /// a message that omits one is not valid in <see cref="To"/>, so down-conversion fails (<c>MLAT-CONV-TARGET-INVALID</c>).
    /// </summary>
    public FrozenDictionary<string, FrozenSet<string>> MembersMadeOptional { get; }

    public static ConversionDeclaration Parse(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var fallbacks = (root["enumFallbacks"] as JsonObject ?? [])
            .ToFrozenDictionary(
                kv => kv.Key,
                kv => kv.Value!.AsObject().ToFrozenDictionary(v => v.Key, v => v.Value!.GetValue<string>(), StringComparer.Ordinal),
                StringComparer.Ordinal);
        return new ConversionDeclaration(
            root["from"]!.GetValue<string>(),
            root["to"]!.GetValue<string>(),
            fallbacks,
            (root["messageTypesAdded"] as JsonArray ?? []).Select(v => v!.GetValue<string>()).ToFrozenSet(StringComparer.Ordinal),
            (root["rejectOnDowngrade"] as JsonArray ?? []).Select(v => v!.GetValue<string>()).ToArray(),
            (root["enumRejectOnDowngrade"] as JsonObject ?? []).ToFrozenDictionary(
                kv => kv.Key,
                kv => kv.Value!.AsArray().Select(v => v!.GetValue<string>()).ToFrozenSet(StringComparer.Ordinal),
                StringComparer.Ordinal),
            (root["membersMadeOptional"] as JsonObject ?? []).ToFrozenDictionary(
                kv => kv.Key,
                kv => kv.Value!.AsArray().Select(v => v!.GetValue<string>()).ToFrozenSet(StringComparer.Ordinal),
                StringComparer.Ordinal));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), ConversionDeclaration?> Cache = new();

    /// <summary>The declaration embedded for the step <paramref name="from"/> → <paramref name="to"/>, if any; read once per process.</summary>
    public static ConversionDeclaration? Embedded(string from, string to) => Cache.GetOrAdd((from, to), key => Load(key.Item1, key.Item2));

    private static ConversionDeclaration? Load(string from, string to)
    {
        var assembly = typeof(ConversionDeclaration).Assembly;
        using var stream = assembly.GetManifestResourceStream($"{ResourcePrefix}{from}-to-{to}.json");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}
