using System.Diagnostics;

namespace Mlat.Cli;

/// <summary>
/// Prints a page to PDF (or a PNG screenshot) with a locally installed headless Chromium. Chromium runs with a fresh
/// profile in a temporary folder, without network services, sync, component updates or first-run pages, and is killed
/// (with its children) when it does not finish within the time-out.
/// </summary>
internal static class ChromiumPrinter
{
    /// <summary>How long one Chromium run may take before it is killed.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The Chromium executable on PATH (<c>chromium</c>, else <c>chromium-browser</c>), or null.</summary>
    public static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in new[] { "chromium", "chromium-browser" })
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Prints <paramref name="htmlPath"/> to <paramref name="pdfPath"/>; returns an error sentence or null.</summary>
    public static string? PrintToPdf(string chromium, string htmlPath, string pdfPath) =>
        Run(chromium, htmlPath, pdfPath, "--no-pdf-header-footer", $"--print-to-pdf={Path.GetFullPath(pdfPath)}");

    /// <summary>Takes a PNG screenshot of the page at an A4-like width; returns an error sentence or null.</summary>
    public static string? Screenshot(string chromium, string htmlPath, string pngPath, int width = 900, int height = 1270) =>
        Run(chromium, htmlPath, pngPath, "--hide-scrollbars", $"--window-size={width},{height}", $"--screenshot={Path.GetFullPath(pngPath)}");

    private static string? Run(string chromium, string htmlPath, string outputPath, params string[] output)
    {
        var profile = Directory.CreateTempSubdirectory("mlat-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-extensions", $"--user-data-dir={profile.FullName}",
            }.Concat(output))
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri);
            File.Delete(outputPath);
            using var process = Process.Start(start);
            if (process is null)
            {
                return "chromium could not be started";
            }

            // Drain both pipes so a chatty Chromium cannot block on a full buffer.
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return $"chromium did not finish within {Timeout.TotalSeconds:0} s and was stopped";
            }

            _ = stdout.Result;
            _ = stderr.Result;
            return process.ExitCode == 0 && File.Exists(outputPath) && new FileInfo(outputPath).Length > 0
                ? null
                : $"chromium exited with code {process.ExitCode} without writing the output";
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or UnauthorizedAccessException)
        {
            return $"chromium could not be run ({ex.GetType().Name})";
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A Chromium child still holding a file: the temporary folder is left for the system to clean.
            }
        }
    }
}
