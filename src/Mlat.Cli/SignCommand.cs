using System.CommandLine;
using Mlat.Sdk.Envelopes;

namespace Mlat.Cli;

/// <summary>
/// <c>mlat sign &lt;envelope.json&gt; --key &lt;pkcs8.pem&gt; --cert &lt;chain.pem&gt; [--role issuing|validating|executing]
/// [--attach [ID=]FILE]... [--tsa &lt;url&gt;] --out &lt;file&gt;</c> (specification §14.6, §7.1). Appends a signature to any already there; with
/// <c>--role validating</c> it is a parallel approval signature over signature 0; with <c>--tsa</c> the new signature is
/// time-stamped by that RFC 3161 authority (JAdES baseline-B-T, exit 1 with <c>MLAT-SIG-TST-UNAVAILABLE</c> when it gives
/// no token). Exit 0 signed, 1 when the envelope cannot be
/// signed (coded findings: not JSON, broken <c>signatures</c>, parallel approval signature without signature 0), 2 for usage errors
/// and unreadable files, keys or certificates. Nothing is written to <c>--out</c> unless signing succeeded.
/// </summary>
internal static class SignCommand
{
    private static readonly Dictionary<string, SignerRole> Roles = new(StringComparer.Ordinal)
    {
        ["issuing"] = SignerRole.Issuing,
        ["validating"] = SignerRole.Validating,
        ["executing"] = SignerRole.Executing,
    };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("envelope") { Description = "The envelope to sign (signed already or not)." };
        var key = new Option<string>("--key") { Description = "The signer's private key, unencrypted PKCS#8 PEM.", Required = true };
        var cert = new Option<string>("--cert") { Description = "The signer's certificate chain, PEM, leaf first.", Required = true };
        var role = new Option<string>("--role") { Description = "issuing (default), validating (a parallel approval signature over signature 0) or executing (receipt).", DefaultValueFactory = _ => "issuing" };
        role.AcceptOnlyFromAmong([.. Roles.Keys]);
        var attach = new Option<string[]>("--attach") { Description = "An attachment the signature covers: FILE or ID=FILE (repeatable).", AllowMultipleArgumentsPerToken = false };
        var tsa = new Option<string>("--tsa") { Description = "An RFC 3161 time-stamping authority URL (http or https): time-stamps the new signature (JAdES baseline-B-T)." };
        var output = new Option<string>("--out") { Description = "Where to write the signed envelope.", Required = true };
        var command = new Command("sign", "Sign an envelope (JAdES JWS JSON, specification §7.1); appends to existing signatures.") { input, key, cert, role, attach, tsa, output };
        command.SetAction(parse => Run(
            parse.GetValue(input)!,
            parse.GetValue(key)!,
            parse.GetValue(cert)!,
            Roles[parse.GetValue(role)!],
            parse.GetValue(attach) ?? [],
            parse.GetValue(output)!,
            stdout,
            stderr,
            parse.GetValue(tsa)));
        return command;
    }

    internal static int Run(string inputPath, string keyPath, string certPath, SignerRole role, IReadOnlyList<string> attach, string outputPath, TextWriter stdout, TextWriter stderr, string? tsaUrl = null)
    {
        Uri? tsa = null;
        if (tsaUrl is not null && (!Uri.TryCreate(tsaUrl, UriKind.Absolute, out tsa) || tsa.Scheme is not ("http" or "https")))
        {
            stderr.WriteLine($"mlat: --tsa must be an absolute http or https URL ({CliCodes.BadTsaUrl})");
            return ExitCodes.Usage;
        }

        if (!CliFiles.TryReadBytes(inputPath, stderr, out var envelope)
            || !CliFiles.TryReadText(keyPath, stderr, out var keyPem)
            || !CliFiles.TryReadText(certPath, stderr, out var chainPem))
        {
            return ExitCodes.Usage;
        }

        if (!TryLoadKey(keyPem, chainPem, keyPath, certPath, stderr, out var signingKey))
        {
            return ExitCodes.Usage;
        }

        using (signingKey)
        {
            if (!CliFiles.TryResolveAttachments(attach, envelope, stderr, out var attachments))
            {
                return ExitCodes.Usage;
            }

            var signer = new EnvelopeSigner();
            var result = signer.Sign(envelope, signingKey, role, attachments, indented: true);
            if (tsa is not null && result.Envelope is { } unstamped)
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
                var index = System.Text.Json.JsonDocument.Parse(unstamped).RootElement.GetProperty("signatures").GetArrayLength() - 1;
                result = signer.AddTimestampAsync(unstamped, index, new HttpTimestampAuthority(tsa, http), indented: true).GetAwaiter().GetResult();
            }

            if (result.Envelope is not { } signed)
            {
                stdout.WriteLine($"{inputPath}: NOT SIGNED, {result.Findings.Count} finding(s)");
                CliFiles.WriteFindingsText(stdout, result.Findings);
                return ExitCodes.Failed;
            }

            if (!CliFiles.TryWrite(outputPath, signed, stderr))
            {
                return ExitCodes.Usage;
            }

            var covered = attachments.Count == 0 ? string.Empty : $", covering {string.Join(", ", attachments.Select(a => "cid:" + a.Id))}";
            var stamped = tsa is null ? string.Empty : ", time-stamped (sigTst)";
            stdout.WriteLine($"{inputPath}: signed as {CliJson.Snake(role)} ({signingKey.Algorithm}){covered}{stamped}, written to {outputPath}");
            return ExitCodes.Success;
        }
    }

    internal static bool TryLoadKey(string keyPem, string chainPem, string keyPath, string certPath, TextWriter stderr, out SigningKey key)
    {
        key = null!;
        IReadOnlyList<System.Security.Cryptography.X509Certificates.X509Certificate2> chain;
        try
        {
            chain = SigningKey.ReadCertificates(chainPem);
        }
        catch (ArgumentException)
        {
            chain = [];
        }

        if (chain.Count == 0)
        {
            stderr.WriteLine($"mlat: '{certPath}' holds no readable PEM certificate ({CliCodes.BadCertificate})");
            return false;
        }

        foreach (var c in chain)
        {
            c.Dispose();
        }

        try
        {
            key = SigningKey.FromPem(keyPem, chainPem);
            return true;
        }
        catch (ArgumentException)
        {
            stderr.WriteLine($"mlat: '{keyPath}' is not a readable PKCS#8 private key of the first certificate in '{certPath}' ({CliCodes.BadKey})");
            return false;
        }
    }
}
