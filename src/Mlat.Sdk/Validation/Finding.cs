namespace Mlat.Sdk.Validation;

/// <summary>How serious a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>The message must not be processed or sent.</summary>
    Error = 0,

    /// <summary>The message can be processed, but something is likely wrong.</summary>
    Warning = 1,
}

/// <summary>
/// One problem found in a message: a permanent <see cref="Code"/>, an RFC 6901 <see cref="Pointer"/> into the envelope,
/// a severity, and an English message that never quotes values from the message (they may be personal data).
/// </summary>
/// <param name="Code">Permanent code, for example <c>MLAT-JSON-DUPLICATE-MEMBER</c>, <c>schema.required</c> or <c>MLAT-R-0001</c>.</param>
/// <param name="Pointer">RFC 6901 JSON Pointer to the offending member; the empty string is the whole document.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">English description with codes and paths only.</param>
public sealed record Finding(string Code, string Pointer, FindingSeverity Severity, string Message)
{
    /// <summary>Creates an error-level finding.</summary>
    public static Finding Error(string code, string pointer, string message) => new(code, pointer, FindingSeverity.Error, message);

    /// <summary>Creates a warning-level finding.</summary>
    public static Finding Warning(string code, string pointer, string message) => new(code, pointer, FindingSeverity.Warning, message);
}
