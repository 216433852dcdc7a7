using System.CommandLine;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;

namespace Mlat.Cli;

/// <summary>
/// <c>mlat keys generate --country CC --authority ID [--alg ES256] --out-dir DIR</c> (specification §14.6, §8): a TEST-ONLY
/// root CA, a signer certificate chain naming the authority, its PKCS#8 key and a trust list marked <c>testOnly</c>,
/// all from <see cref="TestPki"/>. Every file name and certificate subject says test-only.
/// </summary>
internal static class KeysCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var country = new Option<string>("--country") { Description = "ISO 3166-1 alpha-2 country of the authority, for example DE.", Required = true };
        var authority = new Option<string>("--authority") { Description = "Authority id, CC:local-id, for example DE:StA-Muenchen-I.", Required = true };
        var alg = new Option<string>("--alg") { Description = "Signature algorithm: ES256 (P-256), ES384 (P-384), PS256 or PS384 (RSA 3072).", DefaultValueFactory = _ => JwsAlgorithms.ES256 };
        alg.AcceptOnlyFromAmong(JwsAlgorithms.ES256, JwsAlgorithms.ES384, JwsAlgorithms.PS256, JwsAlgorithms.PS384);
        var outDir = new Option<string>("--out-dir") { Description = "Directory for the files (created if needed; files of the same names are overwritten).", Required = true };
        var generate = new Command("generate", "Generate TEST-ONLY keys: a test CA, a signer certificate chain, its PKCS#8 key and a trust list.") { country, authority, alg, outDir };
        generate.SetAction(parse => Generate(parse.GetValue(country)!, parse.GetValue(authority)!, parse.GetValue(alg)!, parse.GetValue(outDir)!, stdout, stderr));
        return new Command("keys", "Key material for signing and encryption (test keys only).") { generate };
    }

    internal static int Generate(string countryText, string authorityId, string algorithm, string outDir, TextWriter stdout, TextWriter stderr)
    {
        // Enum.TryParse also accepts numbers and other casings; the standard's country codes are two capital letters.
        if (countryText.Length != 2 || !char.IsAsciiLetterUpper(countryText[0]) || !char.IsAsciiLetterUpper(countryText[1])
            || !Enum.TryParse<CountryCode>(countryText, ignoreCase: false, out var country) || !Enum.IsDefined(country))
        {
            stderr.WriteLine("mlat: --country must be an ISO 3166-1 alpha-2 code in capitals, for example DE.");
            return ExitCodes.Usage;
        }

        TestPkiBundle bundle;
        try
        {
            bundle = TestPki.Generate(country, authorityId, algorithm);
        }
        catch (ArgumentException)
        {
            stderr.WriteLine($"mlat: --authority must be an authority id {countryText}:local-id (a letter or digit, then letters, digits, '.', '_', '/', '-').");
            return ExitCodes.Usage;
        }

        using (bundle)
        {
            IReadOnlyList<string> written;
            try
            {
                written = bundle.WriteTo(outDir);
            }
            catch (Exception ex) when (CliJson.IsIo(ex))
            {
                stderr.WriteLine($"mlat: cannot write to '{outDir}': {CliJson.Describe(ex)} ({CliCodes.Unwritable})");
                return ExitCodes.Usage;
            }

            stdout.WriteLine($"TEST-ONLY keys for {authorityId} ({algorithm}); never use them in production:");
            foreach (var path in written)
            {
                stdout.WriteLine($"  {path}");
            }
        }

        return ExitCodes.Success;
    }
}
