namespace Mlat.Sdk;

/// <summary>How serious a finding is.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>The message must not be processed or sent.</summary>
    Error = 0,

    /// <summary>The message can be processed, but something is likely wrong.</summary>
    Warning = 1,
}

/// <summary>
/// The family a finding code belongs to: which step of reading, validating, converting, signing or opening a message
/// produced it. Callers branch on this instead of parsing a code's prefix.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<FindingCategory>))]
public enum FindingCategory
{
    /// <summary>A code this SDK does not know (for example one read from a peer's technical rejection).</summary>
    Unknown = 0,

    /// <summary>Strict JSON reading: syntax, duplicates, limits, UTF-8, numbers (<c>MLAT-JSON-*</c>).</summary>
    Json,

    /// <summary>The header's version, version negotiation and capabilities documents (<c>MLAT-VER-*</c>).</summary>
    Version,

    /// <summary>The header's message type (<c>MLAT-TYPE-*</c>).</summary>
    MessageType,

    /// <summary>JSON Schema validation and the SDK's format checks (<c>schema.&lt;keyword&gt;</c>).</summary>
    Schema,

    /// <summary>Binding schema-valid JSON to the C# model failed: a defect of the SDK (<c>MLAT-JSON-BINDING-FAILED</c>).</summary>
    Binding,

    /// <summary>Business rules (<c>MLAT-R-nnnn</c>, <c>MLAT-RULE-FAILED</c>).</summary>
    Rule,

    /// <summary>Must-understand extensions (<c>MLAT-EXT-*</c>).</summary>
    Extension,

    /// <summary>Conversion between versions (<c>MLAT-CONV-*</c>).</summary>
    Conversion,

    /// <summary>Signatures and their headers (<c>MLAT-SIG-*</c>).</summary>
    Signature,

    /// <summary>Trust lists, certificates and authorities (<c>MLAT-TRUST-*</c>).</summary>
    Trust,

    /// <summary>Encryption and decryption (<c>MLAT-ENC-*</c>).</summary>
    Encryption,

    /// <summary>Text content, for example normalisation (<c>MLAT-TEXT-*</c>).</summary>
    Text,

    /// <summary>The HTTP binding: submissions, receipts, idempotency (<c>MLAT-EXCH-*</c>).</summary>
    Exchange,

    /// <summary>The flow of a case: a message that does not fit the conversation it belongs to (<c>MLAT-FLOW-*</c>, specification §12.2, docs/cases.md).</summary>
    Flow,

    /// <summary>A draft checked against the recipient's country profile misses one of its requirements (<c>MLAT-REQ-*</c>, specification §10.7).</summary>
    Requirement,
}

/// <summary>
/// One problem found in a message: a permanent <see cref="Code"/>, an RFC 6901 <see cref="Pointer"/> into the envelope,
/// a severity, a <see cref="Category"/>, and an English message that never quotes values from the message (they may be
/// personal data).
/// </summary>
/// <param name="Code">Permanent code, for example <c>MLAT-JSON-DUPLICATE-MEMBER</c>, <c>schema.required</c> or <c>MLAT-R-0001</c>.</param>
/// <param name="Pointer">RFC 6901 JSON Pointer to the offending member; the empty string is the whole document.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">English description with codes and paths only.</param>
public sealed record Finding(string Code, string Pointer, FindingSeverity Severity, string Message)
{
    /// <summary>
    /// The family of <see cref="Code"/>: declared once with each code in <see cref="FindingCodes"/>; schema and
    /// business-rule findings carry theirs from the step that made them; <see cref="FindingCategory.Unknown"/> for a
    /// code the SDK does not declare.
    /// </summary>
    public FindingCategory Category { get; init; } = FindingCodes.CategoryOf(Code);

    /// <summary>Creates an error-level finding.</summary>
    /// <param name="code">Permanent code.</param>
    /// <param name="pointer">RFC 6901 JSON Pointer.</param>
    /// <param name="message">English description with codes and paths only.</param>
    /// <returns>The finding.</returns>
    public static Finding Error(string code, string pointer, string message) => new(code, pointer, FindingSeverity.Error, message);

    /// <summary>Creates a warning-level finding.</summary>
    /// <param name="code">Permanent code.</param>
    /// <param name="pointer">RFC 6901 JSON Pointer.</param>
    /// <param name="message">English description with codes and paths only.</param>
    /// <returns>The finding.</returns>
    public static Finding Warning(string code, string pointer, string message) => new(code, pointer, FindingSeverity.Warning, message);
}
