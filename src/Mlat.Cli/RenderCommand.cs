using System.CommandLine;
using System.Text;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Rendering;
using Mlat.Sdk.Validation;

namespace Mlat.Cli;

/// <summary>
/// <c>mlat render &lt;file&gt; [--lang en|fr|de|es] [--trust &lt;trust-list.json&gt;] --out &lt;page.html|page.pdf&gt; [--pdf]</c>:
/// the message as a printable page in the reader's language. With <c>--trust</c> the envelope is verified first and the
/// page lists the verified signers; a message that does not verify is still rendered, with a warning on the page, and
/// the exit code is 1. <c>--pdf</c> prints the page through a locally installed headless Chromium. Exit 0 rendered,
/// 1 invalid message (findings on stderr) or not verified, 2 usage error, unreadable or unwritable file, no Chromium.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("file") { Description = "The message (signed or not)." };
        var lang = new Option<string>("--lang") { Description = $"The reader's language: {string.Join(", ", LabelPack.Available)}.", DefaultValueFactory = _ => "en" };
        var trust = new Option<string?>("--trust") { Description = "A trust list: verify the signatures and show the verified signers." };
        var output = new Option<string>("--out") { Description = "The page to write (HTML, or PDF with --pdf).", Required = true };
        var pdf = new Option<bool>("--pdf") { Description = "Print to PDF with a locally installed Chromium (chromium on PATH)." };
        var command = new Command("render", "Render a message as a printable page (HTML or PDF) in the reader's language.") { input, lang, trust, output, pdf };
        command.SetAction(parse => Run(
            parse.GetValue(input)!,
            parse.GetValue(lang)!,
            parse.GetValue(trust),
            parse.GetValue(output)!,
            parse.GetValue(pdf),
            stdout,
            stderr,
            ChromiumPrinter.Find));
        return command;
    }

    internal static int Run(string inputPath, string language, string? trustPath, string outputPath, bool pdf, TextWriter stdout, TextWriter stderr, Func<string?> findChromium)
    {
        if (!LabelPack.TryGet(language, out _))
        {
            stderr.WriteLine($"mlat: no label pack for language '{language}'; available: {string.Join(", ", LabelPack.Available)}.");
            return ExitCodes.Usage;
        }

        // Look for Chromium before any work, so a missing one is a clear usage error and not a half-done run.
        string? chromium = null;
        if (pdf && (chromium = findChromium()) is null)
        {
            stderr.WriteLine("mlat: --pdf needs Chromium, which is not installed (Debian: apt-get install chromium); render to HTML without --pdf instead.");
            return ExitCodes.Usage;
        }

        if (!CliFiles.TryReadBytes(inputPath, stderr, out var bytes))
        {
            return ExitCodes.Usage;
        }

        VerificationResult? verification = null;
        if (trustPath is not null)
        {
            if (!CliFiles.TryReadBytes(trustPath, stderr, out var trustBytes))
            {
                return ExitCodes.Usage;
            }

            var trustList = TrustList.Read(trustBytes);
            if (trustList.TrustList is null)
            {
                stderr.WriteLine($"mlat: '{trustPath}' is not a usable trust list ({CliCodes.BadTrustList}):");
                CliFiles.WriteFindingsText(stderr, trustList.Findings);
                return ExitCodes.Usage;
            }

            verification = new EnvelopeVerifier(trustList.TrustList, VerificationPolicy.Default).Verify(bytes);
            if (!verification.IsSuccess)
            {
                stderr.WriteLine($"mlat: {inputPath}: NOT VERIFIED; the page says so.");
                CliFiles.WriteFindingsText(stderr, verification.Findings);
            }
        }

        var report = MlatValidator.Default.Validate(bytes);
        if (!report.IsSuccess)
        {
            stderr.WriteLine($"mlat: {inputPath}: INVALID, not rendered");
            CliFiles.WriteFindingsText(stderr, report.Findings);
            return ExitCodes.Failed;
        }

        var html = MlatRenderer.Render(report.Message!, new RenderOptions { Language = language, Verification = verification });
        var exit = verification is { IsSuccess: false } ? ExitCodes.Failed : ExitCodes.Success;
        if (!pdf)
        {
            if (!CliFiles.TryWrite(outputPath, Encoding.UTF8.GetBytes(html), stderr))
            {
                return ExitCodes.Usage;
            }

            stdout.WriteLine($"{inputPath}: rendered ({language}) to {outputPath}");
            return exit;
        }

        var folder = Directory.CreateTempSubdirectory("mlat-render-");
        try
        {
            var htmlPath = Path.Combine(folder.FullName, "page.html");
            File.WriteAllText(htmlPath, html, new UTF8Encoding(false));
            var error = ChromiumPrinter.PrintToPdf(chromium!, htmlPath, outputPath);
            if (error is not null)
            {
                stderr.WriteLine($"mlat: cannot print '{outputPath}': {error}.");
                return ExitCodes.Usage;
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        stdout.WriteLine($"{inputPath}: printed ({language}) to {outputPath}");
        return exit;
    }
}
