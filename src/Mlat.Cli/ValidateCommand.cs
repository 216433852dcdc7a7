using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mlat.Sdk;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Validation.Rules;

namespace Mlat.Cli;

/// <summary><c>mlat validate &lt;file&gt;... [--format text|json] [--profile P] [--request FILE]</c> (specification §14.6, §13).</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("file") { Arity = ArgumentArity.OneOrMore, Description = "Message files to validate." };
        var format = new Option<string>("--format") { Description = "Output format: text or json (one JSON object per file).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var profile = new Option<string?>("--profile")
        {
            Description = "Force the profile whose business rules run (" + string.Join(", ", MlatJson.WireNames<Profile>()) + "); default: the request's own, none for replies.",
        };
        profile.AcceptOnlyFromAmong([.. MlatJson.WireNames<Profile>()]);
        var request = new Option<string?>("--request")
        {
            Description = "The request the messages belong to: each reply is checked in its context (the request's profile, measure references, conversation), as MlatValidator.Validate(bytes, request) does. The request must itself be valid.",
        };
        var recipient = new Option<string?>("--recipient") { Description = "The recipient's capabilities document with its country profile: each request is also checked against its requirements (MLAT-REQ-*, specification §10.7), as MlatValidator.Validate(bytes, recipient) does." };
        var recipientTrust = new Option<string?>("--recipient-trust") { Description = "A trust list the --recipient document's signatures must verify against (specification §10.3)." };
        var command = new Command("validate", "Validate messages: strict JSON, schema of their version and type, business rules.") { files, format, profile, request, recipient, recipientTrust };
        command.SetAction(parse => Run(
            parse.GetValue(files)!,
            parse.GetValue(format) == "json",
            stdout,
            stderr,
            parse.GetValue(profile) is { } name && MlatJson.TryParseWireName<Profile>(name, out var forced) ? forced : null,
            parse.GetValue(request),
            parse.GetValue(recipient),
            parse.GetValue(recipientTrust)));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, bool json, TextWriter stdout, TextWriter stderr, Profile? profile = null, string? requestPath = null, string? recipientPath = null, string? recipientTrustPath = null)
    {
        var validator = profile is null ? MlatValidator.Default : new MlatValidator(new MlatValidatorOptions { Profile = profile });
        Mlat.Sdk.CountryProfiles.CountryProfile? recipient = null;
        if (recipientPath is not null && (requestPath is not null || !CliProfiles.TryLoadRecipient(recipientPath, recipientTrustPath, stderr, out recipient)))
        {
            if (requestPath is not null)
            {
                stderr.WriteLine("mlat: --recipient checks requests and --request gives replies their context: use one of them.");
            }

            return ExitCodes.Usage;
        }

        MlatMessage? request = null;
        if (requestPath is not null)
        {
            ValidationReport context;
            try
            {
                context = MlatValidator.Default.Validate(File.ReadAllBytes(requestPath));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"mlat: cannot read '{requestPath}': {Describe(ex)} ({CliCodes.Unreadable})");
                return ExitCodes.Usage;
            }

            if (context.Message is not { } valid)
            {
                // The context must be a valid message: a reply checked against a broken request proves nothing.
                stderr.WriteLine($"mlat: the request '{requestPath}' is not a valid message and cannot give the context ({CliCodes.BadRequest}):");
                foreach (var f in context.Findings.Where(f => f.Severity == FindingSeverity.Error))
                {
                    stderr.WriteLine($"  error   {f.Code,-32} {(f.Pointer.Length == 0 ? "(root)" : f.Pointer)}  {f.Message}");
                }

                return ExitCodes.Usage;
            }

            if (!RuleSet.IsContext(valid))
            {
                stderr.WriteLine($"mlat: '{requestPath}' is a {valid.Header.MessageType}, not a request or order (AssistanceRequest, ProductionOrder, PreservationOrder), and cannot give the context ({CliCodes.BadRequest})");
                return ExitCodes.Usage;
            }

            request = valid;
        }

        var exit = ExitCodes.Success;
        foreach (var path in paths)
        {
            ValidationReport report;
            try
            {
                if (recipient is not null)
                {
                    report = validator.Validate(File.ReadAllBytes(path), recipient);
                }
                else if (request is null)
                {
                    using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
                    report = validator.Validate(stream);
                }
                else
                {
                    report = validator.Validate(File.ReadAllBytes(path), request);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"mlat: cannot read '{path}': {Describe(ex)} ({CliCodes.Unreadable})");
                exit = ExitCodes.Usage;
                continue;
            }

            if (json)
            {
                WriteJson(stdout, path, report);
            }
            else
            {
                WriteText(stdout, path, report);
            }

            if (!report.IsSuccess && exit == ExitCodes.Success)
            {
                exit = ExitCodes.Failed;
            }
        }

        return exit;
    }

    private static string Describe(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => "I/O error",
    };

    private static void WriteText(TextWriter stdout, string path, ValidationReport report)
    {
        var profile = report.Profile is { } p ? $" [profile {MlatJson.WireName(p)}]" : string.Empty;
        var what = report.Version is null ? string.Empty : $" ({report.Version} {report.MessageType?.ToString() ?? "?"}){profile}";
        var errors = report.Findings.Count(f => f.Severity == FindingSeverity.Error);
        var warnings = report.Findings.Count - errors;
        stdout.WriteLine(report.IsSuccess
            ? $"{path}: valid{what}{(warnings > 0 ? $", {warnings} warning(s)" : string.Empty)}"
            : $"{path}: NOT VALID{what}, {errors} error(s), {warnings} warning(s)");
        foreach (var f in report.Findings)
        {
            var severity = f.Severity == FindingSeverity.Error ? "error" : "warning";
            stdout.WriteLine($"  {severity,-7} {CliText.Escape(f.Code),-32} {(f.Pointer.Length == 0 ? "(root)" : CliText.Escape(f.Pointer))}  {CliText.Escape(f.Message)}");
        }
    }

    private static void WriteJson(TextWriter stdout, string path, ValidationReport report)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("file", path);
            w.WriteBoolean("valid", report.IsSuccess);
            WriteOptional(w, "version", report.Version?.ToString());
            WriteOptional(w, "messageType", report.MessageType?.ToString());
            WriteOptional(w, "profile", report.Profile is { } p ? MlatJson.WireName(p) : null);
            w.WriteStartArray("findings");
            foreach (var f in report.Findings)
            {
                w.WriteStartObject();
                w.WriteString("code", f.Code);
                w.WriteString("pointer", f.Pointer);
                w.WriteString("severity", f.Severity == FindingSeverity.Error ? "ERROR" : "WARNING");
                w.WriteString("message", f.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
