using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;
using Mlat.Sdk.Tests.Envelopes;
using Mlat.Sdk.Versioning;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Versioning;

/// <summary>Capabilities documents are published signed, as envelopes are (specification §10.3).</summary>
public sealed class CapabilitiesSignatureTests
{
    private static JsonObject Document(string authorityId = Sender, string? issuedAt = "2026-11-28T09:59:00Z")
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, "negotiation", "disjoint-sets.json")))!["sender"]!.DeepClone().AsObject();
        sample["party"]!["country"] = "DE";
        sample["party"]!["authorityId"] = authorityId;
        if (issuedAt is null)
        {
            sample.Remove("issuedAt");
        }
        else
        {
            sample["issuedAt"] = issuedAt;
        }

        return sample;
    }

    private static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private static byte[] SignCapabilities(JsonObject document, TestPkiBundle pki, DateTimeOffset? at = null)
    {
        using var key = pki.CreateSigningKey();
        var result = Signer(at).SignCapabilities(Bytes(document), key);
        Assert.True(result.IsSuccess, string.Join(",", result.Findings.Select(f => f.Code)));
        return result.Envelope!;
    }

    private static CapabilitiesSignatureVerifier CapabilitiesVerifier(DateTimeOffset? at = null) => new(Trust, timeProvider: new ManualTimeProvider(at ?? Now));

    [Fact]
    public void Roles_a_policy_requires_of_messages_are_not_required_of_a_capabilities_document()
    {
        // Issue 20, point 4: a capabilities document needs the publishing role only (specification 7.10's table); the
        // partner policy that wants VALIDATING on every message used to refuse it with MLAT-SIG-ROLE-MISSING.
        var verifier = new CapabilitiesSignatureVerifier(Trust, new VerificationPolicy { RequiredRoles = [SignerRole.Validating] }, new ManualTimeProvider(Now));

        var result = verifier.VerifyDocument(SignCapabilities(Document(), Issuer));

        Assert.True(result.IsSuccess, string.Join(",", Codes(result)));
    }

    [Fact]
    public void A_signed_capabilities_document_verifies_and_the_reader_reports_it_verified()
    {
        var signed = SignCapabilities(Document(), Issuer);

        var result = CapabilitiesVerifier().VerifyDocument(signed);
        var read = CapabilitiesReader.Read(signed, CapabilitiesVerifier());

        Assert.True(result.IsSuccess, string.Join(",", Codes(result)));
        Assert.Equal((Sender, SignerRole.Publishing), (Assert.Single(result.Signatures).AuthorityId, result.Signatures[0].Role));
        Assert.True(read.SignatureVerified);
        Assert.Empty(read.SignatureFindings);
        Assert.True(read.Document!.IsSigned);
        Assert.DoesNotContain("/signatures", read.Ignored);
    }

    [Theory]
    [InlineData("/versions/0/status", "DEPRECATED")]
    [InlineData("/party/endpoint", "https://attacker.example/inbox")]
    [InlineData("/issuedAt", "2026-11-28T09:59:01Z")]
    public void An_altered_capabilities_document_does_not_verify(string pointer, string value)
    {
        var signed = JsonNode.Parse(SignCapabilities(Document(), Issuer))!;
        ArgumentNullException.ThrowIfNull(pointer);
        var segments = pointer.Split('/').Skip(1).ToArray();
        var parent = segments[..^1].Aggregate(signed, (node, s) => int.TryParse(s, out var i) ? node[i]! : node[s]!);
        parent[segments[^1]] = value;

        var result = CapabilitiesVerifier().VerifyDocument(Bytes(signed));

        Assert.False(result.IsSuccess);
        Assert.Equal([(FindingCodes.SigContentDigest, "")], result.Findings.Select(f => (f.Code, f.Pointer)));
        Assert.False(CapabilitiesReader.Read(Bytes(signed), CapabilitiesVerifier()).SignatureVerified);
    }

    [Fact]
    public void Capabilities_are_signed_in_the_publishing_role_which_every_listed_authority_may_claim()
    {
        // The recipient's PKI lists it with no role at all for messages of the issuing side: publishing needs none.
        var fr = Document(authorityId: Recipient);
        fr["party"]!["country"] = "FR";
        var signed = SignCapabilities(fr, RecipientPki);

        var read = CapabilitiesReader.Read(signed, CapabilitiesVerifier());

        Assert.True(read.SignatureVerified, string.Join(",", read.SignatureFindings.Select(f => f.Code)));
        var header = Header(signed);
        Assert.Equal("http://uri.etsi.org/01903/v1.2.2#ProofOfCreation", header["srCms"]![0]!["commId"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void A_capabilities_document_signed_in_a_message_role_is_refused_with_the_finding_in_the_reader_result()
    {
        // A forger holding the issuer's key re-signs the document claiming ProofOfOrigin (the role the trust list grants).
        var forged = Resign(SignCapabilities(Document(), Issuer), 0, Edit(h => h["srCms"]![0]!["commId"]!["id"] = "http://uri.etsi.org/01903/v1.2.2#ProofOfOrigin"), Issuer.SignerKey, "ES256");

        var read = CapabilitiesReader.Read(forged, CapabilitiesVerifier());

        Assert.False(read.SignatureVerified);
        Assert.Equal([(FindingCodes.SigSenderRole, "/signatures/0")], read.SignatureFindings.Select(f => (f.Code, f.Pointer)));
    }

    [Fact]
    public void A_message_is_never_signed_or_accepted_in_the_publishing_role()
    {
        using var key = Issuer.CreateSigningKey();
        Assert.Throws<ArgumentOutOfRangeException>(() => Signer().Sign(Envelope(), key, SignerRole.Publishing));

        // The publishing signature of a listed authority over a message: valid cryptographically, refused by role.
        var published = Signer().SignCapabilities(Envelope(), key);
        Assert.True(published.IsSuccess);
        var result = Verifier(VerificationPolicy.Default with { VerifierAuthorityId = null }).Verify(published.Envelope!);

        Assert.False(result.IsSuccess);
        Assert.Contains((FindingCodes.SigSenderRole, "/signatures/0"), result.Findings.Select(f => (f.Code, f.Pointer)));
        Assert.Single(result.Findings, f => f.Code == FindingCodes.SigSenderRole);
    }

    [Fact]
    public void A_reindented_capabilities_document_still_verifies()
    {
        var signed = JsonNode.Parse(SignCapabilities(Document(), Issuer))!;
        var pretty = Encoding.UTF8.GetBytes(signed.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        Assert.Empty(CapabilitiesVerifier().Verify(pretty));
    }

    [Fact]
    public void A_document_signed_by_another_authority_than_its_party_does_not_verify()
    {
        var signed = SignCapabilities(Document(authorityId: "DE:Someone-Else"), Issuer);

        var result = CapabilitiesVerifier().VerifyDocument(signed);

        Assert.Equal([(FindingCodes.SigSenderMismatch, "/signatures/0")], result.Findings.Select(f => (f.Code, f.Pointer)));
    }

    [Fact]
    public void A_signature_far_from_issuedAt_is_reported_at_issuedAt_and_a_document_without_issuedAt_needs_none()
    {
        var late = CapabilitiesVerifier().VerifyDocument(SignCapabilities(Document(issuedAt: "2026-11-01T00:00:00Z"), Issuer));
        var undated = CapabilitiesVerifier().VerifyDocument(SignCapabilities(Document(issuedAt: null), Issuer));

        Assert.Equal([(FindingCodes.SigCreatedAtMismatch, "/issuedAt")], late.Findings.Select(f => (f.Code, f.Pointer)));
        Assert.True(undated.IsSuccess, string.Join(",", Codes(undated)));
    }

    [Fact]
    public void A_published_document_verifies_again_and_again_and_after_a_month_unlike_a_message()
    {
        var signed = SignCapabilities(Document(), Issuer);
        var verifier = CapabilitiesVerifier(Now.AddDays(30));

        Assert.Empty(verifier.Verify(signed));
        Assert.Empty(verifier.Verify(signed));
    }

    [Fact]
    public void An_unsigned_document_is_sig_missing_and_the_envelope_verifier_does_not_take_a_capabilities_document()
    {
        var signed = SignCapabilities(Document(), Issuer);

        Assert.Equal([FindingCodes.SigMissing], Codes(CapabilitiesVerifier().VerifyDocument(Bytes(Document()))));
        Assert.Equal([FindingCodes.VersionMissing], Codes(Verifier(VerificationPolicy.Default).Verify(signed)));
    }

    [Fact]
    public void Signing_a_capabilities_document_that_is_not_strict_json_gives_the_json_code()
    {
        using var key = Issuer.CreateSigningKey();

        var result = Signer().SignCapabilities(Encoding.UTF8.GetBytes("""{"party": {}, "party": {}}"""), key);

        Assert.False(result.IsSuccess);
        Assert.Equal([FindingCodes.JsonDuplicateMember], result.Findings.Select(f => f.Code));
    }
}
