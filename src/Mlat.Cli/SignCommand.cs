using System.CommandLine;
using Mlat.Sdk.Envelopes;

namespace Mlat.Cli;

/// <summary>
/// <c>mlat sign &lt;envelope.json&gt; --key &lt;pkcs8.pem&gt; --cert &lt;chain.pem&gt; [--role issuing|validating|executing]
/// [--attach [ID=]FILE]... --out &lt;file&gt;</c> (specification §14.6, §7.1). Appends a signature to any already there; with
/// <c>--role validating</c> it is a countersignature over signature 0. Exit 0 signed, 1 when the envelope cannot be
/// signed (coded findings: not JSON, broken <c>signatures</c>, countersignature without signature 0), 2 for usage errors
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
        var role = new Option<string>("--role") { Description = "issuing (default), validating (a countersignature of signature 0) or executing (receipt).", DefaultValueFactory = _ => "issuing" };
        role.AcceptOnlyFromAmong([.. Roles.Keys]);
        var attach = new Option<string[]>("--attach") { Description = "An attachment the signature covers: FILE or ID=FILE (repeatable).", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string>("--out") { Description = "Where to write the signed envelope.", Required = true };
        var command = new Command("sign", "Sign an envelope (JAdES-shaped JWS JSON, specification §7.1); appends to existing signatures.") { input, key, cert, role, attach, output };
        command.SetAction(parse => Run(
            parse.GetValue(input)!,
            parse.GetValue(key)!,
            parse.GetValue(cert)!,
            Roles[parse.GetValue(role)!],
            parse.GetValue(attach) ?? [],
            parse.GetValue(output)!,
            stdout,
            stderr));
        return command;
    }

    internal static int Run(string inputPath, string keyPath, string certPath, SignerRole role, IReadOnlyList<string> attach, string outputPath, TextWriter stdout, TextWriter stderr)
    {
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

            var result = new EnvelopeSigner().Sign(envelope, signingKey, role, attachments);
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
            stdout.WriteLine($"{inputPath}: signed as {CliJson.Snake(role)} ({signingKey.Algorithm}){covered}, written to {outputPath}");
            return ExitCodes.Success;
        }
    }

    private static bool TryLoadKey(string keyPem, string chainPem, string keyPath, string certPath, TextWriter stderr, out SigningKey key)
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
