using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Cases;

/// <summary>
/// Writes a case as JSON for people and tools (the <c>mlat case status --format json</c> output): the state, the
/// measures, the parties, every deadline with whether it is overdue at an instant, the message types each side may
/// send next, the findings and the transitions taken. Codes are spelled as in the standard (UPPER_SNAKE_CASE); no
/// free text from the messages is written, only ids, codes, instants and authority ids.
/// </summary>
public static class CaseStateJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON of a case at an instant.</summary>
    /// <param name="state">The case.</param>
    /// <param name="at">The instant that decides what is overdue and how much time remains.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(CaseState state, DateTimeOffset at, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(state);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options with { Indented = indented }))
        {
            Write(w, state, at);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes a case at an instant as one JSON object.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="state">The case.</param>
    /// <param name="at">The instant that decides what is overdue.</param>
    public static void Write(Utf8JsonWriter w, CaseState state, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(state);
        w.WriteStartObject();
        w.WriteString("conversationId", state.ConversationId.ToString("D"));
        w.WriteString("at", Instant(at));
        w.WriteString("instrument", Code(state.Instrument));
        w.WriteString("state", Code(state.State));
        w.WriteNumber("messages", state.Messages.Count);
        w.WriteStartArray("measures");
        foreach (var m in state.Measures)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            w.WriteString("state", Code(m.State));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("parties");
        foreach (var p in state.Parties)
        {
            w.WriteStartObject();
            w.WriteString("authorityId", p.AuthorityId);
            w.WriteString("role", Code(p.Role));
            w.WriteString("side", Code(p.Side));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("deadlines");
        foreach (var d in state.Deadlines)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("kind", Code(d.Kind));
            w.WriteString("dueAt", Instant(d.DueAt));
            w.WriteString("origin", Code(d.Origin));
            if (d.LegalSource is not null)
            {
                w.WriteString("legalSource", d.LegalSource);
            }

            w.WriteString("owner", Code(d.Owner));
            if (d.MeasureRefs is not null)
            {
                w.WriteStartArray("measureRefs");
                foreach (var r in d.MeasureRefs)
                {
                    w.WriteStringValue(r);
                }

                w.WriteEndArray();
            }

            w.WriteString("status", Code(d.Status));
            if (d.SuspendedAt is { } suspended)
            {
                w.WriteString("suspendedAt", Instant(suspended));
            }

            if (d.SettledBy is { } settled)
            {
                w.WriteString("settledBy", settled.ToString("D"));
            }

            if (d.Status == DeadlineStatus.Open)
            {
                w.WriteBoolean("overdue", d.IsOverdueAt(at));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("allowedNext");
        foreach (var a in state.AllowedNext)
        {
            w.WriteStartArray(Code(a.Side));
            foreach (var t in a.MessageTypes)
            {
                w.WriteStringValue(t.ToString());
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteStartArray("findings");
        foreach (var f in state.Findings)
        {
            w.WriteStartObject();
            w.WriteString("messageId", f.MessageId.ToString("D"));
            w.WriteString("messageType", f.MessageType.ToString());
            w.WriteString("stateMet", Code(f.StateMet));
            w.WriteString("code", f.Finding.Code);
            w.WriteString("pointer", f.Finding.Pointer);
            w.WriteString("severity", f.Finding.Severity == FindingSeverity.Error ? "ERROR" : "WARNING");
            w.WriteString("message", f.Finding.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var e in state.Events)
        {
            w.WriteStartObject();
            w.WriteString("messageId", e.MessageId.ToString("D"));
            w.WriteString("messageType", e.MessageType.ToString());
            w.WriteString("sender", Code(e.Sender));
            w.WriteString("createdAt", Instant(e.CreatedAt));
            w.WriteString("from", Code(e.From));
            w.WriteString("to", Code(e.To));
            w.WriteString("transition", e.TransitionId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The spelling of a code: the standard's JSON spelling for a code list of the model, UPPER_SNAKE_CASE of the name for the case enums.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The code.</returns>
    public static string Code<T>(T value) where T : struct, Enum
    {
        var spelled = CaseFold.Spelling(value);
        if (!string.Equals(spelled, value.ToString(), StringComparison.Ordinal))
        {
            return spelled;
        }

        var sb = new StringBuilder(spelled.Length + 8);
        for (var i = 0; i < spelled.Length; i++)
        {
            var c = spelled[i];
            if (char.IsUpper(c) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }

    private static string Instant(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
