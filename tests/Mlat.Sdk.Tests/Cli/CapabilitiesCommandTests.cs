using System.Text.Json.Nodes;

namespace Mlat.Sdk.Tests.Cli;

/// <summary>
/// <c>mlat capabilities init|validate|sign|diff</c> and <c>mlat validate --recipient</c> (issue 19 points 2 and 4,
/// specification §10.7): a skeleton validates, a profile is signed and then verifies against the trust list while a
/// changed one does not, diff names the items that changed, and a draft checked against a profile gets its MLAT-REQ
/// finding in text and JSON.
/// </summary>
public sealed class CapabilitiesCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("mlat-caps-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Sample(string name) => Path.Combine(TestPaths.Samples, "capabilities", name);

    private string Write(string name, JsonNode node)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, node.ToJsonString());
        return path;
    }

    private string Draft(string @case) => Write("draft.json", JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, "capabilities", "cases", @case)))!["message"]!);

    [Fact]
    public void Init_writes_a_skeleton_that_validates_and_names_each_instrument()
    {
        var path = Path.Combine(dir, "profile.json");
        var (exit, _, error) = CliRunner.Run("capabilities", "init", "--country", "KE", "--authority", "KE:OAG-CA", "--instrument", "UNTOC", "--instrument", "UNCAC", "--out", path);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        var doc = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal("1.1", (string?)doc["capabilitiesVersion"]);
        Assert.Equal(["UNTOC", "UNCAC"], doc["requirements"]!["instruments"]!.AsArray().Select(i => (string)i!["instrument"]!));
        Assert.All(doc["requirements"]!["instruments"]!.AsArray(), i => Assert.Equal("ILLUSTRATIVE", (string?)i!["source"]!["status"]));

        var (validExit, output, _) = CliRunner.Run("capabilities", "validate", path);
        Assert.Equal(0, validExit);
        Assert.Contains("2 instrument(s), 2 item(s), 2 illustrative", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_refuses_an_unknown_instrument_and_a_malformed_authority_with_exit_2()
    {
        Assert.Equal(2, CliRunner.Run("capabilities", "init", "--country", "KE", "--authority", "KE:OAG-CA", "--instrument", "NOT_A_TREATY", "--out", Path.Combine(dir, "x.json")).Exit);
        var (exit, _, error) = CliRunner.Run("capabilities", "init", "--country", "KE", "--authority", "no colon", "--instrument", "UNTOC", "--out", Path.Combine(dir, "y.json"));
        Assert.Equal(2, exit);
        Assert.Contains("/party/authorityId", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "y.json")));
    }

    [Fact]
    public void Validate_reports_a_schema_violation_and_a_duplicate_item_id_at_their_pointers()
    {
        var doc = JsonNode.Parse(File.ReadAllText(Sample("de-bfj.json")))!;
        doc["requirements"]!["instruments"]![0]!["languages"]![0]!["source"]!["status"] = "ASSUMED";
        doc["requirements"]!["instruments"]![1]!["channels"]![0]!["id"] = "de.ets030.channel";
        var (exit, output, _) = CliRunner.Run("capabilities", "validate", Write("bad.json", doc));

        Assert.Equal(1, exit);
        Assert.Contains("NOT VALID", output, StringComparison.Ordinal);
        Assert.Contains("schema.enum", output, StringComparison.Ordinal);
        Assert.Contains("/requirements/instruments/0/languages/0/source/status", output, StringComparison.Ordinal);
        Assert.Contains("MLAT-VER-CAPABILITIES-DUPLICATE-ID", output, StringComparison.Ordinal);
        Assert.Contains("/requirements/instruments/1/channels/0/id", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signed_profile_verifies_against_the_trust_list_and_a_changed_one_does_not()
    {
        // The sample French profile, published by the test recipient authority (signature 0 must be by party.authorityId).
        var doc = JsonNode.Parse(File.ReadAllText(Sample("fr-bepi.json")))!;
        doc["party"]!["authorityId"] = CliKeys.Recipient;
        var unsigned = Write("fr.json", doc);
        var signed = Path.Combine(dir, "fr.signed.json");
        var (signExit, signOutput, signError) = CliRunner.Run("capabilities", "sign", unsigned, "--key", CliKeys.RecipientKey, "--cert", CliKeys.RecipientChain, "--out", signed);
        Assert.True(signExit == 0, signOutput + signError);

        var (exit, output, _) = CliRunner.Run("capabilities", "validate", signed, "--trust", CliKeys.TrustList);
        Assert.True(exit == 0, output);
        Assert.Contains("signatures verified", output, StringComparison.Ordinal);

        var tampered = JsonNode.Parse(File.ReadAllText(signed))!;
        tampered["requirements"]!["instruments"]![0]!["languages"]![0]!["languages"]![0] = "en";
        var tamperedPath = Write("fr.tampered.json", tampered);
        var (badExit, badOutput, _) = CliRunner.Run("capabilities", "validate", tamperedPath, "--trust", CliKeys.TrustList);
        Assert.Equal(1, badExit);
        Assert.Contains("MLAT-SIG-", badOutput, StringComparison.Ordinal);

        // mlat validate --recipient with --recipient-trust takes only the verified profile.
        var draft = Draft("fr-bepi/fr.eio/meets.json");
        var (meets, meetsOutput, meetsError) = CliRunner.Run("validate", draft, "--recipient", signed, "--recipient-trust", CliKeys.TrustList);
        Assert.True(meets == 0, meetsOutput + meetsError);
        var (refused, _, refusedError) = CliRunner.Run("validate", draft, "--recipient", tamperedPath, "--recipient-trust", CliKeys.TrustList);
        Assert.Equal(2, refused);
        Assert.Contains("MLAT-CLI-BAD-PROFILE", refusedError, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_refuses_an_invalid_profile_and_writes_nothing()
    {
        var doc = JsonNode.Parse(File.ReadAllText(Sample("fr-bepi.json")))!;
        doc["party"]!["authorityId"] = CliKeys.Recipient;
        doc["requirements"]!["instruments"]![0]!.AsObject().Remove("effectiveFrom");
        var output = Path.Combine(dir, "out.json");
        var (exit, text, _) = CliRunner.Run("capabilities", "sign", Write("bad.json", doc), "--key", CliKeys.RecipientKey, "--cert", CliKeys.RecipientChain, "--out", output);
        Assert.Equal(1, exit);
        Assert.Contains("/requirements/instruments/0/effectiveFrom", text, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Diff_names_the_added_changed_and_removed_items_and_exits_1_and_0_for_identical_documents()
    {
        var doc = JsonNode.Parse(File.ReadAllText(Sample("de-bfj.json")))!;
        var ets030 = doc["requirements"]!["instruments"]![0]!;
        ets030["languages"]![0]!["languages"] = new JsonArray("de", "en");
        ets030["penaltyThresholds"] = new JsonArray(JsonNode.Parse("""{"id":"de.ets030.threshold","measures":["SEARCH_AND_SEIZURE"],"minimum":"P1Y","source":{"status":"ILLUSTRATIVE","citation":"ETS 030 art. 5(1)(b)"},"effectiveFrom":"2027-01-01"}"""));
        ets030.AsObject().Remove("costs");
        var (exit, output, _) = CliRunner.Run("capabilities", "diff", Sample("de-bfj.json"), Write("new.json", doc), "--format", "json");

        Assert.Equal(1, exit);
        var items = JsonNode.Parse(output)!["items"]!.AsArray().Select(i => ((string)i!["change"]!, (string)i!["id"]!, (string)i!["kind"]!)).ToList();
        Assert.Equal([("changed", "de.ets030.languages", "languages"), ("added", "de.ets030.threshold", "penaltyThresholds"), ("removed", "de.ets030.costs", "costs")], items);
        Assert.Equal(["languages"], JsonNode.Parse(output)!["items"]![0]!["members"]!.AsArray().Select(m => (string)m!));

        var (same, text, _) = CliRunner.Run("capabilities", "diff", Sample("de-bfj.json"), Sample("de-bfj.json"));
        Assert.Equal(0, same);
        Assert.Contains("no change", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_with_a_recipient_reports_the_requirement_finding_and_without_it_the_draft_is_valid()
    {
        var draft = Draft("gb-ukca/gb.ets030/misses-authority.json");
        Assert.Equal(0, CliRunner.Run("validate", draft).Exit);

        var (exit, output, error) = CliRunner.Run("validate", draft, "--recipient", Sample("gb-ukca.json"), "--format", "json");
        Assert.Equal(1, exit);
        var finding = Assert.Single(JsonNode.Parse(output)!["findings"]!.AsArray())!;
        Assert.Equal("MLAT-REQ-AUTHORITY", (string?)finding["code"]);
        Assert.Equal("/header/recipient/authorityId", (string?)finding["pointer"]);
        Assert.Contains("gb.ets030.channel", (string)finding["message"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("GB:Another-Authority", (string)finding["message"]!, StringComparison.Ordinal);
        Assert.Contains("not verified", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recipient_document_without_a_profile_or_unreadable_is_a_usage_error()
    {
        var draft = Draft("gb-ukca/gb.ets030/meets.json");
        var doc = JsonNode.Parse(File.ReadAllText(Sample("gb-ukca.json")))!;
        doc.AsObject().Remove("requirements");
        var (exit, _, error) = CliRunner.Run("validate", draft, "--recipient", Write("plain.json", doc));
        Assert.Equal(2, exit);
        Assert.Contains("MLAT-CLI-BAD-PROFILE", error, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("validate", draft, "--recipient", Path.Combine(dir, "missing.json")).Exit);
        Assert.Equal(2, CliRunner.Run("validate", draft, "--recipient", Sample("gb-ukca.json"), "--request", draft).Exit);
    }
}
