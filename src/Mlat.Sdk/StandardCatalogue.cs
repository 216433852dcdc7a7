using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mlat.Sdk;

/// <summary>
/// One release of the standard as its <c>schemas/&lt;version&gt;/index.json</c> states it (specification §2.3): the
/// version, date, status, the message types with the path of each one's schema, and the listed files with their
/// sha256.
/// </summary>
internal sealed class Release
{
    internal Release(string version, int major, int minor, string? date, string? status, FrozenDictionary<string, string> schemaPaths, FrozenDictionary<string, string> files)
    {
        Version = version;
        Major = major;
        Minor = minor;
        Date = date;
        Status = status;
        SchemaPaths = schemaPaths;
        MessageTypes = schemaPaths.Keys.ToFrozenSet(StringComparer.Ordinal);
        Files = files;
    }

    /// <summary><c>MAJOR.MINOR</c>, as in <c>header.version</c>.</summary>
    public string Version { get; }

    public int Major { get; }

    public int Minor { get; }

    public string? Date { get; }

    public string? Status { get; }

    /// <summary>Message type wire name → path of its envelope schema, relative to the release folder.</summary>
    public FrozenDictionary<string, string> SchemaPaths { get; }

    /// <summary>The message types of the release (wire names, compared ordinally).</summary>
    public FrozenSet<string> MessageTypes { get; }

    /// <summary>The files index.json lists → their sha256 (hex).</summary>
    public FrozenDictionary<string, string> Files { get; }
}

/// <summary>
/// The release catalogue, the one source of truth for which releases this SDK implements and what each contains
/// (specification §2.3): read once from the <c>schemas/&lt;MAJOR.MINOR&gt;/index.json</c> files embedded in the
/// assembly. The strict reader, the schema loader, <c>MlatVersion.Supported</c>, negotiation, conversion, the
/// conformance profiles and the tests all ask it; adding a release is adding its folder, nothing here changes.
/// </summary>
internal static partial class StandardCatalogue
{
    /// <summary>Prefix of every embedded schema resource.</summary>
    public const string ResourcePrefix = "schemas/";

    /// <summary>Name of the release manifest inside a release folder.</summary>
    public const string IndexFile = "index.json";

    private static readonly Lazy<Catalogue> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every embedded release, ascending by (major, minor).</summary>
    public static IReadOnlyList<Release> Releases => Embedded.Value.Ordered;

    /// <summary>Version → its message types, for the strict reader's header check.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> MessageTypesByVersion => Embedded.Value.TypesByVersion;

    /// <summary>The release of a version, when this SDK implements it.</summary>
    public static bool TryGet(string version, out Release release) => Embedded.Value.ByVersion.TryGetValue(version, out release!);

    /// <summary>True when <paramref name="version"/> is implemented and has <paramref name="messageType"/>.</summary>
    public static bool HasType(string version, string messageType)
        => Embedded.Value.ByVersion.TryGetValue(version, out var release) && release.MessageTypes.Contains(messageType);

    /// <summary><c>MAJOR.MINOR</c> without leading zeros, as a release folder and <c>header.version</c> write it.</summary>
    [GeneratedRegex("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    public static partial Regex VersionPattern();

    /// <summary>Reads the embedded file map of every release folder (<c>schemas/&lt;MAJOR.MINOR&gt;/...</c>) that has an index.json.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ReadEmbeddedFiles()
    {
        var assembly = typeof(StandardCatalogue).Assembly;
        var byVersion = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = name[ResourcePrefix.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0 || !VersionPattern().IsMatch(rest[..slash]))
            {
                continue; // capabilities/, conversions/ and trust-list/ are not message releases
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
            var version = rest[..slash];
            if (!byVersion.TryGetValue(version, out var files))
            {
                byVersion[version] = files = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            files[rest[(slash + 1)..]] = reader.ReadToEnd();
        }

        return byVersion
            .Where(kv => kv.Value.ContainsKey(IndexFile))
            .ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, string>)kv.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads a release's index.json. <paramref name="fileExists"/> says whether a path is part of the release. Returns
    /// the release, or the problem and the file or reference it concerns.
    /// </summary>
    public static (Release? Release, string? Problem, string? Reference) ParseIndex(string version, JsonElement root, Func<string, bool> fileExists)
    {
        ArgumentNullException.ThrowIfNull(fileExists);
        var match = VersionPattern().Match(version);
        if (!match.Success
            || root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.String || v.GetString() != version)
        {
            return (null, "index.json does not state this release's version.", null);
        }

        if (!root.TryGetProperty("messageTypes", out var types) || types.ValueKind != JsonValueKind.Object)
        {
            return (null, "index.json has no messageTypes object.", null);
        }

        var schemaPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in types.EnumerateObject())
        {
            var file = type.Value.ValueKind == JsonValueKind.String ? type.Value.GetString()! : string.Empty;
            if (!fileExists(file))
            {
                return (null, $"message type '{type.Name}' names a schema file that is not part of the release.", file);
            }

            schemaPaths[type.Name] = file;
        }

        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("files", out var fileList) && fileList.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in fileList.EnumerateObject())
            {
                if (!fileExists(entry.Name))
                {
                    return (null, "index.json lists a file that is not part of the release.", entry.Name);
                }

                listed[entry.Name] = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString()! : string.Empty;
            }
        }

        var release = new Release(
            version,
            int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture),
            Str(root, "date"),
            Str(root, "status"),
            schemaPaths.ToFrozenDictionary(StringComparer.Ordinal),
            listed.ToFrozenDictionary(StringComparer.Ordinal));
        return (release, null, null);

        static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
    }

    private static Catalogue LoadEmbedded()
    {
        var releases = new List<Release>();
        foreach (var (version, files) in ReadEmbeddedFiles())
        {
            using var index = JsonDocument.Parse(files[IndexFile]);
            var (release, problem, reference) = ParseIndex(version, index.RootElement, files.ContainsKey);

            // The embedded releases are part of the build: a broken index is a defect of the SDK, caught by its tests.
            releases.Add(release ?? throw new InvalidOperationException($"Embedded release {version}: {problem} {reference}".TrimEnd()));
        }

        return new Catalogue(releases.OrderBy(r => r.Major).ThenBy(r => r.Minor).ToArray());
    }

    private sealed class Catalogue(Release[] ordered)
    {
        public Release[] Ordered { get; } = ordered;

        public FrozenDictionary<string, Release> ByVersion { get; } = ordered.ToFrozenDictionary(r => r.Version, StringComparer.Ordinal);

        public IReadOnlyDictionary<string, IReadOnlySet<string>> TypesByVersion { get; } =
            ordered.ToFrozenDictionary(r => r.Version, r => (IReadOnlySet<string>)r.MessageTypes, StringComparer.Ordinal);
    }
}
