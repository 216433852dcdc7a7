using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Mlat.Sdk;
using Mlat.Sdk.Cases;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Rendering;
using Mlat.Sdk.Validation;

namespace Mlat.Cli;

/// <summary>
/// <c>mlat case status &lt;file-or-folder&gt;... [--at INSTANT] [--format text|json]</c>: the state of each conversation found;
/// <c>mlat case timeline &lt;folder&gt; --out page.html [--at INSTANT] [--lang en|fr|de|es]</c>: one case as a page (docs/cases.md).
/// </summary>
internal static class CaseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider? time = null)
    {
        var inputs = new Argument<string[]>("file-or-folder") { Arity = ArgumentArity.OneOrMore, Description = "Message files, or folders whose *.json files are read (files without a message header are skipped)." };
        var at = new Option<string?>("--at") { Description = "The instant that decides what is overdue, RFC 3339 (for example 2027-04-15T00:00:00Z); default: now." };
        var format = new Option<string>("--format") { Description = "Output format: text or json (one JSON object per conversation).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var status = new Command("status", "Fold the messages of each conversation: state of the request and its measures, deadlines (due, remaining or overdue), the messages each side may send next, MLAT-FLOW findings.")
        {
            inputs, at, format,
        };
        status.SetAction(parse => Status(parse.GetValue(inputs)!, parse.GetValue(at), parse.GetValue(format) == "json", stdout, stderr, time ?? TimeProvider.System));

        var timelineInputs = new Argument<string[]>("folder") { Arity = ArgumentArity.OneOrMore, Description = "The folder (or message files) of one conversation." };
        var timelineAt = new Option<string?>("--at") { Description = "The instant that decides what is overdue, RFC 3339; default: now." };
        var output = new Option<string>("--out") { Description = "The HTML page to write.", Required = true };
        var lang = new Option<string>("--lang") { Description = $"The reader's language for message types and deadline kinds: {string.Join(", ", LabelPack.Available)}.", DefaultValueFactory = _ => "en" };
        var timeline = new Command("timeline", "Write a self-contained HTML page of one case: its messages in order with the state after each, its deadlines (due, source, overdue or remaining), what may come next, findings.")
        {
            timelineInputs, output, timelineAt, lang,
        };
        timeline.SetAction(parse => Timeline(parse.GetValue(timelineInputs)!, parse.GetValue(output)!, parse.GetValue(timelineAt), parse.GetValue(lang)!, stdout, stderr, time ?? TimeProvider.System));
        return new Command("case", "Cases folded from their messages (docs/cases.md).") { status, timeline };
    }

    internal static int Status(IReadOnlyList<string> inputs, string? atText, bool json, TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        var at = time.GetUtcNow();
        if (atText is not null && !TryInstant(atText, out at))
        {
            stderr.WriteLine($"mlat: --at is not an RFC 3339 instant with an offset ({CliCodes.BadInstant})");
            return ExitCodes.Usage;
        }

        var exit = ExitCodes.Success;
        var messages = ReadMessages(inputs, stderr, ref exit);
        foreach (var state in CaseState.FoldConversations(messages))
        {
            if (json)
            {
                stdout.WriteLine(CaseStateJson.ToJson(state, at));
            }
            else
            {
                WriteText(stdout, state, at);
            }

            if (state.Findings.Any(f => f.Finding.Severity == FindingSeverity.Error))
            {
                exit = Math.Max(exit, ExitCodes.Failed);
            }
        }

        return exit;
    }

    /// <summary>
    /// <c>mlat case timeline &lt;folder&gt; --out page.html</c>: the one conversation of the folder as a self-contained page
    /// (<see cref="CaseTimeline"/>). Exit 0 written, 1 with an error finding of the case or an invalid message file, 2 usage
    /// (no conversation or more than one, unreadable input, unwritable output, bad --at or --lang).
    /// </summary>
    internal static int Timeline(IReadOnlyList<string> inputs, string outputPath, string? atText, string language, TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        var at = time.GetUtcNow();
        if (atText is not null && !TryInstant(atText, out at))
        {
            stderr.WriteLine($"mlat: --at is not an RFC 3339 instant with an offset ({CliCodes.BadInstant})");
            return ExitCodes.Usage;
        }

        if (!LabelPack.TryGet(language, out _))
        {
            stderr.WriteLine($"mlat: no label pack for language '{language}'; available: {string.Join(", ", LabelPack.Available)}.");
            return ExitCodes.Usage;
        }

        var exit = ExitCodes.Success;
        var messages = ReadMessages(inputs, stderr, ref exit);
        var cases = CaseState.FoldConversations(messages);
        if (cases.Count != 1)
        {
            stderr.WriteLine($"mlat: a timeline shows one conversation; the input holds {cases.Count} (give the files or the folder of one).");
            return ExitCodes.Usage;
        }

        var state = cases[0];
        if (!CliFiles.TryWrite(outputPath, Encoding.UTF8.GetBytes(CaseTimeline.Render(state, at, new RenderOptions { Language = language })), stderr))
        {
            return ExitCodes.Usage;
        }

        stdout.WriteLine($"conversation {state.ConversationId:D}: {state.Messages.Count} message(s), {state.Deadlines.Count} deadline(s) -> {outputPath}");
        return state.Findings.Any(f => f.Finding.Severity == FindingSeverity.Error) ? ExitCodes.Failed : exit;
    }

    private static List<MlatMessage> ReadMessages(IReadOnlyList<string> inputs, TextWriter stderr, ref int exit)
    {
        var messages = new List<MlatMessage>();
        foreach (var (path, named) in Expand(inputs, stderr, ref exit))
        {
            ValidationReport report;
            try
            {
                report = MlatValidator.Default.Validate(File.ReadAllBytes(path));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"mlat: cannot read '{path}' ({CliCodes.Unreadable})");
                exit = ExitCodes.Usage;
                continue;
            }

            if (report.Message is { } m)
            {
                messages.Add(m);
                continue;
            }

            // In a folder, a JSON file that is not a message at all (an expected.json, a manifest) is not an error.
            if (!named && report.Findings.Any(f => f.Code is FindingCodes.VersionMissing or FindingCodes.JsonRootNotObject))
            {
                continue;
            }

            stderr.WriteLine($"mlat: '{path}' is not a valid message and is not folded:");
            foreach (var f in report.Findings.Where(f => f.Severity == FindingSeverity.Error))
            {
                stderr.WriteLine($"  error   {CliText.Escape(f.Code),-32} {(f.Pointer.Length == 0 ? "(root)" : CliText.Escape(f.Pointer))}");
            }

            exit = Math.Max(exit, ExitCodes.Failed);
        }

        return messages;
    }

    private static bool TryInstant(string text, out DateTimeOffset at)
    {
        // An instant needs its offset: a local time would be read differently on every machine.
        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at)
            && (text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal));
        return ok && text.Contains('T', StringComparison.OrdinalIgnoreCase);
    }

    private static List<(string Path, bool Named)> Expand(IReadOnlyList<string> inputs, TextWriter stderr, ref int exit)
    {
        var files = new List<(string, bool)>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (f, false)));
            }
            else if (File.Exists(input))
            {
                files.Add((input, true));
            }
            else
            {
                stderr.WriteLine($"mlat: cannot read '{input}': no such file or folder ({CliCodes.Unreadable})");
                exit = ExitCodes.Usage;
            }
        }

        return files;
    }

    internal static void WriteText(TextWriter stdout, CaseState state, DateTimeOffset at)
    {
        stdout.WriteLine($"conversation {state.ConversationId:D}: {CaseStateJson.Code(state.Instrument)}, {CaseStateJson.Code(state.State)} ({state.Messages.Count} message(s))");
        if (state.Measures.Count > 0)
        {
            stdout.WriteLine("  measures: " + string.Join(", ", state.Measures.Select(m => $"{CliText.Escape(m.Id)} {CaseStateJson.Code(m.State)}")));
        }

        foreach (var p in state.Parties)
        {
            stdout.WriteLine($"  party    {CliText.Escape(p.AuthorityId)} {CaseStateJson.Code(p.Role)} ({CaseStateJson.Code(p.Side)})");
        }

        stdout.WriteLine($"  deadlines at {Instant(at)}:");
        foreach (var d in state.Deadlines)
        {
            var how = CaseText.Standing(d, at);
            var source = d.LegalSource is null ? CaseStateJson.Code(d.Origin) : $"{CaseStateJson.Code(d.Origin)} {d.LegalSource}";
            stdout.WriteLine($"    {CliText.Escape(d.Id),-34} {CaseStateJson.Code(d.Kind),-26} due {Instant(d.DueAt)}  {how}  [{source}; {CaseStateJson.Code(d.Owner)} acts]");
        }

        foreach (var a in state.AllowedNext)
        {
            stdout.WriteLine($"  next ({CaseStateJson.Code(a.Side)}): " + string.Join(", ", a.MessageTypes));
        }

        foreach (var f in state.Findings)
        {
            var severity = f.Finding.Severity == FindingSeverity.Error ? "error" : "warning";
            stdout.WriteLine($"  {severity,-7} {f.Finding.Code,-32} {f.Finding.Pointer}  {f.MessageType} {f.MessageId:D} met {CaseStateJson.Code(f.StateMet)}");
        }
    }

    private static string Instant(DateTimeOffset t) => CaseText.Instant(t);
}
