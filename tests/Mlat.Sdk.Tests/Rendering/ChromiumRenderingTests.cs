using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mlat.Cli;
using Mlat.Sdk.Rendering;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Tests.Rendering;

/// <summary>
/// A real browser prints the pages: Debian's headless Chromium renders them to PDF and PNG, and poppler's pdftotext
/// reads the PDF back — the text a reader gets on paper, not the HTML the SDK wrote.
/// </summary>
public sealed partial class ChromiumRenderingTests : IDisposable
{
    private const double A4Width = 595.3; // points

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("mlat-render-test-");

    public void Dispose() => _dir.Delete(recursive: true);

    [RequiresTheory(Requirement.Chromium, Requirement.PdfToText)]
    [InlineData(MlatRendererTests.FullEio, "fr")]
    [InlineData(MlatRendererTests.FullEio, "de")]
    [InlineData(MlatRendererTests.FullEpoc, "fr")]
    [InlineData(MlatRendererTests.FullEpoc, "de")]
    [InlineData("1.2/valid/AssistanceRequest/eio-1-2-additions.json", "de")]
    [InlineData("1.2/valid/ProductionOrder/full-emergency-epoc-traffic-content.json", "fr")]
    public void Printed_form_shows_its_sections_in_the_reader_language_and_every_value_of_the_sample(string sample, string language)
    {
        var message = RenderedPage.Load(sample);
        var html = MlatRenderer.Render(message, new RenderOptions { Language = language });
        var (pdfText, words, pages) = Print(html, "page");

        // Every section the page has, under its title in that language (official wording where the pack has it),
        // and the form's title.
        var pack = LabelPack.Get(language);
        var document = RenderedPage.Parse(html);
        var titles = document.QuerySelectorAll("main > section.sec > h2").Select(h => h.TextContent).ToList();
        Assert.True(titles.Count >= 6, $"only {titles.Count} sections");
        Assert.Contains(Squash(document.QuerySelector(".head .form")!.TextContent), pdfText, StringComparison.Ordinal);
        Assert.All(titles, t => Assert.Contains(Squash(t), pdfText, StringComparison.Ordinal));

        // Print CSS: the first section follows the page header on page 1, every other section starts a new page — its
        // title is the first text of a page, in the order of the form.
        Assert.Contains(Squash(titles[0]), pages[0], StringComparison.Ordinal);
        var sectionStarts = titles.Skip(1).Select(t => pages.FindIndex(page => page.StartsWith(Squash(t), StringComparison.Ordinal))).ToList();
        Assert.All(sectionStarts.Zip(titles.Skip(1)), s => Assert.True(s.First > 0, $"section \"{s.Second}\" does not start a page"));
        Assert.Equal(sectionStarts.Order(), sectionStarts);
        Assert.Equal(sectionStarts.Count, sectionStarts.Distinct().Count());
        if (document.QuerySelector(".head .form")!.TextContent == pack.Labels["form.eio-annex-a"].Text)
        {
            Assert.Contains(Squash(pack.Labels["section.eio-annex-a.B"].Text), pdfText, StringComparison.Ordinal);
            Assert.Contains(Squash(pack.Labels["section.eio-annex-a.K"].Text), pdfText, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(Squash(pack.Labels["section.epoc-annex-i.A"].Text), pdfText, StringComparison.Ordinal);
            Assert.Contains(Squash(pack.Labels["section.epoc-annex-i.B"].Text), pdfText, StringComparison.Ordinal);
        }

        // Every string and number of the message is on paper.
        using var tree = JsonDocument.Parse(MlatJson.SerializeToUtf8Bytes(message));
        foreach (var (pointer, value) in RenderedPage.Leaves(tree.RootElement))
        {
            if (value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                var expected = Squash(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
                Assert.True(pdfText.Contains(expected, StringComparison.Ordinal), $"the value at {pointer} is not in the PDF text");
            }
        }

        Assert.All(words, w => Assert.True(w.XMax <= A4Width, $"a word ends at {w.XMax} pt, beyond the page"));
    }

    [RequiresFact(Requirement.Chromium, Requirement.PdfToText)]
    public void Hostile_free_text_is_printed_literally_within_the_page_width()
    {
        var html = MlatRenderer.Render(MlatRendererTests.HostileEio(), new RenderOptions { Language = "fr" });
        var fields = RenderedPage.Parse(html).QuerySelectorAll(".et").Length;
        var (pdfText, words, _) = Print(html, "hostile");

        // The markup is text on paper; the control characters are visible code points.
        Assert.Contains(Squash("</div></section><script>alert(1)</script><img src=x onerror=alert(2)>"), pdfText, StringComparison.Ordinal);
        Assert.Contains("U+202Egnp.exeU+202C", pdfText, StringComparison.Ordinal);
        Assert.Contains("zeroU+200Bwidth", pdfText, StringComparison.Ordinal);
        Assert.Contains("U+FEFFbom", pdfText, StringComparison.Ordinal);

        // The 10 000-character word of every free-text field is printed whole (wrapped, not cut) ...
        Assert.True(fields >= 10, $"only {fields} free-text fields");
        Assert.True(pdfText.Count(c => c == 'W') >= fields * 10_000, "a long word was cut off");

        // ... and nothing runs past the right edge of the page.
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.True(w.XMax <= A4Width, $"a word ends at {w.XMax} pt, beyond the page"));
    }

    /// <summary>Prints the page to PDF and PNG; returns the PDF's text without whitespace, its words' boxes and the text of each page.</summary>
    private (string Text, IReadOnlyList<(double XMin, double XMax)> Words, List<string> Pages) Print(string html, string name)
    {
        var chromium = ChromiumPrinter.Find();
        Assert.NotNull(chromium);
        var htmlPath = Path.Combine(_dir.FullName, name + ".html");
        var pdfPath = Path.Combine(_dir.FullName, name + ".pdf");
        var pngPath = Path.Combine(_dir.FullName, name + ".png");
        File.WriteAllText(htmlPath, html, new UTF8Encoding(false));

        Assert.Null(ChromiumPrinter.PrintToPdf(chromium, htmlPath, pdfPath));
        Assert.Null(ChromiumPrinter.Screenshot(chromium, htmlPath, pngPath));
        var png = File.ReadAllBytes(pngPath);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        Assert.Equal(900, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));

        // -raw: content order, and a hyphen where a line broke stays (the default mode drops it).
        var raw = Run("pdftotext", "-raw", "-enc", "UTF-8", pdfPath, "-");
        var text = Squash(raw);
        var pages = raw.Split('\f').Select(Squash).ToList(); // pdftotext ends every page with a form feed
        var bbox = Run("pdftotext", "-bbox", "-enc", "UTF-8", pdfPath, "-");
        var words = WordBox().Matches(bbox)
            .Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            .ToList();
        return (text, words, pages);
    }

    internal static string Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish.");
        }

        Assert.True(process.ExitCode == 0, $"{file} exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    /// <summary>Text without any whitespace, in NFKC (so a ligature glyph reads as its letters): lines wrap anywhere.</summary>
    internal static string Squash(string text) =>
        WhiteSpace().Replace(text.Normalize(NormalizationForm.FormKC), string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"<word xMin=""([0-9.]+)"" yMin=""[0-9.]+"" xMax=""([0-9.]+)""")]
    private static partial Regex WordBox();
}
