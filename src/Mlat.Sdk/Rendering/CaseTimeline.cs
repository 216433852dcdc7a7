using System.Text;
using Mlat.Sdk.Cases;

namespace Mlat.Sdk.Rendering;

/// <summary>
/// Renders a case (<see cref="CaseState"/>) as a self-contained HTML5 page: its messages in canonical order (time, type,
/// sender, the state the request was in after each, or the <c>MLAT-FLOW-*</c> code of one that did not fit), its
/// measures, its deadlines (due, origin, legal source, who acts, and at the given instant whether overdue or how much
/// time is left), the messages each side may send next and the findings. Message types, deadline kinds and origins
/// are labelled in the reader's language (the label packs of <see cref="MlatRenderer"/>), with their codes beside them;
/// the page's own headings are in English. As for <see cref="MlatRenderer"/>: every value is HTML-escaped, invisible and
/// direction-controlling characters are shown as code points, the page has inline CSS only, a Content-Security-Policy
/// that forbids any other resource, no script and no external reference.
/// </summary>
public static class CaseTimeline
{
    private const string Css = """
main > .sec + .sec { break-before: auto; page-break-before: auto; }
table.tl { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8.5pt; margin-bottom: 12px; }
table.tl th, table.tl td { border: 1px solid #c5cdd9; padding: 2px 4px; text-align: start; vertical-align: top; }
table.tl th { background: #e8ecf2; }
.overdue { color: #9b1c1c; font-weight: bold; }
.code { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; color: #3b4656; }
""";

    /// <summary>Renders the page; throws <see cref="ArgumentException"/> when no label pack exists for the language.</summary>
    /// <param name="state">The case.</param>
    /// <param name="at">The instant that decides what is overdue and how much time is left.</param>
    /// <param name="options">The reader's language (<see cref="RenderOptions.Language"/>); the verification is not used.</param>
    /// <returns>The HTML5 page.</returns>
    public static string Render(CaseState state, DateTimeOffset at, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var pack = LabelPack.Get((options ?? new RenderOptions()).Language);
        LabelPack.TryGet("en", out var english);
        var page = new Page(pack, english);
        page.Write(state, at);
        return page.ToString();
    }

    private sealed class Page(LabelPack pack, LabelPack? english)
    {
        private readonly StringBuilder html = new(16 * 1024);

        public override string ToString() => html.ToString();

        public void Write(CaseState state, DateTimeOffset at)
        {
            var title = "Case timeline \u2014 " + state.ConversationId.ToString("D");
            html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Escape(pack.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
            Text(title);
            html.Append("</title>\n<style>").Append(PageStyle.Css).Append(Css).Append("</style>\n</head>\n<body>\n<header class=\"head\">\n<h1>");
            Text(title);
            html.Append("</h1>\n<section class=\"meta\" id=\"summary\">\n");
            Field("Instrument", CaseStateJson.Code(state.Instrument));
            Field("State", CaseStateJson.Code(state.State));
            Field("Messages", state.Messages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Field("Deadlines at", CaseText.Instant(at));
            html.Append("</section>\n</header>\n<main>\n");
            WriteMessages(state);
            WriteMeasures(state);
            WriteDeadlines(state, at);
            WriteNext(state);
            WriteFindings(state);
            html.Append("</main>\n</body>\n</html>\n");
        }

        private void WriteMessages(CaseState state)
        {
            Open("messages", "Messages", "#", "Created (UTC)", "Message", "Sender", "State after");
            var events = state.Events.ToDictionary(e => e.MessageId);
            var findings = state.Findings.ToLookup(f => f.MessageId);
            var n = 0;
            foreach (var m in state.Messages)
            {
                html.Append("<tr><td>").Append(++n).Append("</td><td>");
                Text(CaseText.Instant(m.Header.CreatedAt));
                html.Append("</td><td>");
                Labelled("Header.messageType", m.Header.MessageType.ToString());
                html.Append("</td><td>");
                Text(m.Header.Sender.AuthorityId);
                if (events.TryGetValue(m.Header.MessageId, out var e))
                {
                    html.Append(" <span class=\"code\">");
                    Text(CaseStateJson.Code(e.Sender));
                    html.Append("</span></td><td>");
                    Text(CaseStateJson.Code(e.To));
                    html.Append(" <span class=\"code\">");
                    Text(e.TransitionId);
                    html.Append("</span>");
                }
                else
                {
                    html.Append("</td><td class=\"overdue\">not applied");
                }

                foreach (var f in findings[m.Header.MessageId])
                {
                    html.Append("<br><span class=\"code\">");
                    Text(f.Finding.Code);
                    html.Append("</span>");
                }

                html.Append("</td></tr>\n");
            }

            Close();
        }

        private void WriteMeasures(CaseState state)
        {
            if (state.Measures.Count == 0)
            {
                return;
            }

            Open("measures", "Measures", "Measure", "State");
            foreach (var m in state.Measures)
            {
                html.Append("<tr><td>");
                Text(m.Id);
                html.Append("</td><td>");
                Text(CaseStateJson.Code(m.State));
                html.Append("</td></tr>\n");
            }

            Close();
        }

        private void WriteDeadlines(CaseState state, DateTimeOffset at)
        {
            Open("deadlines", "Deadlines at " + CaseText.Instant(at), "Deadline", "Kind", "Due (UTC)", "Origin and legal source", "Who acts", "At " + CaseText.Instant(at));
            foreach (var d in state.Deadlines)
            {
                html.Append("<tr><td>");
                Text(d.Id);
                if (d.MeasureRefs is { Count: > 0 } refs)
                {
                    html.Append("<br><span class=\"code\">");
                    Text(string.Join(", ", refs));
                    html.Append("</span>");
                }

                html.Append("</td><td>");
                Labelled("DeadlineKind", CaseStateJson.Code(d.Kind));
                html.Append("</td><td>");
                Text(CaseText.Instant(d.DueAt));
                html.Append("</td><td>");
                Labelled("DeadlineOrigin", CaseStateJson.Code(d.Origin));
                if (d.LegalSource is not null)
                {
                    html.Append("<br>");
                    Text(d.LegalSource);
                }

                html.Append("</td><td>");
                Text(CaseStateJson.Code(d.Owner));
                html.Append(d.IsOverdueAt(at) ? "</td><td class=\"overdue\">" : "</td><td>");
                Text(CaseText.Standing(d, at));
                html.Append("</td></tr>\n");
            }

            Close();
        }

        private void WriteNext(CaseState state)
        {
            Open("next", "Who may send what next", "Side", "Message types");
            foreach (var a in state.AllowedNext)
            {
                html.Append("<tr><td>");
                Text(CaseStateJson.Code(a.Side));
                html.Append("</td><td>");
                Text(string.Join(", ", a.MessageTypes));
                html.Append("</td></tr>\n");
            }

            Close();
        }

        private void WriteFindings(CaseState state)
        {
            if (state.Findings.Count == 0)
            {
                return;
            }

            Open("findings", "Findings", "Severity", "Code", "Pointer", "Message", "State met");
            foreach (var f in state.Findings)
            {
                html.Append("<tr><td>").Append(f.Finding.Severity == FindingSeverity.Error ? "error" : "warning").Append("</td><td>");
                Text(f.Finding.Code);
                html.Append("</td><td>");
                Text(f.Finding.Pointer);
                html.Append("</td><td>");
                Text(f.MessageType.ToString());
                html.Append(" <span class=\"code\">").Append(f.MessageId.ToString("D")).Append("</span></td><td>");
                Text(CaseStateJson.Code(f.StateMet));
                html.Append("</td></tr>\n");
            }

            Close();
        }

        private void Field(string key, string value)
        {
            html.Append("<div class=\"f\"><div class=\"k\">");
            Text(key);
            html.Append("</div><div class=\"v\">");
            Text(value);
            html.Append("</div></div>\n");
        }

        private void Labelled(string list, string code)
        {
            var key = LabelKeys.Code(list, code);
            var label = pack.Text(key) ?? english?.Text(key);
            if (label is not null && label != code)
            {
                Text(label);
                html.Append("<br>");
            }

            html.Append("<span class=\"code\">");
            Text(code);
            html.Append("</span>");
        }

        private void Open(string id, string heading, params string[] columns)
        {
            html.Append("<section class=\"sec\" id=\"").Append(id).Append("\"><h2>");
            Text(heading);
            html.Append("</h2>\n<table class=\"tl\"><thead><tr>");
            foreach (var c in columns)
            {
                html.Append("<th>");
                Text(c);
                html.Append("</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
        }

        private void Close() => html.Append("</tbody></table></section>\n");

        private void Text(string value) => HtmlText.Append(html, value, markControls: true);

        private static string Escape(string value)
        {
            var sb = new StringBuilder(value.Length);
            HtmlText.Append(sb, value, markControls: false);
            return sb.ToString();
        }
    }
}
