using System.Text.Json.Nodes;
using Mlat.Sdk.Conformance;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Tests.Cli;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Tests.Serialization;

/// <summary>Issue 10, point 3: one release catalogue, read from the embedded index.json files, answers for every consumer.</summary>
public sealed class StandardCatalogueTests
{
    private static IEnumerable<string> ReleaseFolders => Directory.GetDirectories(TestPaths.Schemas)
        .Where(d => File.Exists(Path.Combine(d, "index.json")) && StandardCatalogue.VersionPattern().IsMatch(Path.GetFileName(d)))
        .Select(Path.GetFileName)!;

    [Fact]
    public void The_catalogue_holds_exactly_the_release_folders_with_their_index_json_message_types_and_schema_paths()
    {
        Assert.Equal(ReleaseFolders.Order(StringComparer.Ordinal), StandardCatalogue.Releases.Select(r => r.Version).Order(StringComparer.Ordinal));
        foreach (var release in StandardCatalogue.Releases)
        {
            var index = JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Schemas, release.Version, "index.json")))!;
            var types = index["messageTypes"]!.AsObject().ToDictionary(kv => kv.Key, kv => (string)kv.Value!, StringComparer.Ordinal);
            Assert.Equal(types.OrderBy(kv => kv.Key, StringComparer.Ordinal), release.SchemaPaths.OrderBy(kv => kv.Key, StringComparer.Ordinal));
            Assert.Equal((string?)index["status"], release.Status);
            Assert.Equal(types.Keys.Order(StringComparer.Ordinal), StandardCatalogue.MessageTypesByVersion[release.Version].Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Supported_versions_negotiation_and_conformance_profiles_follow_the_catalogue()
    {
        Assert.Equal(StandardCatalogue.Releases.Select(r => r.Version), MlatVersion.Supported.Select(v => v.ToString()));
        foreach (var release in StandardCatalogue.Releases)
        {
            Assert.Contains("receiver-core-" + release.Version, ConformanceProfiles.Names);
            Assert.Contains("sender-core-" + release.Version, ConformanceProfiles.Names);
            Assert.Contains("rules-" + release.Version, ConformanceProfiles.Names);
            Assert.Contains("schema-" + release.Version, ConformanceProfiles.Names);
        }

        Assert.Contains("cases", ConformanceProfiles.Names);
        Assert.Contains("requirements", ConformanceProfiles.Names);
        // Per release: receiver-core, schema, sender-core, rules; per business-rule profile: rules-<PROFILE>; and full,
        // validation, versioning, envelopes, cases, requirements, strict-reading, signer, verifier, encryption.
        Assert.Equal((4 * StandardCatalogue.Releases.Count) + MlatJson.WireNames<Profile>().Count + 10, ConformanceProfiles.Names.Count);
    }

    [Fact]
    public void Validate_help_lists_every_profile_wire_name_of_the_enum_and_of_the_schema()
    {
        var latest = StandardCatalogue.Releases[^1].Version;
        var codes = JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Schemas, latest, "common", "codes.schema.json")))!;
        var schemaProfiles = codes["$defs"]?["Profile"]?["enum"] ?? codes["definitions"]!["Profile"]!["enum"]!;

        var (_, help, _) = CliRunner.Run("validate", "--help");

        Assert.Equal(schemaProfiles.AsArray().Select(v => (string)v!).Order(StringComparer.Ordinal), MlatJson.WireNames<Profile>().Order(StringComparer.Ordinal));
        Assert.Equal(15, MlatJson.WireNames<Profile>().Count); // 9 profiles of 1.1, plus CETS224_ART8, CETS224_ART9, MLA_EU_2000, MLA_REGIONAL, MLA_CYBERCRIME and MLA_RECIPROCITY in 1.2
        foreach (var name in MlatJson.WireNames<Profile>())
        {
            Assert.Contains(name, help, StringComparison.Ordinal);
            Assert.True(MlatJson.TryParseWireName<Profile>(name, out var value));
            Assert.Equal(name, MlatJson.WireName(value));
        }

        Assert.False(MlatJson.TryParseWireName<Profile>("eio", out _));
    }
}
