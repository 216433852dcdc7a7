namespace Mlat.Sdk.Serialization;

/// <summary>
/// Limits applied to every incoming message before anything is built from it (specification §5.2), so that hostile input
/// (huge or deeply nested documents) is rejected in bounded time and memory.
/// </summary>
public sealed record ReaderLimits
{
    /// <summary>The default maximum size of a message in bytes: 16 MiB.</summary>
    public const int DefaultMaxBytes = 16 * 1024 * 1024;

    /// <summary>The default maximum nesting depth: 64.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default limits (16 MiB, depth 64).</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>
    /// Maximum size of the message in bytes; a larger one gets <c>MLAT-JSON-TOO-LARGE</c> before it is parsed. A stream is
    /// never read beyond this many bytes plus one.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxBytes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = DefaultMaxBytes;

    /// <summary>
    /// Maximum nesting depth of objects and arrays, the root object counting as depth 1; a deeper document gets
    /// <c>MLAT-JSON-TOO-DEEP</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than 1000 (deeper limits would only
    /// invite stack exhaustion further down the pipeline).</exception>
    public int MaxDepth
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1000);
            field = value;
        }
    } = DefaultMaxDepth;
}
