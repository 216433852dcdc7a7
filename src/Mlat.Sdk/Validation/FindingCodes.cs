namespace Mlat.Sdk.Validation;

/// <summary>
/// The permanent finding codes of the SDK. A code is never reused; a retired code stays here marked obsolete and stays
/// documented in docs/error-codes.md. Schema findings are named <c>schema.&lt;keyword&gt;</c> and are not listed here.
/// </summary>
public static class FindingCodes
{
    /// <summary>The bytes are not well-formed JSON (syntax error, truncated input, comments, trailing commas).</summary>
    public const string JsonMalformed = "MLAT-JSON-MALFORMED";

    /// <summary>An object has two members with the same name (RFC 7493 §2.3); the SDK rejects instead of last-wins.</summary>
    public const string JsonDuplicateMember = "MLAT-JSON-DUPLICATE-MEMBER";

    /// <summary>Nesting exceeds the configured maximum depth.</summary>
    public const string JsonTooDeep = "MLAT-JSON-TOO-DEEP";

    /// <summary>The input exceeds the configured maximum size in bytes.</summary>
    public const string JsonTooLarge = "MLAT-JSON-TOO-LARGE";

    /// <summary>The input is not valid UTF-8 (RFC 7493 §2.1).</summary>
    public const string JsonInvalidUtf8 = "MLAT-JSON-INVALID-UTF8";

    /// <summary>A string contains an escaped lone surrogate (RFC 7493 §2.1).</summary>
    public const string JsonLoneSurrogate = "MLAT-JSON-LONE-SURROGATE";

    /// <summary>A number is not an integer within ±2^53 or is outside IEEE 754 double range (RFC 7493 §2.2).</summary>
    public const string JsonNumberOutOfRange = "MLAT-JSON-NUMBER-OUT-OF-RANGE";

    /// <summary>The document root is not a JSON object.</summary>
    public const string JsonRootNotObject = "MLAT-JSON-ROOT-NOT-OBJECT";

    /// <summary><c>header.version</c> is missing or not a string.</summary>
    public const string VersionMissing = "MLAT-VER-MISSING";

    /// <summary><c>header.version</c> names a version this SDK does not implement, or is not of the form MAJOR.MINOR.</summary>
    public const string VersionUnsupported = "MLAT-VER-UNSUPPORTED";

    /// <summary><c>header.messageType</c> is missing or not a string.</summary>
    public const string TypeMissing = "MLAT-TYPE-MISSING";

    /// <summary><c>header.messageType</c> is not a message type of the message's version.</summary>
    public const string TypeUnknown = "MLAT-TYPE-UNKNOWN";

    /// <summary>
    /// Negotiation found no version in which the sender can send and the receiver can receive the message type, even
    /// after adding the versions the sender can down-convert to (DESIGN §6.2). Nothing is sent; the finding names both
    /// sides' versions.
    /// </summary>
    public const string VersionNoCommon = "MLAT-VER-NO-COMMON";

    /// <summary>A capabilities document cannot be read: its root is not an object, or it has no party authority id or no versions array (DESIGN §6.1).</summary>
    public const string CapabilitiesInvalid = "MLAT-VER-CAPABILITIES-INVALID";

    /// <summary>The message would carry a must-understand extension the receiver does not list (DESIGN §6.2); both sides' extensions are named.</summary>
    public const string ExtensionUnsupported = "MLAT-EXT-UNSUPPORTED";

    /// <summary>
    /// Down-conversion would lose data the target version cannot hold: a message type the target lacks, a member marked
    /// reject-on-downgrade, or a new enum value without a declared fallback (DESIGN §6.3). Nothing is converted.
    /// </summary>
    public const string ConversionLossy = "MLAT-CONV-LOSSY";

    /// <summary>The converted message does not validate against the target version; a defect of the conversion declaration, reported, never sent.</summary>
    public const string ConversionTargetInvalid = "MLAT-CONV-TARGET-INVALID";

    /// <summary>
    /// The message passed the strict reader and the schema but could not be bound to the C# model. This is a defect
    /// of the SDK (schema and model disagree); it is reported instead of thrown so bad input never crashes a caller.
    /// </summary>
    public const string ModelBindingFailed = "MLAT-JSON-BINDING-FAILED";

    /// <summary>
    /// A business rule failed with an exception on a schema-valid message: a defect of the SDK, reported instead of
    /// thrown so bad input never crashes a caller (DESIGN §4.1). The message names the rule id and the exception type.
    /// </summary>
    public const string RuleFailed = "MLAT-RULE-FAILED";

    /// <summary>A format check of the SDK (invariant culture) failed, for example a calendar date that does not exist.</summary>
    public const string SchemaFormat = "schema.format";
}
