using AngleSharp.Html.Dom;
using Mlat.Cli;
using Mlat.Sdk.Cases;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Rendering;
using Mlat.Sdk.Tests.Cli;
using Mlat.Sdk.Tests.Rendering;

namespace Mlat.Sdk.Tests.Cases;

/// <summary>
/// The timeline page of a case: strict HTML5, self-contained, one row per message and per deadline with the standing
/// at the given instant; hostile text stays text; the demo's page, printed by a real Chromium, reads as the case.
/// </summary>
public sealed class CaseTimelineTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 3, 15, 10, 30, 0, TimeSpan.Zero);

    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("mlat-timeline-");

    public static TheoryData<string> Names() => [.. CaseCorpus.Names];

    public void Dispose() => dir.Delete(recursive: true);

    [Theory]
    [MemberData(nameof(Names))]
    public void Timeline_of_every_corpus_case_is_strict_html_with_a_row_per_message_and_deadline(string name)
    {
        var messages = CaseCorpus.Load(name).Select(m => m.Message).ToList();
        var state = CaseState.Start(messages[0].Header.ConversationId).ApplyAll(messages);
        var at = state.Deadlines.Count > 0 ? state.Deadlines[0].DueAt.AddHours(1) : Now;

        var document = RenderedPage.Parse(CaseTimeline.Render(state, at, new RenderOptions { Language = "fr" }));

        AssertSelfContained(document);
        var rows = document.QuerySelectorAll("#messages tbody tr");
        Assert.Equal(state.Messages.Count, rows.Length);
        Assert.Equal(state.Messages.Select(m => m.Header.MessageType.ToString()), rows.Select(r => r.Children[2].QuerySelector(".code")!.TextContent));
        var applied = state.Events.ToDictionary(e => e.MessageId);
        Assert.All(state.Messages.Zip(rows), p => Assert.StartsWith(
            applied.TryGetValue(p.First.Header.MessageId, out var e) ? CaseStateJson.Code(e.To) : "not applied",
            p.Second.Children[4].TextContent, StringComparison.Ordinal));
        var deadlines = document.QuerySelectorAll("#deadlines tbody tr");
        Assert.Equal(state.Deadlines.Select(d => d.Id), deadlines.Select(r => r.Children[0].FirstChild!.TextContent));
        Assert.Equal(state.OverdueAt(at).Count, document.QuerySelectorAll("#deadlines td.overdue").Length);
        Assert.All(state.Deadlines.Where(d => d.LegalSource is not null).Zip(deadlines.Where((_, i) => state.Deadlines[i].LegalSource is not null)),
            p => Assert.Contains(p.First.LegalSource!, p.Second.Children[3].TextContent, StringComparison.Ordinal));
        Assert.Equal(state.Findings.Count, document.QuerySelectorAll("#findings tbody tr").Length);
    }

    [Fact]
    public void Timeline_labels_message_types_in_the_reader_language()
    {
        var messages = CaseCorpus.Load("eio-withdrawn").Select(m => m.Message).ToList();
        var state = CaseState.Start(messages[0].Header.ConversationId).ApplyAll(messages);

        var de = RenderedPage.Parse(CaseTimeline.Render(state, Now, new RenderOptions { Language = "de" }));

        var label = LabelPack.Get("de").Labels["code.Header.messageType.AssistanceRequest"].Text;
        Assert.StartsWith(label, de.QuerySelector("#messages tbody tr")!.Children[2].TextContent, StringComparison.Ordinal);
        Assert.Equal("de", de.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Hostile_ids_and_authority_names_are_text_on_the_page_and_controls_are_visible()
    {
        const string Markup = "</td></tr></table><script>alert(1)</script><img src=x onerror=alert(2)>";
        var messages = CaseCorpus.Load("eio-partial-execution-postponement").Select(m => m.Message).ToList();
        var request = messages[0];
        var body = (AssistanceRequest)request.Body;
        var hostile = request with
        {
            Header = request.Header with { Sender = request.Header.Sender with { AuthorityId = "DE:" + Markup } },
            Body = body with { Measures = [.. body.Measures.Select((m, i) => i == 0 ? m with { Id = "m\u202Egnp.exe\u202C" + Markup } : m)] },
        };
        var state = CaseState.Start(request.Header.ConversationId).ApplyAll([hostile, .. messages.Skip(1)]);

        var html = CaseTimeline.Render(state, Now);
        var document = RenderedPage.Parse(html);

        AssertSelfContained(document);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("DE:" + Markup, document.QuerySelector("#messages tbody tr")!.Children[3].TextContent, StringComparison.Ordinal);
        Assert.Equal("mU+202Egnp.exeU+202C" + Markup, document.QuerySelector("#measures tbody tr")!.Children[0].TextContent);
        Assert.DoesNotContain('\u202E', document.Body!.TextContent);
    }

    [Fact]
    public void Cli_timeline_writes_the_page_of_one_case_and_refuses_a_folder_of_several()
    {
        var out1 = Path.Combine(dir.FullName, "one.html");
        var withError = Path.Combine(dir.FullName, "error.html");
        var one = CliRunner.Run("case", "timeline", Path.Combine(CaseCorpus.Root, "epoc-pr-extension"), "--out", out1, "--at", "2027-01-01T00:00:00Z");
        var flowError = CliRunner.Run("case", "timeline", Path.Combine(CaseCorpus.Root, "eio-withdrawn"), "--out", withError);
        var several = CliRunner.Run("case", "timeline", CaseCorpus.Root, "--out", Path.Combine(dir.FullName, "all.html"));
        var badLanguage = CliRunner.Run("case", "timeline", Path.Combine(CaseCorpus.Root, "eio-withdrawn"), "--out", out1, "--lang", "xx");

        Assert.Equal(0, one.Exit);
        Assert.Contains("Deadlines at 2027-01-01T00:00:00Z", RenderedPage.Parse(File.ReadAllText(out1)).QuerySelector("#deadlines h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, flowError.Exit); // the page is written, and the exit code says the case has an error finding
        Assert.Contains(FindingCodes.FlowAfterWithdrawal, RenderedPage.Parse(File.ReadAllText(withError)).QuerySelector("#findings")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, several.Exit);
        Assert.False(File.Exists(Path.Combine(dir.FullName, "all.html")));
        Assert.Equal(2, badLanguage.Exit);
    }

    [RequiresFact(Requirement.Chromium, Requirement.PdfToText)]
    public void Demo_timeline_printed_by_chromium_reads_as_the_demo_case()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(0, DemoCommand.Run(dir.FullName, new FixedTime(Now), stdout, stderr));
        var conversation = Assert.Single(Directory.GetDirectories(Path.Combine(dir.FullName, "cases")));
        var htmlPath = Path.Combine(dir.FullName, "timeline.html");
        Assert.Equal(0, CliRunner.Run("case", "timeline", conversation, "--out", htmlPath, "--at", "2027-03-15T10:30:00Z").Exit);
        var pdfPath = Path.Combine(dir.FullName, "timeline.pdf");

        var chromium = ChromiumPrinter.Find();
        Assert.NotNull(chromium);
        Assert.Null(ChromiumPrinter.PrintToPdf(chromium, htmlPath, pdfPath));
        var text = ChromiumRenderingTests.Squash(ChromiumRenderingTests.Run("pdftotext", "-raw", "-enc", "UTF-8", pdfPath, "-"));

        // What a reader sees on paper: the four messages in order with the state after each, the EIO deadlines with
        // their legal sources and standing at the instant given, and who may send what next.
        string[] inOrder = ["AssistanceRequest", "ISSUED", "AcknowledgementOfReceipt", "RECEIVED", "RecognitionDecision", "RECOGNISED", "EvidenceTransmission", "IN_EXECUTION"];
        var at = text.IndexOf("Messages#", StringComparison.Ordinal);
        Assert.True(at >= 0, "no messages table");
        foreach (var s in inOrder)
        {
            at = text.IndexOf(s, at, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{s} is not on paper in its place");
        }

        Assert.Contains("Casetimeline", text, StringComparison.Ordinal);
        Assert.Contains("DE:StA-Muenchen-I", text, StringComparison.Ordinal);
        Assert.Contains("FR:TJ-Paris-Parquet", text, StringComparison.Ordinal);
        Assert.Contains("EIOart.12(4)", text, StringComparison.Ordinal);
        Assert.Contains("EIOart.16(1)", text, StringComparison.Ordinal);
        Assert.Contains("left", text, StringComparison.Ordinal);
        Assert.Contains("MET", text, StringComparison.Ordinal);
        Assert.Contains("Whomaysendwhatnext", text, StringComparison.Ordinal);
    }

    private static void AssertSelfContained(IHtmlDocument document)
    {
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'", document.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));
        Assert.Empty(document.QuerySelectorAll("script, img, link, iframe, object, embed, base, form"));
        Assert.DoesNotContain(document.All, e => e.HasAttribute("src") || e.HasAttribute("href") || e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
