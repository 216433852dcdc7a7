using System.Text.Json;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Validation;

/// <summary>
/// Builds the TechnicalRejection reply (specification §5.8) to a message that failed validation: addressed to the message's
/// sender, quoting the rejected messageId and every finding's code, pointer and severity, never a finding's English
/// text, any value of the rejected message or the name of a member the standard does not define (specification §12):
/// such a pointer stops at the object that holds the member.
/// </summary>
public static class TechnicalRejections
{
    private const int MaxPointerLength = 2000; // RejectionFinding.pointer maxLength (TechnicalRejection.schema.json)

    /// <summary>Builds the rejection of a message that failed validation.</summary>
    /// <param name="report">The failed report of <paramref name="receivedUtf8Json"/>.</param>
    /// <param name="receivedUtf8Json">The bytes received; their header is read, when readable, for the rejected
    /// messageId, the conversation and the sender to answer.</param>
    /// <param name="rejectingAuthority">The authority that rejects: the reply's sender.</param>
    /// <param name="messageId">The reply's own messageId (randomness is the caller's, so tests are deterministic).</param>
    /// <param name="recipient">Whom to answer when the received header's sender cannot be read (for example the
    /// transport-level peer); ignored when the header names a usable sender.</param>
    /// <param name="timeProvider">Source of the reply's createdAt; <see cref="TimeProvider.System"/> when null.</param>
    /// <returns>A TechnicalRejection message that itself passes validation.</returns>
    /// <exception cref="ArgumentException">The report is valid, or no recipient is known.</exception>
    public static MlatMessage Create(
        ValidationReport report,
        ReadOnlyMemory<byte> receivedUtf8Json,
        Party rejectingAuthority,
        Guid messageId,
        Party? recipient = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rejectingAuthority);
        timeProvider ??= TimeProvider.System;
        if (report.IsSuccess)
        {
            throw new ArgumentException("The report is valid: there is nothing to reject.", nameof(report));
        }

        var received = ReadHeader(receivedUtf8Json);
        var body = new TechnicalRejection
        {
            RejectedMessageId = received.MessageId,
            Stage = StageOf(report),
            Findings = report.Findings.Select(f => new RejectionFinding
            {
                Code = f.Code,
                // An undefined member's name (or an extension id) came from the message and may be personal data: the
                // pointer stops at the object that holds it, and the code (schema.additionalProperties) says what it was.
                Pointer = DefinedMembers.Truncate(f.Pointer) is { Length: <= MaxPointerLength } kept ? kept : string.Empty,
                Severity = f.Severity == FindingSeverity.Error ? RejectionSeverity.Error : RejectionSeverity.Warning,
            }).ToArray(),
        };

        MlatMessage Build(Party to) => new()
        {
            Header = new MessageHeader
            {
                Version = MlatVersion.Create(1, 0),
                MessageType = MessageType.TechnicalRejection,
                MessageId = messageId,
                ConversationId = received.ConversationId ?? received.MessageId ?? messageId,
                InReplyTo = received.MessageId,
                CreatedAt = timeProvider.GetUtcNow(),
                Sender = rejectingAuthority,
                Recipient = to,
                Language = LanguageCode.En,
            },
            Body = body,
        };

        // The received sender is only trusted if the reply addressed to it validates (its header may be what failed).
        if (received.Sender is { } sender && IsValid(Build(sender)))
        {
            return Build(sender);
        }

        if (recipient is null)
        {
            throw new ArgumentException("The received header names no usable sender; pass the recipient.", nameof(recipient));
        }

        var rejection = Build(recipient);
        if (!IsValid(rejection))
        {
            throw new ArgumentException("The rejecting authority or the recipient does not satisfy the envelope schema.", nameof(rejectingAuthority));
        }

        return rejection;
    }

    // Checks the SDK's own output (a small message it just built), never received bytes, so the caller's reader limits
    // have nothing to apply to; the schema and the rules are what matter here.
    private static readonly MlatValidator OwnOutput = new(new MlatValidatorOptions());

    private static bool IsValid(MlatMessage message) => OwnOutput.Validate(MlatJson.SerializeToUtf8Bytes(message)).IsSuccess;

    private static RejectionStage StageOf(ValidationReport report)
    {
        var category = report.Findings.FirstOrDefault(f => f.Severity == FindingSeverity.Error)?.Category ?? FindingCategory.Unknown;
        return category switch
        {
            FindingCategory.Json => RejectionStage.Parse,
            FindingCategory.Version => RejectionStage.Version,
            FindingCategory.MessageType or FindingCategory.Schema => RejectionStage.Schema,
            FindingCategory.Rule => RejectionStage.Rules,
            FindingCategory.Signature or FindingCategory.Trust => RejectionStage.Signature,
            FindingCategory.Encryption => RejectionStage.Decryption,
            _ => RejectionStage.Other,
        };
    }

    private static (Guid? MessageId, Guid? ConversationId, Party? Sender) ReadHeader(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            // The bytes were rejected, so they may be anything; a member two parsers could read differently (a
            // duplicate) is not quoted (specification §5.3): only members named exactly once are read.
            using var document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = 64 });
            if (Single(document.RootElement, "header") is not { ValueKind: JsonValueKind.Object } header)
            {
                return (null, null, null);
            }

            return (
                ReadGuid(header, "messageId"),
                ReadGuid(header, "conversationId"),
                Single(header, "sender") is { ValueKind: JsonValueKind.Object } sender && !HasDuplicates(sender) ? ReadParty(sender) : null);
        }
        catch (JsonException)
        {
            return (null, null, null); // unreadable bytes: nothing of the header can be quoted
        }
    }

    /// <summary>The value of the member named exactly once in <paramref name="obj"/>; null when absent or repeated.</summary>
    private static JsonElement? Single(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        JsonElement? found = null;
        foreach (var member in obj.EnumerateObject())
        {
            if (member.NameEquals(name))
            {
                if (found is not null)
                {
                    return null;
                }

                found = member.Value;
            }
        }

        return found;
    }

    private static bool HasDuplicates(JsonElement obj)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        return obj.EnumerateObject().Any(m => !names.Add(m.Name)) || obj.EnumerateObject().Any(m => m.Value.ValueKind == JsonValueKind.Object && HasDuplicates(m.Value));
    }

    private static Guid? ReadGuid(JsonElement header, string name)
        => Single(header, name) is { ValueKind: JsonValueKind.String } value
            && Guid.TryParseExact(value.GetString(), "D", out var id) && value.GetString() == id.ToString("D") ? id : null;

    private static Party? ReadParty(JsonElement sender)
    {
        try
        {
            return sender.Deserialize(MlatJsonContext.Default.Party);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
