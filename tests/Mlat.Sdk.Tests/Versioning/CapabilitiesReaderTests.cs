using System.Text;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Tests.Versioning;

public sealed class CapabilitiesReaderTests
{
    private static CapabilitiesReadResult Read(string json, ICapabilitiesSignatureVerifier? verifier = null) => CapabilitiesReader.Read(Encoding.UTF8.GetBytes(json), verifier);

    [Fact]
    public void Reads_party_versions_and_declared_lists()
    {
        var result = Read("""
            {"capabilitiesVersion":"1.0","party":{"country":"DE","authorityId":"DE:BfJ","endpoint":"https://x.example"},
             "versions":[{"version":"1.0","status":"DEPRECATED","sunset":"2027-06-30","send":["StatusQuery"],"receive":["StatusUpdate"]},
                         {"version":"1.1","status":"PREVIEW","send":["ProductionOrder"]}],
             "preferredVersion":"1.1","minimumVersion":"1.0","previewOptIn":true,"extensions":["eu.e-codex.transport"],
             "signatureAlgorithms":["ES256"],"maxMessageSize":"16777216","languages":["de","en"]}
            """);

        var doc = Assert.IsType<CapabilitiesDocument>(result.Document);
        Assert.Empty(result.Findings);
        Assert.Empty(result.Ignored);
        Assert.Equal("DE:BfJ", doc.Party.AuthorityId);
        Assert.Equal(["1.0", "1.1"], doc.Versions.Select(v => v.Version.ToString()));
        Assert.Equal(VersionStatus.Deprecated, doc.Versions[0].Status);
        Assert.Equal(new DateOnly(2027, 6, 30), doc.Versions[0].Sunset);
        Assert.Equal(["StatusUpdate"], doc.Versions[0].Receive);
        Assert.Equal(VersionStatus.Preview, doc.Versions[1].Status);
        Assert.Equal("1.1", doc.PreferredVersion?.ToString());
        Assert.True(doc.PreviewOptIn);
        Assert.Equal(16_777_216, doc.MaxMessageSize);
        Assert.False(doc.IsSigned);
        Assert.Null(result.SignatureVerified);
    }

    [Fact]
    public void Unknown_members_unparseable_versions_and_unknown_statuses_are_ignored_and_listed()
    {
        var result = Read("""
            {"party":{"authorityId":"FR:BEPI","tier":2},"futureMember":{"a":1},
             "versions":[{"version":"1.01","status":"ACTIVE"},{"version":"1.1","status":"ACTIVE","extra":true},{"version":"1.0","status":"RETIRED"},
                         {"version":11,"status":"ACTIVE"},"1.0",{"version":"1.1","status":"PREVIEW"}],
             "minimumVersion":"one","extensions":["a.b",7]}
            """);

        var doc = Assert.IsType<CapabilitiesDocument>(result.Document);
        Assert.Equal(["1.1"], doc.Versions.Select(v => v.Version.ToString()));
        Assert.Equal(VersionStatus.Active, doc.Versions[0].Status);
        Assert.Null(doc.MinimumVersion);
        Assert.Equal(["a.b"], doc.Extensions);
        Assert.Equal(
            ["/extensions/1", "/futureMember", "/minimumVersion", "/party/tier", "/versions/0/version", "/versions/1/extra", "/versions/2/status", "/versions/3/version", "/versions/4/version", "/versions/5"],
            result.Ignored.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{\"party\":", FindingCodes.JsonMalformed, "/party")]
    [InlineData("{\"party\":{\"authorityId\":\"A:B\"},\"versions\":[],\"versions\":[]}", FindingCodes.JsonDuplicateMember, "/versions")]
    [InlineData("[]", FindingCodes.JsonRootNotObject, "")]
    [InlineData("{\"party\":{\"authorityId\":\"A:B\",\"name\":\"\\ud800\"},\"versions\":[]}", FindingCodes.JsonLoneSurrogate, "/party/name")]
    [InlineData("{\"versions\":[]}", FindingCodes.CapabilitiesInvalid, "/party/authorityId")]
    [InlineData("{\"party\":{\"authorityId\":\"A:B\"}}", FindingCodes.CapabilitiesInvalid, "/versions")]
    public void A_document_that_cannot_be_read_at_all_gives_one_finding(string json, string code, string pointer)
    {
        var result = Read(json);

        Assert.Null(result.Document);
        Assert.Equal([(code, pointer)], result.Findings.Select(f => (f.Code, f.Pointer)));
    }

    [Fact]
    public void The_signature_hook_is_asked_only_for_a_signed_document_and_its_findings_are_reported()
    {
        const string signed = """{"party":{"authorityId":"A:B"},"versions":[],"signatures":[{"protected":"eyJ","signature":"AAA"}]}""";
        const string unsigned = """{"party":{"authorityId":"A:B"},"versions":[]}""";
        var refusing = new CountingVerifier(Finding.Error(FindingCodes.TrustRoleNotAllowed, "/signatures/0/protected", "refused"));

        var refused = Read(signed, refusing);
        Assert.False(refused.SignatureVerified);
        Assert.Equal([(FindingCodes.TrustRoleNotAllowed, "/signatures/0/protected")], refused.SignatureFindings.Select(f => (f.Code, f.Pointer)));

        // A caller that hands in a verifier expects a signature: an unsigned document is MLAT-SIG-MISSING, never a silent null.
        var missing = Read(unsigned, refusing);
        Assert.False(missing.SignatureVerified);
        Assert.Equal([(FindingCodes.SigMissing, "/signatures")], missing.SignatureFindings.Select(f => (f.Code, f.Pointer)));
        Assert.Equal(1, refusing.Calls);

        var accepted = Read(signed, new CountingVerifier(Finding.Warning("MLAT-SIG-SOME-WARNING", "/signatures/0", "a warning only")));
        Assert.True(accepted.SignatureVerified);
        Assert.Single(accepted.SignatureFindings);
        Assert.Null(Read(signed).SignatureVerified);
        Assert.Empty(Read(signed).SignatureFindings);
    }

    private sealed class CountingVerifier(params Finding[] findings) : ICapabilitiesSignatureVerifier
    {
        public int Calls { get; private set; }

        public IReadOnlyList<Finding> Verify(ReadOnlyMemory<byte> utf8Json)
        {
            Calls++;
            return findings;
        }
    }

    [Theory]
    [InlineData("2027-01-12T10:00:00Z", true)]
    [InlineData("2027-01-12T11:00:00+01:00", false)]
    [InlineData("2027-01-12 10:00:00", false)]
    [InlineData("12/01/2027 10:00", false)]
    public void IssuedAt_is_read_with_the_one_RFC_3339_parser_the_verifier_uses(string issuedAt, bool read)
    {
        // Before, the reader accepted any culture-invariant date the verifier then treated as absent (Annex A item 2).
        var json = "{\"capabilitiesVersion\":\"1.0\",\"party\":{\"authorityId\":\"DE:A\"},\"issuedAt\":\"" + issuedAt + "\",\"versions\":[]}";

        var result = CapabilitiesReader.Read(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.NotNull(result.Document);
        Assert.Equal(read, result.Document.IssuedAt is not null);
        Assert.Equal(!read, result.Ignored.Contains("/issuedAt"));
    }
}
