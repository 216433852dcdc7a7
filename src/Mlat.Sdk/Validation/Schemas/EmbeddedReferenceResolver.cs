using NJsonSchema;
using NJsonSchema.References;

namespace Mlat.Sdk.Validation.Schemas;

/// <summary>
/// NJsonSchema reference resolver that answers only from the files of one release held in memory. Each file is loaded
/// under its canonical <c>$id</c> URL (<c>https://w3id.org/mlat/schemas/&lt;version&gt;/&lt;path&gt;</c>), so relative
/// references resolve by plain URI arithmetic; nothing ever touches the network or the file system (specification §3.2, §4.4).
/// Any reference outside the release is a load error.
/// </summary>
internal sealed class EmbeddedReferenceResolver : JsonReferenceResolver
{
    private readonly string _version;
    private readonly string _baseUrl;
    private readonly IReadOnlyDictionary<string, string> _files;

    private EmbeddedReferenceResolver(JsonSchemaAppender appender, string version, string baseUrl, IReadOnlyDictionary<string, string> files)
        : base(appender)
    {
        _version = version;
        _baseUrl = baseUrl;
        _files = files;
    }

    public static Func<JsonSchema, JsonReferenceResolver> Factory(string version, string baseUrl, IReadOnlyDictionary<string, string> files) =>
        schema => new EmbeddedReferenceResolver(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()), version, baseUrl, files);

    public override async Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken)
    {
        if (url.StartsWith(_baseUrl, StringComparison.Ordinal) && _files.TryGetValue(url[_baseUrl.Length..], out var json))
        {
            // Same resolver for the referenced file, as NJsonSchema's own URL loader does, so shared files are parsed once.
            return await JsonSchema.FromJsonAsync(json, url, _ => this, cancellationToken).ConfigureAwait(false);
        }

        throw new SchemaLoadException(_version, "(resolver)", url, "the reference does not name a file of this release; only embedded files of the same release are resolved.");
    }

    public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken) =>
        throw new SchemaLoadException(_version, "(resolver)", filePath, "file-system references are never resolved.");
}
