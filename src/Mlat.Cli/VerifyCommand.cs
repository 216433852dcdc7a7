using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Mlat.Sdk;
using Mlat.Sdk.Envelopes;

namespace Mlat.Cli;

/// <summary>
/// <c>mlat verify &lt;envelope.json&gt; --trust &lt;trust-list.json&gt; [--trust-anchor PEM] [--crl FILE]... [--fetch-crls]
/// [--allow-unknown-revocation] [--attach [ID=]FILE]... [--as AUTHORITY-ID] [--format text|json]</c> (specification §14.6,
/// §7.8, §8.4, §8.5). Exit 0 verified, 1 not verified (coded findings), 2 usage error or an unreadable envelope, trust
/// list, anchor, CRL or attachment. Uses the default verification policy; <c>--as</c> makes the recipient check (the
/// message must be addressed to that authority); <c>--trust-anchor</c> requires the trust list to be signed by its
/// operator; <c>--crl</c> and <c>--fetch-crls</c> switch revocation checking on.
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
        var anchor = new Option<string?>("--trust-anchor") { Description = "The trust-list operator's root certificate (PEM): the trust list must be signed under it (specification §8.5)." };
        var crl = new Option<string[]>("--crl") { Description = "A CRL (DER or PEM) to check revocation with, offline (repeatable; specification §8.4).", AllowMultipleArgumentsPerToken = false };
        var fetch = new Option<bool>("--fetch-crls") { Description = "Check revocation with CRLs fetched from the certificates' CRL distribution points (network)." };
        var allowUnknown = new Option<bool>("--allow-unknown-revocation") { Description = "With revocation checking, accept an unknown status with a warning instead of failing." };
        var sent = new Option<string?>("--envelope") { Description = "When the file is a technical receipt of the HTTP binding (specification §15.4): the signed envelope it attests." };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("verify", "Verify the signatures of an envelope, or a node's technical receipt, against a trust list (specification §7.8, §15.4).") { input, trust, anchor, crl, fetch, allowUnknown, attach, asAuthority, format, sent };
        command.SetAction(parse => parse.GetValue(sent) is not null || IsReceipt(parse.GetValue(input)!)
            ? VerifyReceipt(parse.GetValue(input)!, parse.GetValue(sent), parse.GetValue(trust)!, parse.GetValue(asAuthority), parse.GetValue(format) == "json", stdout, stderr)
            : Run(
            parse.GetValue(input)!,
            parse.GetValue(trust)!,
            parse.GetValue(attach) ?? [],
            parse.GetValue(asAuthority),
            parse.GetValue(format) == "json",
            stdout,
            stderr,
            new TrustOptions(parse.GetValue(anchor), parse.GetValue(crl) ?? [], parse.GetValue(fetch), parse.GetValue(allowUnknown))));
        return command;
    }

    /// <summary>
    /// A technical receipt (its root names <c>mlat-technical-receipt/…</c>) is verified as <c>mlat receipt</c> does:
    /// signed by the receiving authority (<c>--as</c>, or the authority the receipt names) and attesting exactly the
    /// envelope given with <c>--envelope</c>, which it cannot be checked without.
    /// </summary>
    private static int VerifyReceipt(string receiptPath, string? envelopePath, string trustPath, string? receiver, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!CliFiles.TryReadBytes(receiptPath, stderr, out var bytes))
        {
            return ExitCodes.Usage;
        }

        if (envelopePath is null)
        {
            stderr.WriteLine($"mlat: '{CliText.Escape(receiptPath)}' is a technical receipt: name the signed envelope it attests with --envelope ({CliCodes.ReceiptNeedsEnvelope})");
            return ExitCodes.Usage;
        }

        receiver ??= Mlat.Sdk.Exchange.TechnicalReceipts.Read(bytes)?.Receiver;
        if (receiver is null)
        {
            // Not a readable receipt: mlat receipt reports its findings against any receiver.
            receiver = string.Empty;
        }

        return ReceiptCommand.Run(receiptPath, envelopePath, trustPath, receiver, json, stdout, stderr);
    }

    private static bool IsReceipt(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            if (stream.Length > 64 * 1024)
            {
                return false;
            }

            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("receipt", out var kind) && kind.ValueKind == JsonValueKind.String
                && kind.GetString()!.StartsWith("mlat-technical-receipt/", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return false; // the envelope path reports the file
        }
    }

    /// <summary>How the trust list is authenticated and revocation checked.</summary>
    internal sealed record TrustOptions(string? AnchorPath, IReadOnlyList<string> CrlPaths, bool FetchCrls, bool AllowUnknownRevocation);

    internal static int Run(string inputPath, string trustPath, IReadOnlyList<string> attach, string? asAuthority, bool json, TextWriter stdout, TextWriter stderr, TrustOptions? options = null)
    {
        options ??= new TrustOptions(null, [], false, false);
        if (!CliFiles.TryReadBytes(trustPath, stderr, out var trustBytes) || !CliFiles.TryReadBytes(inputPath, stderr, out var envelope))
        {
            return ExitCodes.Usage;
        }

        System.Security.Cryptography.X509Certificates.X509Certificate2? operatorAnchor = null;
        if (options.AnchorPath is { } anchorPath)
        {
            if (!CliFiles.TryReadText(anchorPath, stderr, out var anchorPem))
            {
                return ExitCodes.Usage;
            }

            IReadOnlyList<System.Security.Cryptography.X509Certificates.X509Certificate2> anchors;
            try
            {
                anchors = SigningKey.ReadCertificates(anchorPem);
            }
            catch (ArgumentException)
            {
                anchors = [];
            }

            if (anchors.Count != 1)
            {
                foreach (var extra in anchors)
                {
                    extra.Dispose();
                }

                stderr.WriteLine($"mlat: '{CliText.Escape(anchorPath)}' is not one PEM certificate ({CliCodes.BadCertificate}).");
                return ExitCodes.Usage;
            }

            operatorAnchor = anchors[0];
        }

        var crls = new List<ReadOnlyMemory<byte>>();
        foreach (var crlPath in options.CrlPaths)
        {
            if (!CliFiles.TryReadBytes(crlPath, stderr, out var crlBytes))
            {
                return ExitCodes.Usage;
            }

            crls.Add(CrlDer(crlBytes));
        }

        using var http = options.FetchCrls ? new HttpClient { Timeout = TimeSpan.FromSeconds(15) } : null;
        var trustList = operatorAnchor is null ? TrustList.Read(trustBytes) : TrustList.Read(trustBytes, operatorAnchor);
        operatorAnchor?.Dispose();
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

        var revocation = crls.Count > 0 || http is not null
            ? new RevocationPolicy { Crls = crls, Source = http is null ? null : new HttpCrlSource(http), RequireStatus = !options.AllowUnknownRevocation }
            : null;
        var policy = VerificationPolicy.Default with { VerifierAuthorityId = asAuthority, Revocation = revocation };
        var result = new EnvelopeVerifier(trustList.TrustList, policy).Verify(envelope, attachments);
        if (json)
        {
            stdout.WriteLine(CliJson.Build(w => WriteJson(w, inputPath, result)));
        }
        else
        {
            WriteText(stdout, inputPath, result, trustList.TrustList.TestOnly);
        }

        return result.IsSuccess ? ExitCodes.Success : ExitCodes.Failed;
    }

    /// <summary>The DER of a CRL file: PEM (<c>X509 CRL</c>) decoded, anything else taken as DER (the verifier judges it).</summary>
    private static byte[] CrlDer(byte[] file)
    {
        var text = System.Text.Encoding.ASCII.GetString(file);
        return PemEncoding.TryFind(text, out var fields) && text[fields.Label] == "X509 CRL"
            ? Convert.FromBase64String(text[fields.Base64Data])
            : file;
    }

    private static void WriteText(TextWriter stdout, string path, VerificationResult result, bool testOnly)
    {
        var errors = result.Findings.Count(f => f.Severity == Mlat.Sdk.FindingSeverity.Error);
        var safePath = CliText.Escape(path);
        stdout.WriteLine(result.IsSuccess
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
        w.WriteBoolean("verified", result.IsSuccess);
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
