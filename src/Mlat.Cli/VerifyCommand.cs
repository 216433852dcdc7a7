using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Mlat.Sdk;
using Mlat.Sdk.Envelopes;

namespace Mlat.Cli;

/// <summary>
/// <c>mlat verify &lt;envelope.json&gt; --trust &lt;trust-list.json&gt; [--attach [ID=]FILE]... [--as AUTHORITY-ID]
/// [--format text|json]</c> (specification §14.6, §7.8). Exit 0 verified, 1 not verified (coded findings), 2 usage error or an
/// unreadable envelope, trust list or attachment. Uses the default verification policy; <c>--as</c> makes the
/// recipient check (the message must be addressed to that authority).
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("envelope") { Description = "The signed envelope." };
        var trust = new Option<string>("--trust") { Description = "The trust list (JSON, schemas/trust-list/1.0).", Required = true };
        var attach = new Option<string[]>("--attach") { Description = "An attachment the signatures cover: FILE or ID=FILE (repeatable).", AllowMultipleArgumentsPerToken = false };
        var asAuthority = new Option<string?>("--as") { Description = "Verify as this authority id: the message must be addressed to it." };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("verify", "Verify the signatures of an envelope against a trust list (specification §7.8).") { input, trust, attach, asAuthority, format };
        command.SetAction(parse => Run(
            parse.GetValue(input)!,
            parse.GetValue(trust)!,
            parse.GetValue(attach) ?? [],
            parse.GetValue(asAuthority),
            parse.GetValue(format) == "json",
            stdout,
            stderr));
        return command;
    }

    internal static int Run(string inputPath, string trustPath, IReadOnlyList<string> attach, string? asAuthority, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!CliFiles.TryReadBytes(trustPath, stderr, out var trustBytes) || !CliFiles.TryReadBytes(inputPath, stderr, out var envelope))
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

        if (!CliFiles.TryResolveAttachments(attach, envelope, stderr, out var attachments))
        {
            return ExitCodes.Usage;
        }

        var policy = VerificationPolicy.Default with { VerifierAuthorityId = asAuthority };
        var result = new EnvelopeVerifier(trustList.TrustList, policy).Verify(envelope, attachments);
        if (json)
        {
            stdout.WriteLine(CliJson.Build(w => WriteJson(w, inputPath, result)));
        }
        else
        {
            WriteText(stdout, inputPath, result, trustList.TrustList.TestOnly);
        }

        return result.IsVerified ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static void WriteText(TextWriter stdout, string path, VerificationResult result, bool testOnly)
    {
        var errors = result.Findings.Count(f => f.Severity == Mlat.Sdk.FindingSeverity.Error);
        var safePath = CliText.Escape(path);
        stdout.WriteLine(result.IsVerified
            ? $"{safePath}: VERIFIED, {result.Signatures.Count} signature(s){(testOnly ? " (TEST-ONLY trust list)" : string.Empty)}"
            : $"{safePath}: NOT VERIFIED, {errors} error(s), {result.Signatures.Count} signature(s) valid on their own");
        foreach (var s in result.Signatures)
        {
            stdout.WriteLine($"  signature {s.Index}  {CliJson.Snake(s.Role),-10} {CliText.Escape(s.AuthorityId)}  {s.Algorithm}  {Time(s.SignedAt)}  sha256:{Thumbprint(s)}");
        }

        foreach (var a in result.Attachments)
        {
            stdout.WriteLine(a.IsCovered
                ? $"  attachment {CliText.Escape(a.Id)}  covered by signature(s) {string.Join(",", a.CoveringSignatures)}"
                : $"  attachment {CliText.Escape(a.Id)}  NOT COVERED by any valid signature");
        }

        CliFiles.WriteFindingsText(stdout, result.Findings);
    }

    private static void WriteJson(Utf8JsonWriter w, string path, VerificationResult result)
    {
        w.WriteStartObject();
        w.WriteString("file", path);
        w.WriteBoolean("verified", result.IsVerified);
        w.WriteStartArray("signers");
        foreach (var s in result.Signatures)
        {
            w.WriteStartObject();
            w.WriteNumber("index", s.Index);
            w.WriteString("role", CliJson.Snake(s.Role));
            w.WriteString("authority", s.AuthorityId);
            w.WriteString("country", s.Country.ToString());
            w.WriteString("algorithm", s.Algorithm);
            w.WriteString("signedAt", Time(s.SignedAt));
            w.WriteStartObject("certificate");
            w.WriteString("subject", s.Certificate.Subject);
            w.WriteString("issuer", s.Certificate.Issuer);
            w.WriteString("thumbprintSha256", Thumbprint(s));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("attachments");
        foreach (var a in result.Attachments)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteBoolean("covered", a.IsCovered);
            w.WriteStartArray("coveredBy");
            foreach (var index in a.CoveringSignatures)
            {
                w.WriteNumberValue(index);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        CliJson.WriteFindings(w, result.Findings);
        w.WriteEndObject();
    }

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // Lower-case hex SHA-256 of the DER certificate, the form openssl x509 -fingerprint -sha256 shows without colons.
    private static string Thumbprint(VerifiedSignature s) => s.Certificate.GetCertHashString(HashAlgorithmName.SHA256).ToLowerInvariant();
}
