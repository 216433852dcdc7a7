using System.CommandLine;
using System.Text;
using Mlat.Sdk.Envelopes;

namespace Mlat.Cli;

/// <summary>
/// <c>mlat encrypt &lt;file&gt; --to &lt;recipient-cert.pem&gt; --out &lt;file.jwe&gt;</c> and
/// <c>mlat decrypt &lt;file.jwe&gt; --key &lt;pkcs8.pem&gt; --out &lt;file&gt;</c> (specification §14.6, §9): JWE compact,
/// ECDH-ES+A256KW or RSA-OAEP-256 by the recipient's key type, with A256GCM. Sign first, then encrypt the signed
/// envelope. Decrypt exits 1 with <c>MLAT-ENC-*</c> findings when the JWE is malformed, truncated or for another key.
/// </summary>
internal static class EncryptCommand
{
    public static Command CreateEncrypt(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("file") { Description = "The file to encrypt, normally a signed envelope." };
        var to = new Option<string>("--to") { Description = "The recipient's certificate, PEM (the first CERTIFICATE block is used).", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the JWE (compact serialisation).", Required = true };
        var command = new Command("encrypt", "Encrypt a file to a recipient certificate as JWE compact (specification §9).") { input, to, output };
        command.SetAction(parse => Encrypt(parse.GetValue(input)!, parse.GetValue(to)!, parse.GetValue(output)!, stdout, stderr));
        return command;
    }

    public static Command CreateDecrypt(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("file") { Description = "The JWE (compact serialisation)." };
        var key = new Option<string>("--key") { Description = "The recipient's private key, unencrypted PKCS#8 PEM.", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the decrypted bytes.", Required = true };
        var command = new Command("decrypt", "Decrypt a JWE compact with the recipient's private key (specification §9).") { input, key, output };
        command.SetAction(parse => Decrypt(parse.GetValue(input)!, parse.GetValue(key)!, parse.GetValue(output)!, stdout, stderr));
        return command;
    }

    internal static int Encrypt(string inputPath, string certPath, string outputPath, TextWriter stdout, TextWriter stderr)
    {
        if (!CliFiles.TryReadBytes(inputPath, stderr, out var plaintext) || !CliFiles.TryReadText(certPath, stderr, out var pem))
        {
            return ExitCodes.Usage;
        }

        IReadOnlyList<System.Security.Cryptography.X509Certificates.X509Certificate2> certificates;
        try
        {
            certificates = SigningKey.ReadCertificates(pem);
        }
        catch (ArgumentException)
        {
            certificates = [];
        }

        string jwe;
        try
        {
            if (certificates.Count == 0)
            {
                stderr.WriteLine($"mlat: '{certPath}' holds no readable PEM certificate ({CliCodes.BadCertificate})");
                return ExitCodes.Usage;
            }

            jwe = EnvelopeEncryptor.EncryptToCertificate(plaintext, certificates[0]);
        }
        catch (ArgumentException)
        {
            stderr.WriteLine($"mlat: the certificate in '{certPath}' cannot receive encrypted messages: it needs an EC or RSA key allowed for key agreement or key encipherment ({CliCodes.BadCertificate})");
            return ExitCodes.Usage;
        }
        finally
        {
            foreach (var c in certificates)
            {
                c.Dispose();
            }
        }

        if (!CliFiles.TryWrite(outputPath, Encoding.ASCII.GetBytes(jwe), stderr))
        {
            return ExitCodes.Usage;
        }

        stdout.WriteLine($"{inputPath}: encrypted to {outputPath}");
        return ExitCodes.Success;
    }

    internal static int Decrypt(string inputPath, string keyPath, string outputPath, TextWriter stdout, TextWriter stderr)
    {
        if (!CliFiles.TryReadBytes(inputPath, stderr, out var jweBytes) || !CliFiles.TryReadText(keyPath, stderr, out var keyPem))
        {
            return ExitCodes.Usage;
        }

        EnvelopeDecryptor decryptor;
        try
        {
            decryptor = EnvelopeDecryptor.FromPem(keyPem);
        }
        catch (ArgumentException)
        {
            stderr.WriteLine($"mlat: '{keyPath}' is not a readable PKCS#8 EC or RSA private key ({CliCodes.BadKey})");
            return ExitCodes.Usage;
        }

        using (decryptor)
        {
            // A compact JWE is ASCII; a trailing newline from an editor or `echo` is not part of it. Anything else that
            // is not base64url is reported by the decryptor as MLAT-ENC-MALFORMED.
            var compact = Encoding.Latin1.GetString(jweBytes).TrimEnd('\r', '\n');
            var result = decryptor.Decrypt(compact);
            if (result.Plaintext is not { } plaintext)
            {
                stdout.WriteLine($"{inputPath}: NOT DECRYPTED, {result.Findings.Count} finding(s)");
                CliFiles.WriteFindingsText(stdout, result.Findings);
                return ExitCodes.Failed;
            }

            if (!CliFiles.TryWrite(outputPath, plaintext.Span, stderr))
            {
                return ExitCodes.Usage;
            }

            stdout.WriteLine($"{inputPath}: decrypted ({result.Algorithm}, {result.Encryption}), written to {outputPath}");
            return ExitCodes.Success;
        }
    }
}
