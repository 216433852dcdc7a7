
namespace Mlat.Sdk.Versioning;

/// <summary>The outcome of converting a message to another version (specification §11). Bad input never throws: it ends up in <see cref="Findings"/>.</summary>
public sealed class ConversionResult : IMlatResult
{
    /// <summary>Whether the message was converted and the output validates against the target version.</summary>
    public bool IsSuccess => Output is not null;

    /// <summary>The converted message (UTF-8 JSON), or null when conversion failed.</summary>
    public byte[]? Output { get; init; }

    /// <summary>The version of the input, if it could be read.</summary>
    public MlatVersion? From { get; init; }

    /// <summary>The target version.</summary>
    public required MlatVersion To { get; init; }

    /// <summary>The versions passed through, input version first, target last (adjacent steps, specification §11).</summary>
    public IReadOnlyList<MlatVersion> Path { get; init; } = [];

    /// <summary>Every change made: parked members, mapped enum values, restored members, removed signatures.</summary>
    public IReadOnlyList<ConversionChange> Changes { get; init; } = [];

    /// <summary>Why conversion failed: the input's validation findings, <c>MLAT-CONV-LOSSY</c> or <c>MLAT-CONV-TARGET-INVALID</c>.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Returns the converted message or throws <see cref="MlatException"/> carrying the findings.</summary>
    /// <exception cref="MlatException">The message could not be converted.</exception>
    public byte[] OutputOrThrow() => MlatException.Unless(this, Output);
}

/// <summary>One change a conversion step made.</summary>
/// <param name="Kind">What was done.</param>
/// <param name="Step">The step, for example <c>1.1-&gt;1.0</c>.</param>
/// <param name="Pointer">RFC 6901 pointer into the step's input document.</param>
/// <param name="ExtensionKey">The <c>extensions</c> key the original value was parked under or restored from, if any.</param>
/// <param name="Original">For an enum mapping, the original code value (code values only: never message content).</param>
/// <param name="Fallback">For an enum mapping, the fallback code value written instead.</param>
public sealed record ConversionChange(ConversionChangeKind Kind, string Step, string Pointer, string? ExtensionKey = null, string? Original = null, string? Fallback = null);

/// <summary>Kinds of conversion change.</summary>
public enum ConversionChangeKind
{
    /// <summary><c>header.version</c> was set to the step's target.</summary>
    VersionChanged,

    /// <summary>A member unknown to the target was moved to <c>extensions["mlat.v&lt;from&gt;:&lt;pointer&gt;"]</c>.</summary>
    MemberParked,

    /// <summary>An enum value unknown to the target was replaced by its declared fallback; the original is parked.</summary>
    EnumMapped,

    /// <summary>A string array was parked whole because fallbacks made two of its values equal (uniqueItems).</summary>
    ArrayParked,

    /// <summary>An up-step put a value parked by an earlier down-conversion back in place.</summary>
    Restored,

    /// <summary>The message's signatures were removed: they covered the old form and cannot verify after conversion; sign again.</summary>
    SignaturesRemoved,
}
