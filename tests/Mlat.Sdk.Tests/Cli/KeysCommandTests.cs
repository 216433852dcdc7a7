using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.Tests.Cli;

public sealed class KeysCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("mlat-keys-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData("ES256", "ES256")]
    [InlineData("ES384", "ES384")]
    [InlineData(null, "ES256")]
    public void Generate_writes_test_only_ca_chain_key_and_trust_list_that_load_with_the_library(string? alg, string expectedAlg)
    {
        var outDir = Path.Combine(dir, "new", "keys");
        string[] args = alg is null
            ? ["keys", "generate", "--country", "AT", "--authority", "AT:StA-Wien", "--out-dir", outDir]
            : ["keys", "generate", "--country", "AT", "--authority", "AT:StA-Wien", "--alg", alg, "--out-dir", outDir];

        var (exit, stdout, error) = CliRunner.Run(args);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("TEST-ONLY", stdout, StringComparison.Ordinal);
        Assert.Equal(
            ["test-only-ca.cert.pem", "test-only-signer.chain.pem", "test-only-signer.key.pem", "test-only-trust-list.json"],
            Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var key = SigningKey.FromPem(File.ReadAllText(Path.Combine(outDir, "test-only-signer.key.pem")), File.ReadAllText(Path.Combine(outDir, "test-only-signer.chain.pem")));
        Assert.Equal(expectedAlg, key.Algorithm);
        Assert.Equal(2, key.Chain.Count);
        Assert.Contains("TEST ONLY", key.Certificate.Subject, StringComparison.Ordinal);
        var trust = TrustList.Read(File.ReadAllBytes(Path.Combine(outDir, "test-only-trust-list.json")));
        Assert.True(trust.IsSuccess);
        Assert.True(trust.TrustList!.TestOnly);
        var country = Assert.Single(trust.TrustList.Countries);
        Assert.Equal(key.Chain[1].RawData, Assert.Single(country.Anchors).RawData);
        Assert.Equal("AT:StA-Wien", Assert.Single(country.Authorities).AuthorityId);
        Assert.True((bool)JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "test-only-trust-list.json")))!["testOnly"]!);
    }

    [Theory]
    [InlineData("at", "AT:StA-Wien")]
    [InlineData("XX", "XX:StA-Wien")]
    [InlineData("AUT", "AT:StA-Wien")]
    [InlineData("AT", "DE:StA-Wien")]
    [InlineData("AT", "StA-Wien")]
    [InlineData("AT", "AT:")]
    public void Bad_country_or_authority_is_a_usage_error_and_writes_nothing(string country, string authority)
    {
        var outDir = Path.Combine(dir, "k");

        var (exit, stdout, error) = CliRunner.Run("keys", "generate", "--country", country, "--authority", authority, "--out-dir", outDir);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.StartsWith("mlat: --", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Theory]
    [InlineData("--alg", "HS256")]
    [InlineData("--alg", "RS256")]
    public void Algorithm_outside_the_signing_set_is_a_usage_error(string option, string value)
    {
        Assert.Equal(2, CliRunner.Run("keys", "generate", "--country", "AT", "--authority", "AT:StA-Wien", option, value, "--out-dir", dir).Exit);
    }

    [Fact]
    public void Out_dir_that_is_a_file_exits_2_with_unwritable_code()
    {
        var file = Path.Combine(dir, "a-file");
        File.WriteAllText(file, "x");

        var (exit, _, error) = CliRunner.Run("keys", "generate", "--country", "AT", "--authority", "AT:StA-Wien", "--out-dir", file);

        Assert.Equal(2, exit);
        Assert.Contains("MLAT-CLI-UNWRITABLE", error, StringComparison.Ordinal);
    }
}
