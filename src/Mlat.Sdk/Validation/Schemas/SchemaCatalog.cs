using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mlat.Sdk.Serialization;
using NJsonSchema;

namespace Mlat.Sdk.Validation.Schemas;

/// <summary>
/// Every schema release embedded in the SDK, loaded once per process (specification §5.5, §16: one
/// immutable, thread-safe schema per version and type, loaded once). Built only from embedded resources; a catalog can
/// also be built from an in-memory file map so tests can prove the loader's rules on small schema sets.
/// </summary>
internal sealed class SchemaCatalog
{
    private static readonly Lazy<SchemaCatalog> EmbeddedCatalog = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, SchemaRelease> _releases;

    private SchemaCatalog(IEnumerable<SchemaRelease> releases)
    {
        _releases = releases.ToFrozenDictionary(r => r.Version, StringComparer.Ordinal);
    }

    /// <summary>The releases embedded in the SDK assembly, loaded on first use.</summary>
    public static SchemaCatalog Embedded => EmbeddedCatalog.Value;

    /// <summary>The versions the catalog holds.</summary>
    public IReadOnlyCollection<string> Versions => _releases.Keys;

    /// <summary>Builds a catalog from releases loaded elsewhere (tests).</summary>
    public static SchemaCatalog FromReleases(params SchemaRelease[] releases) => new(releases);

    public bool TryGetRelease(string version, out SchemaRelease release) => _releases.TryGetValue(version, out release!);

    public bool TryGetSchema(string version, string messageType, out CompiledSchema schema)
    {
        schema = null!;
        return _releases.TryGetValue(version, out var release) && release.MessageTypes.TryGetValue(messageType, out schema!);
    }

    /// <summary>Reads the embedded file map of every release folder (the release catalogue's one reader).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ReadEmbeddedFiles() => StandardCatalogue.ReadEmbeddedFiles();

    // Lazily per message type (issue 17 point 2): a process that validates one message loads the NJsonSchema schema of
    // that one type of that one release, not the dozens of every release; the index and references of every release
    // are still checked here, and the first use of a type loads and compiles it once.
    private static SchemaCatalog LoadEmbedded() =>
        new(ReadEmbeddedFiles().Select(kv => SchemaRelease.Load(kv.Key, kv.Value, lazy: true)));
}

/// <summary>One immutable schema release: its index.json data and the compiled schema of every message type.</summary>
internal sealed partial class SchemaRelease
{
    /// <summary>Name of the release manifest inside a release folder.</summary>
    public const string IndexFile = StandardCatalogue.IndexFile;

    /// <summary>Base of every <c>$id</c> (specification §3.2).</summary>
    public const string IdBase = "https://w3id.org/mlat/schemas/";

    private SchemaRelease(string version, string? date, string? status, IReadOnlyDictionary<string, CompiledSchema> messageTypes, FrozenDictionary<string, string> files)
    {
        Version = version;
        Date = date;
        Status = status;
        MessageTypes = messageTypes;
        Files = files;
    }

    public string Version { get; }

    public string? Date { get; }

    public string? Status { get; }

    /// <summary>Message type → compiled schema of its envelope (for a lazily loaded release, loaded on first access).</summary>
    public IReadOnlyDictionary<string, CompiledSchema> MessageTypes { get; }

    /// <summary>The files index.json lists, with their sha256 (hex).</summary>
    public FrozenDictionary<string, string> Files { get; }

    /// <summary>
    /// Loads a release from its files (path relative to the release folder → UTF-8 text). Throws
    /// <see cref="SchemaLoadException"/> naming the file and reference for any defect.
    /// </summary>
    /// <param name="version">The release version.</param>
    /// <param name="files">The release's files.</param>
    /// <param name="patternTimeout">The match timeout of schema patterns.</param>
    /// <param name="lazy">When true, each message type's schema is loaded by NJsonSchema and compiled on first access
    /// (a defect of it is then thrown there); the index, the JSON of every file and every reference are checked now.</param>
    public static SchemaRelease Load(string version, IReadOnlyDictionary<string, string> files, TimeSpan? patternTimeout = null, bool lazy = false)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (!files.TryGetValue(IndexFile, out var indexJson))
        {
            throw new SchemaLoadException(version, IndexFile, null, "the release has no index.json.");
        }

        var documents = new Dictionary<string, JsonDocument>(StringComparer.Ordinal);
        try
        {
            foreach (var (path, text) in files)
            {
                try
                {
                    documents[path] = JsonDocument.Parse(text);
                }
                catch (JsonException e)
                {
                    throw new SchemaLoadException(version, path, null, "the file is not valid JSON.", e);
                }
            }

            var (date, status, messageTypes, listed) = ReadIndex(version, documents[IndexFile], files);
            documents.Remove(IndexFile, out var indexDocument);
            indexDocument?.Dispose();
            // Only schema files carry references; rules.json and other release data are not schemas.
            ReleasePaths.CheckReferences(version, documents.Where(kv => kv.Key.EndsWith(".schema.json", StringComparison.Ordinal)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));

            var baseUrl = IdBase + version + "/";
            var schemaFiles = files.Where(kv => kv.Key != IndexFile).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
            var regexCache = new Dictionary<string, Regex>(StringComparer.Ordinal);
            var gate = new Lock();
            CompiledSchema LoadType(string file)
            {
                // One type at a time per release: the pattern cache is shared by its types.
                lock (gate)
                {
                    return LoadSchema(version, file, baseUrl, files, schemaFiles, patternTimeout, regexCache);
                }
            }

            IReadOnlyDictionary<string, CompiledSchema> compiled = lazy
                ? new LazySchemas(messageTypes.ToFrozenDictionary(kv => kv.Key, kv => new Lazy<CompiledSchema>(() => LoadType(kv.Value), LazyThreadSafetyMode.ExecutionAndPublication), StringComparer.Ordinal))
                : messageTypes.ToFrozenDictionary(kv => kv.Key, kv => LoadType(kv.Value), StringComparer.Ordinal);
            return new SchemaRelease(version, date, status, compiled, listed.ToFrozenDictionary(StringComparer.Ordinal));
        }
        finally
        {
            foreach (var document in documents.Values)
            {
                document.Dispose();
            }
        }
    }

    private static CompiledSchema LoadSchema(string version, string file, string baseUrl, IReadOnlyDictionary<string, string> files, Dictionary<string, string> schemaFiles, TimeSpan? patternTimeout, Dictionary<string, Regex> regexCache)
    {
        JsonSchema schema;
        try
        {
            schema = JsonSchema.FromJsonAsync(files[file], baseUrl + file, EmbeddedReferenceResolver.Factory(version, baseUrl, schemaFiles), CancellationToken.None)
                .GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not SchemaLoadException)
        {
            var inner = FindLoadException(e);
            throw inner is not null
                ? new SchemaLoadException(version, file, inner.Reference, "the reference does not resolve inside the release.", e)
                : new SchemaLoadException(version, file, null, "NJsonSchema could not load the file.", e);
        }

        try
        {
            return CompiledSchema.Compile(schema, patternTimeout ?? CompiledSchema.DefaultPatternTimeout, regexCache);
        }
        catch (ArgumentException e)
        {
            throw new SchemaLoadException(version, file, null, "a pattern does not compile.", e);
        }
    }

    /// <summary>Message type → schema, each loaded on first access; the keys are known without loading any.</summary>
    private sealed class LazySchemas(FrozenDictionary<string, Lazy<CompiledSchema>> entries) : IReadOnlyDictionary<string, CompiledSchema>
    {
        public CompiledSchema this[string key] => entries[key].Value;

        public IEnumerable<string> Keys => entries.Keys;

        public IEnumerable<CompiledSchema> Values => entries.Values.Select(l => l.Value);

        public int Count => entries.Count;

        public bool ContainsKey(string key) => entries.ContainsKey(key);

        public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out CompiledSchema value)
        {
            if (entries.TryGetValue(key, out var lazy))
            {
                value = lazy.Value;
                return true;
            }

            value = null;
            return false;
        }

        public IEnumerator<KeyValuePair<string, CompiledSchema>> GetEnumerator()
            => entries.Select(kv => new KeyValuePair<string, CompiledSchema>(kv.Key, kv.Value.Value)).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>How many types have been loaded (for tests).</summary>
        public int Loaded => entries.Values.Count(l => l.IsValueCreated);
    }

    /// <summary>How many message types of this release have been loaded so far (all of an eagerly loaded one; for tests).</summary>
    internal int LoadedTypes => MessageTypes is LazySchemas lazy ? lazy.Loaded : MessageTypes.Count;

    /// <summary>The release catalogue's version pattern.</summary>
    internal static Regex VersionPattern() => StandardCatalogue.VersionPattern();

    private static SchemaLoadException? FindLoadException(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is SchemaLoadException found)
            {
                return found;
            }
        }

        return null;
    }

    private static (string? Date, string? Status, IReadOnlyDictionary<string, string> MessageTypes, IReadOnlyDictionary<string, string> Files) ReadIndex(
        string version, JsonDocument index, IReadOnlyDictionary<string, string> files)
    {
        var (release, problem, reference) = StandardCatalogue.ParseIndex(version, index.RootElement, files.ContainsKey);
        return release is not null
            ? (release.Date, release.Status, release.SchemaPaths, release.Files)
            : throw new SchemaLoadException(version, IndexFile, reference, problem!);
    }
}
