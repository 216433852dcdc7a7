namespace Mlat.Sdk;

/// <summary>
/// The one shape of every outcome the SDK returns instead of throwing (findings: specification §12): a sealed class with
/// <see cref="IsSuccess"/>, the <see cref="Findings"/> that explain it, and an <c>…OrThrow()</c> method that hands out
/// the product or throws <see cref="MlatException"/> carrying those findings. Bad input never throws; only the
/// <c>…OrThrow()</c> methods do, when the caller asks for that.
/// </summary>
public interface IMlatResult
{
    /// <summary>
    /// True when the operation produced what it promises (a valid message, a verified envelope, a signature, a
    /// plaintext, a conversion, …). Warnings may be present; an error-level finding never is.
    /// </summary>
    bool IsSuccess { get; }

    /// <summary>Every finding, each a permanent code and a JSON Pointer; empty when there is nothing to report.</summary>
    IReadOnlyList<Finding> Findings { get; }
}
