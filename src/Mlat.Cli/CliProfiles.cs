using Mlat.Sdk.CountryProfiles;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Versioning;

namespace Mlat.Cli;

/// <summary>
/// Loads the recipient's country profile for <c>mlat validate --recipient</c> (specification §10.7): a capabilities
/// document with <c>requirements</c>; with a trust list its signatures must verify (§10.3), as the SDK's API expects of
/// a profile it is given. Anything else is a usage error (exit 2) with a coded line on standard error.
/// </summary>
internal static class CliProfiles
{
    public static bool TryLoadRecipient(string path, string? trustPath, TextWriter stderr, out CountryProfile profile)
    {
        profile = null!;
        if (!CliFiles.TryReadBytes(path, stderr, out var bytes))
        {
            return false;
        }

        ICapabilitiesSignatureVerifier? verifier = null;
        if (trustPath is not null)
        {
            if (!CliFiles.TryReadBytes(trustPath, stderr, out var trustBytes))
            {
                return false;
            }

            var trust = TrustList.Read(trustBytes);
            if (trust.TrustList is null)
            {
                stderr.WriteLine($"mlat: '{CliText.Escape(trustPath)}' is not a usable trust list ({CliCodes.BadTrustList}):");
                CliFiles.WriteFindingsText(stderr, trust.Findings);
                return false;
            }

            verifier = new CapabilitiesSignatureVerifier(trust.TrustList);
        }

        var read = CapabilitiesReader.Read(bytes, verifier);
        if (!read.IsSuccess || read.Document?.Requirements is not { } requirements)
        {
            var why = read.Document is null ? "is not a readable capabilities document"
                : read.SignatureVerified == false ? "has signatures that do not verify against the trust list"
                : "has no country profile (no requirements member)";
            stderr.WriteLine($"mlat: the recipient profile '{CliText.Escape(path)}' {why} ({CliCodes.BadProfile})");
            CliFiles.WriteFindingsText(stderr, read.Findings);
            return false;
        }

        if (verifier is null)
        {
            stderr.WriteLine($"mlat: note: the recipient profile '{CliText.Escape(path)}' was not verified; give --recipient-trust to require its signatures (specification §10.3).");
        }

        profile = requirements;
        return true;
    }
}
