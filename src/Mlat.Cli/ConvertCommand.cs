using System.CommandLine;
using System.Text.Json;
using Mlat.Sdk;
using Mlat.Sdk.Versioning;

namespace Mlat.Cli;

/// <summary>
/// <c>mlat convert &lt;envelope.json&gt; --to &lt;version&gt; --out &lt;file&gt; [--report &lt;file&gt;]</c> (specification §14.6,
/// §6.3). Exit 0 when converted (the output validates against the target), 1 when the input is invalid or conversion
/// would be lossy (nothing is written to <c>--out</c>), 2 for usage errors and unreadable input. The report, when asked
/// for, is written in both cases.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("envelope") { Description = "The message to convert." };
        var to = new Option<string>("--to") { Description = "Target version, for example 1.0.", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the converted message.", Required = true };
        var report = new Option<string?>("--report") { Description = "Where to write the conversion report (JSON): every parked, mapped or restored path." };
        var command = new Command("convert", "Convert a message to another version of the standard: up, or down with parking of what the target lacks (specification §11).") { input, to, output, report };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(to)!, parse.GetValue(output)!, parse.GetValue(report), stdout, stderr));
        return command;
    }

    internal static int Run(string inputPath, string toText, string outputPath, string? reportPath, TextWriter stdout, TextWriter stderr)
    {
        if (!MlatVersion.TryParse(toText, out var target) || !target.IsSupported)
        {
            stderr.WriteLine($"mlat: --to must be a supported version ({string.Join(", ", MlatVersion.Supported)}).");
            return ExitCodes.Usage;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(inputPath);
        }
        catch (Exception ex) when (CliJson.IsIo(ex))
        {
            stderr.WriteLine($"mlat: cannot read '{inputPath}': {CliJson.Describe(ex)} ({CliCodes.Unreadable})");
            return ExitCodes.Usage;
        }

        var result = MlatConverter.Default.Convert(bytes, target);
        try
        {
            if (result.Output is { } converted)
            {
                File.WriteAllBytes(outputPath, converted);
            }

            if (reportPath is not null)
            {
                File.WriteAllText(reportPath, CliJson.Build(w => WriteReport(w, inputPath, result), indented: true) + Environment.NewLine);
            }
        }
        catch (Exception ex) when (CliJson.IsIo(ex))
        {
            stderr.WriteLine($"mlat: cannot write the output: {CliJson.Describe(ex)} ({CliCodes.Unwritable})");
            return ExitCodes.Usage;
        }

        if (result.IsSuccess)
        {
            stdout.WriteLine($"{inputPath}: converted {result.From} -> {result.To}, {result.Changes.Count} change(s), written to {outputPath}");
        }
        else
        {
            stdout.WriteLine($"{inputPath}: NOT CONVERTED {result.From?.ToString() ?? "?"} -> {result.To}, {result.Findings.Count} finding(s)");
        }

        foreach (var c in result.Changes)
        {
            stdout.WriteLine($"  {CliJson.Snake(c.Kind),-20} {c.Step,-9} {CliText.Escape(c.Pointer)}{(c.Original is null ? string.Empty : $"  {CliText.Escape(c.Original)} -> {CliText.Escape(c.Fallback)}")}");
        }

        foreach (var f in result.Findings)
        {
            stdout.WriteLine($"  error   {CliText.Escape(f.Code),-32} {(f.Pointer.Length == 0 ? "(root)" : CliText.Escape(f.Pointer))}  {CliText.Escape(f.Message)}");
        }

        return result.IsSuccess ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static void WriteReport(Utf8JsonWriter w, string inputPath, ConversionResult result)
    {
        w.WriteStartObject();
        w.WriteString("file", inputPath);
        w.WriteBoolean("success", result.IsSuccess);
        CliJson.WriteOptional(w, "from", result.From?.ToString());
        w.WriteString("to", result.To.ToString());
        w.WriteStartArray("path");
        foreach (var v in result.Path)
        {
            w.WriteStringValue(v.ToString());
        }

        w.WriteEndArray();
        w.WriteStartArray("changes");
        foreach (var c in result.Changes)
        {
            w.WriteStartObject();
            w.WriteString("kind", CliJson.Snake(c.Kind));
            w.WriteString("step", c.Step);
            w.WriteString("pointer", c.Pointer);
            CliJson.WriteOptional(w, "extensionKey", c.ExtensionKey);
            CliJson.WriteOptional(w, "original", c.Original);
            CliJson.WriteOptional(w, "fallback", c.Fallback);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        CliJson.WriteFindings(w, result.Findings);
        w.WriteEndObject();
    }
}
