using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Conformance.Tests.Envelopes;

/// <summary>
/// Keeps docs/envelopes.md honest: the worked example in samples/envelopes/worked-example is recomputed step by step
/// (canonical bytes, digest, protected header, signing input) and the signed envelope verifies with its test-only trust list.
/// </summary>
public sealed class WorkedExampleTests
{
    private static readonly string Folder = Path.Combine(TestPaths.Samples, "envelopes", "worked-example");
    private static readonly string Doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "envelopes.md"));

    private static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    [Fact]
    public void Canonical_bytes_of_the_unsigned_envelope_are_those_in_the_example_and_the_doc()
    {
        var canonical = JsonCanonicalizer.Canonicalize(Read("unsigned.json"));

        Assert.Equal(Read("canonical.json"), canonical);
        Assert.Contains(Encoding.UTF8.GetString(canonical), Doc, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(canonical)), Doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Protected_header_digest_and_signing_input_are_those_in_the_doc()
    {
        var signed = JsonNode.Parse(Read("signed.json"))!;
        var protectedText = signed["signatures"]![0]!["protected"]!.GetValue<string>();
        Assert.True(Base64UrlStrict.TryDecode(protectedText, out var header));
        var digest = Base64UrlStrict.Encode(SHA256.HashData(Read("canonical.json")));

        Assert.Equal(Read("protected-header.json"), header);
        Assert.Equal(digest, JsonNode.Parse(header)!["sigD"]!["hashV"]![0]!.GetValue<string>());
        Assert.Contains(digest, Doc, StringComparison.Ordinal);
        Assert.Contains(signed["signatures"]![0]!["signature"]!.GetValue<string>(), Doc, StringComparison.Ordinal);
        Assert.Contains(protectedText[..60], Doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Signed_example_verifies_with_its_test_only_trust_list_and_fails_when_one_byte_of_the_body_changes()
    {
        var trust = TrustList.Read(Read("test-only-trust-list.json")).TrustList!;
        var clock = new FixedTime(new DateTimeOffset(2027, 1, 12, 12, 1, 0, TimeSpan.Zero));
        var policy = new VerificationPolicy { VerifierAuthorityId = "CZ:OSZ-Praha-1" };
        var signed = Read("signed.json");

        var result = new EnvelopeVerifier(trust, policy, clock).Verify(signed);
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(signed).Replace("Prahu 1", "Prahu 2", StringComparison.Ordinal));

        Assert.True(result.IsSuccess, string.Join(",", result.Findings.Select(f => f.Code)));
        Assert.Equal("AT:StA-Wien", Assert.Single(result.Signatures).AuthorityId);
        Assert.Equal(["MLAT-SIG-CONTENT-DIGEST"], new EnvelopeVerifier(trust, policy, clock).Verify(changed).Findings.Select(f => f.Code));
    }

    [Fact]
    public void Signed_example_is_a_valid_message_of_the_standard_and_binds_with_its_signature()
    {
        var report = MlatValidator.Default.Validate(Read("signed.json"));

        Assert.True(report.IsSuccess, string.Join(",", report.Findings.Select(f => f.Code + " " + f.Pointer)));
        var signature = Assert.Single(report.Message!.Signatures!);
        Assert.Equal(JsonNode.Parse(Read("signed.json"))!["signatures"]![0]!["signature"]!.GetValue<string>(), signature.Signature);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
