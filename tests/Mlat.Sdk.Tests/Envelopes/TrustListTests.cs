using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;
using NJsonSchema;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

public sealed class TrustListTests
{
    private static readonly string SchemaPath = Path.Combine(TestPaths.Schemas, "trust-list", "1.0", "trust-list.schema.json");

    [Fact]
    public void A_generated_trust_list_reads_back_with_its_anchors_authorities_and_roles()
    {
        var read = TrustList.Read(Issuer.TrustList.ToJson());

        Assert.True(read.IsSuccess);
        var country = Assert.Single(read.TrustList!.Countries);
        Assert.True(read.TrustList.TestOnly);
        Assert.Equal(CountryCode.DE, country.Country);
        Assert.Equal(Issuer.RootCertificate.RawData, Assert.Single(country.Anchors).RawData);
        Assert.Equal(new TrustedAuthority(Sender, [SignerRole.Issuing]).AuthorityId, Assert.Single(country.Authorities).AuthorityId);
        Assert.Equal([SignerRole.Issuing], country.Authorities[0].Roles);
    }

    [Fact]
    public async Task A_generated_trust_list_is_valid_against_its_schema()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var errors = schema.Validate(Encoding.UTF8.GetString(Trust.ToJson()));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/trustListVersion", "2.0")]
    [InlineData("/countries/0/country", "de")]
    [InlineData("/countries/0/country", "XX")]
    [InlineData("/countries/0/anchors/0", "bm90IGEgY2VydA==")]
    [InlineData("/countries/0/authorities/0/authorityId", "StA")]
    [InlineData("/countries/0/authorities/0/roles/0", "JUDGE")]
    [InlineData("/countries/0/authorities/0/authorityId", "FR:TJ-Paris")]
    public void A_bad_member_is_reported_with_its_pointer(string pointer, string value)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        var node = JsonNode.Parse(Issuer.TrustList.ToJson())!;
        var parts = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = parts[..^1].Aggregate(node, (n, p) => int.TryParse(p, out var i) ? n[i]! : n[p]!);
        if (int.TryParse(parts[^1], out var index))
        {
            parent[index] = value;
        }
        else
        {
            parent[parts[^1]] = value;
        }

        var read = TrustList.Read(Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.False(read.IsSuccess);
        var finding = Assert.Single(read.Findings);
        Assert.Equal((FindingCodes.TrustListInvalid, pointer), (finding.Code, finding.Pointer));
    }

    [Fact]
    public void An_unknown_member_and_a_duplicate_member_are_refused()
    {
        var extra = TrustList.Read("{\"trustListVersion\":\"1.0\",\"countries\":[],\"x\":1}"u8.ToArray());
        var duplicate = TrustList.Read("{\"trustListVersion\":\"1.0\",\"trustListVersion\":\"1.0\"}"u8.ToArray());

        Assert.Equal(("MLAT-TRUST-LIST-INVALID", "/x"), (extra.Findings[0].Code, extra.Findings[0].Pointer));
        Assert.Equal(FindingCodes.TrustListInvalid, Assert.Single(duplicate.Findings).Code);
    }

    [Fact]
    public void TestPki_writes_the_four_files_and_they_load_back_into_a_signing_key_and_trust_list()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mlat-testpki-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = Issuer.WriteTo(dir);
            Assert.Equal(["test-only-ca.cert.pem", "test-only-signer.chain.pem", "test-only-signer.key.pem", "test-only-trust-list.json"], files.Select(Path.GetFileName));

            using var key = SigningKey.FromPem(File.ReadAllText(files[2]), File.ReadAllText(files[1]));
            var trust = TrustList.Read(File.ReadAllBytes(files[3])).TrustList!;
            var signed = Signer().Sign(Envelope(), key, SignerRole.Issuing).Envelope!;

            Assert.True(Verifier(trust: trust).Verify(signed).IsSuccess);
            Assert.Contains("TEST ONLY", key.Certificate.Subject, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void TestPki_refuses_an_authority_id_of_another_country()
        => Assert.Throws<ArgumentException>(() => TestPki.Generate(CountryCode.DE, "FR:TJ-Paris", JwsAlgorithms.ES256));
}
