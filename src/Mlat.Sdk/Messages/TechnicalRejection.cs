using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// A message could not be processed for technical reasons; never a legal refusal. The shape is frozen across all
/// versions so that any party can read it, and it carries codes and pointers only, never content of the rejected
/// message (specification §5.8, §12).
/// </summary>
public sealed record TechnicalRejection : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.TechnicalRejection;

    /// <summary>MessageId of the rejected message; absent when it could not be read.</summary>
    public Guid? RejectedMessageId { get; init; }

    /// <summary>Processing stage at which the message failed.</summary>
    public required RejectionStage Stage { get; init; }

    /// <summary>What was found, as codes and pointers only.</summary>
    public required IReadOnlyList<RejectionFinding> Findings { get; init; }

    /// <summary>Versions (MAJOR.MINOR) the rejecting party can receive.</summary>
    public IReadOnlyList<string>? SupportedVersions { get; init; }
}

/// <summary>Processing stage at which a message failed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RejectionStage>))]
public enum RejectionStage
{
    /// <summary>Not well-formed I-JSON (RFC 7493).</summary>
    [JsonStringEnumMemberName("PARSE")]
    Parse = 1,

    /// <summary>Failed the schema of its type.</summary>
    [JsonStringEnumMemberName("SCHEMA")]
    Schema,

    /// <summary>Failed a business rule.</summary>
    [JsonStringEnumMemberName("RULES")]
    Rules,

    /// <summary>Signature or trust verification failed (specification §7.8).</summary>
    [JsonStringEnumMemberName("SIGNATURE")]
    Signature,

    /// <summary>Version not supported (specification §5.4, §10).</summary>
    [JsonStringEnumMemberName("VERSION")]
    Version,

    /// <summary>The encrypted message could not be decrypted.</summary>
    [JsonStringEnumMemberName("DECRYPTION")]
    Decryption,

    /// <summary>Another stage.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}

/// <summary>One finding of the rejecting party: a permanent code and a JSON Pointer, never a text or a value.</summary>
public sealed record RejectionFinding
{
    /// <summary>Permanent finding code (specification §12).</summary>
    public required string Code { get; init; }

    /// <summary>RFC 6901 JSON Pointer into the rejected envelope; empty for the whole document.</summary>
    public required string Pointer { get; init; }

    /// <summary>Whether the finding caused the rejection.</summary>
    public required RejectionSeverity Severity { get; init; }
}

/// <summary>Severity of a finding in a technical rejection.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RejectionSeverity>))]
public enum RejectionSeverity
{
    /// <summary>The finding caused the rejection.</summary>
    [JsonStringEnumMemberName("ERROR")]
    Error = 1,

    /// <summary>Reported for information.</summary>
    [JsonStringEnumMemberName("WARNING")]
    Warning,
}
