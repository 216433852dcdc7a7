using System.Runtime.CompilerServices;
using System.Text.Json;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Validation.Compiled;

/// <summary>
/// Step 4 of the pipeline (specification §5.5) on the <see cref="JsonElement"/> the strict reader already built: no second
/// parse. NJsonSchema still loads and resolves every schema (<see cref="SchemaCatalog"/>); the first validation of a
/// message type compiles that type's schema into a <see cref="SchemaNode"/> tree (once per process, only the types
/// used), which <see cref="SchemaWalk"/> then walks. The findings are those of <see cref="SchemaValidator"/> — same
/// codes, pointers, messages and order — which the differential tests prove on every sample, the JSON Schema Test Suite
/// cases of the profile and generated mutations. Safe to call from many threads.
/// </summary>
internal sealed class CompiledSchemaValidator
{
    private static readonly ConditionalWeakTable<CompiledSchema, SchemaNode> Nodes = new();
    private static readonly Lazy<CompiledSchemaValidator> EmbeddedValidator = new(() => new CompiledSchemaValidator(SchemaCatalog.Embedded), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lock CompileLock = new();

    private readonly SchemaCatalog _catalog;
    private readonly int _maxDepth;

    public CompiledSchemaValidator(SchemaCatalog catalog, int maxDepth = 64)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        _catalog = catalog;
        _maxDepth = maxDepth;
    }

    /// <summary>The validator over the schemas embedded in the SDK, with the default depth limit.</summary>
    public static CompiledSchemaValidator Embedded => EmbeddedValidator.Value;

    /// <summary>The maximum nesting depth, as the reader limit the NJsonSchema path reads with.</summary>
    public int MaxDepth => _maxDepth;

    /// <summary>Validates an element the strict reader produced against the schema of (<paramref name="version"/>, <paramref name="messageType"/>).</summary>
    public IReadOnlyList<Finding> Validate(JsonElement element, string version, string messageType)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(messageType);
        if (!_catalog.TryGetRelease(version, out var release))
        {
            return [Finding.Error(FindingCodes.VersionUnsupported, "/header/version", "The message's version is not one this SDK implements.")];
        }

        return release.MessageTypes.TryGetValue(messageType, out var schema)
            ? Validate(element, schema, _maxDepth)
            : [Finding.Error(FindingCodes.TypeUnknown, "/header/messageType", "The message type is not a message type of the message's version.")];
    }

    /// <summary>Validates <paramref name="element"/> against one loaded schema, compiling it on first use.</summary>
    public static IReadOnlyList<Finding> Validate(JsonElement element, CompiledSchema schema, int maxDepth) =>
        SchemaWalk.Run(NodeOf(schema), element, maxDepth);

    /// <summary>The compiled tree of <paramref name="schema"/>, built once.</summary>
    /// <exception cref="NotSupportedException">The schema uses a keyword outside the portable profile.</exception>
    public static SchemaNode NodeOf(CompiledSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (Nodes.TryGetValue(schema, out var node))
        {
            return node;
        }

        // Compiling reads the NJsonSchema objects, which are not thread-safe to traverse while another thread does.
        lock (CompileLock)
        {
            return Nodes.GetValue(schema, SchemaNodeCompiler.Compile);
        }
    }
}
