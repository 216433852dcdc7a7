using System.Buffers;
using System.Collections.Frozen;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Serialization;

/// <summary>
/// The one entry point for turning messages into JSON. Reading is not here: it always goes through the strict reader,
/// the schema and the rules of a configured <c>MlatValidator</c> (<c>validator.Validate(bytes).MessageOrThrow()</c>),
/// so a message is bound to C# only from bytes that passed them, under the limits the caller configured. Writing
/// produces compact UTF-8 JSON with absent members omitted, never written as null.
/// </summary>
public static class MlatJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Text stays readable (no \u escapes for non-ASCII letters); RFC 8785 canonicalization decides signed bytes anyway.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    /// <summary>
    /// Writes the message as compact UTF-8 JSON: header, body, extensions, signatures. <c>header.messageType</c> is
    /// written from the body's type, never from <see cref="MessageHeader.MessageType"/> when the two disagree.
    /// </summary>
    /// <param name="message">The message to write.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] SerializeToUtf8Bytes(MlatMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        Serialize(buffer, message);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the message as compact JSON text.</summary>
    /// <param name="message">The message to write.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(MlatMessage message) => System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(message));

    /// <summary>Writes the message as compact UTF-8 JSON to a buffer.</summary>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="message">The message to write.</param>
    public static void Serialize(IBufferWriter<byte> destination, MlatMessage message)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(message);
        // The typed body decides the message type (issue 20, point 3): header.messageType is written from it, so the
        // bytes can never name one type and hold another; MlatValidator.Validate(MlatMessage) reports an in-memory
        // disagreement as MLAT-TYPE-BODY-MISMATCH for the caller who wants to know.
        var header = message.Header.MessageType == message.Body.MessageType ? message.Header : message.Header with { MessageType = message.Body.MessageType };
        using var writer = new Utf8JsonWriter(destination, WriterOptions);
        writer.WriteStartObject();
        writer.WritePropertyName("header"u8);
        JsonSerializer.Serialize(writer, header, MlatJsonContext.Default.MessageHeader);
        writer.WritePropertyName("body"u8);
        JsonSerializer.Serialize(writer, message.Body, BodyTypeInfo(message.Body.MessageType));
        if (message.Extensions is { } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            JsonSerializer.Serialize(writer, extensions, MlatJsonContext.Default.IReadOnlyDictionaryStringJsonElement);
        }

        if (message.Signatures is { } signatures)
        {
            writer.WritePropertyName("signatures"u8);
            JsonSerializer.Serialize(writer, signatures, MlatJsonContext.Default.IReadOnlyListEnvelopeSignature);
        }

        writer.WriteEndObject();
    }

    /// <summary>The wire name of an enum value: its <c>[JsonStringEnumMemberName]</c>, as messages write it.</summary>
    /// <typeparam name="TEnum">A model enum, for example <see cref="Profile"/>.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The wire name (for example <c>MLA_UNTOC</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a declared member of the enum.</exception>
    public static string WireName<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => EnumWireNames<TEnum>.ByValue.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), "Not a declared member of the enum.");

    /// <summary>Every wire name of an enum, in declaration order.</summary>
    /// <typeparam name="TEnum">A model enum.</typeparam>
    /// <returns>The wire names.</returns>
    public static IReadOnlyList<string> WireNames<TEnum>()
        where TEnum : struct, Enum
        => EnumWireNames<TEnum>.Names;

    /// <summary>Reads an enum value from its wire name (ordinal, case-sensitive, as messages are read).</summary>
    /// <typeparam name="TEnum">A model enum.</typeparam>
    /// <param name="wireName">The wire name.</param>
    /// <param name="value">The value, when the name is one of the enum's.</param>
    /// <returns>True when the name is a wire name of the enum.</returns>
    public static bool TryParseWireName<TEnum>(string? wireName, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return wireName is not null && EnumWireNames<TEnum>.ByName.TryGetValue(wireName, out value);
    }

    /// <summary>Binds an envelope that already passed strict reading and schema validation.</summary>
    /// <exception cref="MessageBindingException">A value could not be bound; the exception names the member by its pointer.</exception>
    internal static MlatMessage Bind(JsonElement root, MessageType type)
    {
        var header = Part(root.GetProperty("header"u8), "/header", MlatJsonContext.Default.MessageHeader)!;
        var body = (MessageBody)Part(root.GetProperty("body"u8), "/body", BodyTypeInfo(type))!;
        var extensions = root.TryGetProperty("extensions"u8, out var ext)
            ? Part(ext, "/extensions", MlatJsonContext.Default.IReadOnlyDictionaryStringJsonElement)
            : null;
        var signatures = root.TryGetProperty("signatures"u8, out var sig)
            ? Part(sig, "/signatures", MlatJsonContext.Default.IReadOnlyListEnvelopeSignature)
            : null;
        return new MlatMessage { Header = header, Body = body, Extensions = extensions, Signatures = signatures };
    }

    private static T? Part<T>(JsonElement element, string pointer, JsonTypeInfo<T> info) => Part(pointer, () => element.Deserialize(info));

    private static object? Part(JsonElement element, string pointer, JsonTypeInfo info) => Part(pointer, () => element.Deserialize(info));

    private static T Part<T>(string pointer, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (JsonException ex)
        {
            var at = pointer + PointerOf(ex.Path);
            throw ex is MessageValueException value
                ? new MessageBindingException(value.Code, at, value.Expected, ex)
                : new MessageBindingException(FindingCodes.ModelBindingFailed, at, "The message passed the schema but this member could not be bound to the C# model: a defect of the SDK.", ex);
        }
    }

    /// <summary>
    /// The RFC 6901 pointer of a System.Text.Json path relative to the element read (<c>$.persons[0].dateOfBirth</c>,
    /// <c>$['a.b']</c>): <c>/persons/0/dateOfBirth</c>, <c>/a.b</c>; empty for <c>$</c> or no path.
    /// </summary>
    internal static string PointerOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '$')
        {
            return string.Empty;
        }

        var pointer = new System.Text.StringBuilder();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                pointer.Append('/').Append(JsonPointer.Escape(path[(i + 1)..end]));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                // $['name'], with ' inside the name written as \' by System.Text.Json.
                var name = new System.Text.StringBuilder();
                var j = i + 2;
                while (j < path.Length && !(path[j] == '\'' && j + 1 < path.Length && path[j + 1] == ']'))
                {
                    if (path[j] == '\\' && j + 1 < path.Length)
                    {
                        j++;
                    }

                    name.Append(path[j]);
                    j++;
                }

                pointer.Append('/').Append(JsonPointer.Escape(name.ToString()));
                i = j + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0)
                {
                    break;
                }

                pointer.Append('/').Append(path[(i + 1)..end]);
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return pointer.ToString();
    }

    /// <summary>The source-generated metadata of the body type of a message type.</summary>
    internal static JsonTypeInfo BodyTypeInfo(MessageType type) => type switch
    {
        MessageType.AssistanceRequest => MlatJsonContext.Default.AssistanceRequest,
        MessageType.SupplementaryRequest => MlatJsonContext.Default.SupplementaryRequest,
        MessageType.AdditionalInformationResponse => MlatJsonContext.Default.AdditionalInformationResponse,
        MessageType.StatusQuery => MlatJsonContext.Default.StatusQuery,
        MessageType.WithdrawalNotice => MlatJsonContext.Default.WithdrawalNotice,
        MessageType.AcknowledgementOfReceipt => MlatJsonContext.Default.AcknowledgementOfReceipt,
        MessageType.ForwardingNotice => MlatJsonContext.Default.ForwardingNotice,
        MessageType.RequestForAdditionalInformation => MlatJsonContext.Default.RequestForAdditionalInformation,
        MessageType.RecognitionDecision => MlatJsonContext.Default.RecognitionDecision,
        MessageType.RefusalNotice => MlatJsonContext.Default.RefusalNotice,
        MessageType.PostponementNotice => MlatJsonContext.Default.PostponementNotice,
        MessageType.StatusUpdate => MlatJsonContext.Default.StatusUpdate,
        MessageType.ExecutionReport => MlatJsonContext.Default.ExecutionReport,
        MessageType.EvidenceTransmission => MlatJsonContext.Default.EvidenceTransmission,
        MessageType.Consultation => MlatJsonContext.Default.Consultation,
        MessageType.TechnicalRejection => MlatJsonContext.Default.TechnicalRejection,
        MessageType.ProductionOrder => MlatJsonContext.Default.ProductionOrder,
        MessageType.PreservationOrder => MlatJsonContext.Default.PreservationOrder,
        MessageType.PreservationExtension => MlatJsonContext.Default.PreservationExtension,
        MessageType.SubsequentProductionConfirmation => MlatJsonContext.Default.SubsequentProductionConfirmation,
        MessageType.ImpossibilityNotice => MlatJsonContext.Default.ImpossibilityNotice,
        MessageType.InterceptionNotification => MlatJsonContext.Default.InterceptionNotification,
        MessageType.InterceptionObjection => MlatJsonContext.Default.InterceptionObjection,
        MessageType.ClosureNotice => MlatJsonContext.Default.ClosureNotice,
        MessageType.WithdrawalAcknowledgement => MlatJsonContext.Default.WithdrawalAcknowledgement,
        MessageType.EvidenceReceipt => MlatJsonContext.Default.EvidenceReceipt,
        MessageType.EnforcingAuthorityDecision => MlatJsonContext.Default.EnforcingAuthorityDecision,
        MessageType.PreservationResponse => MlatJsonContext.Default.PreservationResponse,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown message type."),
    };
}

/// <summary>The wire names of one enum, read once from its <c>[JsonStringEnumMemberName]</c> attributes.</summary>
internal static class EnumWireNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly (TEnum Value, string Name)[] Members = typeof(TEnum)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Select(f => ((TEnum)f.GetValue(null)!, System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute>(f)?.Name ?? f.Name))
        .ToArray();

    public static IReadOnlyList<string> Names { get; } = Members.Select(m => m.Name).ToArray();

    public static System.Collections.Frozen.FrozenDictionary<TEnum, string> ByValue { get; } = Members.ToFrozenDictionary(m => m.Value, m => m.Name);

    public static System.Collections.Frozen.FrozenDictionary<string, TEnum> ByName { get; } = Members.ToFrozenDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal);
}
