using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Tests.Validation.Rules;

/// <summary>
/// MLAT-R-0113 to MLAT-R-0119 (issue 21, part two) on the edges the single-defect samples of the manifest do not reach:
/// exact decimal arithmetic of returned amounts, the 60-day floor of Budapest art. 29(7) counted from the day of the
/// answer, confiscation asked for by EIO, the article test of the art. 31 link, and the generic grounds of a
/// preservation response.
/// </summary>
public sealed class AssetRecoveryAndPreservationRuleTests
{
    private const string Return = "1.2/valid/ExecutionReport/uncac-ch-ng-asset-return.json";
    private const string Preserved = "1.2/valid/PreservationResponse/budapest-art29-de-us-preserved.json";
    private const string Confiscation = "1.2/valid/AssistanceRequest/uncac-ng-ch-freeze-confiscate-return.json";
    private const string Art31 = "1.2/valid/AssistanceRequest/budapest-art31-us-de-disclosure-of-preserved.json";

    [Theory]
    [InlineData("0.3", "0.1", "0.2", true)] // 0.3 - 0.1 is 0.19999999999999998 in binary floating point, 0.2 in decimal
    [InlineData("1000.00", "0.01", "999.99", true)]
    [InlineData("1000.00", "0.01", "999.990", true)] // the scale of a decimal string does not change its value
    [InlineData("1000.00", "0.01", "1000.00", false)]
    [InlineData("1000.00", "0.01", "999.98", false)]
    public void Returned_amounts_are_checked_in_exact_decimal_arithmetic(string gross, string deduction, string net, bool adds)
    {
        var node = Node(Return);
        var returned = node["body"]!["outcomes"]![1]!["assetDispositions"]![1]!;
        returned["grossAmount"]!["amount"] = gross;
        returned["deductions"]![0]!["amount"]!["amount"] = deduction;
        returned["netAmount"]!["amount"] = net;

        var findings = Findings(node, "MLAT-R-0115");

        Assert.Equal(adds ? [] : ["/body/outcomes/1/assetDispositions/1/netAmount/amount"], findings);
    }

    [Fact]
    public void Deductions_without_a_gross_amount_cannot_be_checked_and_are_reported_there()
    {
        var node = Node(Return);
        node["body"]!["outcomes"]![1]!["assetDispositions"]![1]!.AsObject().Remove("grossAmount");

        Assert.Equal(["/body/outcomes/1/assetDispositions/1/grossAmount"], Findings(node, "MLAT-R-0115"));
    }

    [Theory]
    [InlineData("2026-12-01T09:05:00Z", "2027-01-30", true)] // 1 December + 60 days
    [InlineData("2026-12-01T09:05:00Z", "2027-01-29", false)]
    [InlineData("2026-12-01T23:59:59Z", "2027-01-29", false)] // the last second of the day counts from that day too
    [InlineData("2026-11-30T00:00:00Z", "2027-01-29", true)] // across the end of a month and a year: 30 November + 60 days
    [InlineData("9999-12-31T23:59:59.9999999Z", "9999-12-31", true)] // 60 days after the last day of the calendar saturate at it
    [InlineData("9999-12-01T00:00:00Z", "9999-12-30", false)]
    public void Preservation_lasts_at_least_60_days_from_the_day_of_the_answer(string respondedAt, string preservedUntil, bool enough)
    {
        var node = Node(Preserved);
        node["body"]!["respondedAt"] = respondedAt;
        node["body"]!["preservedUntil"] = preservedUntil;

        Assert.Equal(enough ? [] : ["/body/preservedUntil"], Findings(node, "MLAT-R-0118"));
    }

    [Theory]
    [InlineData("PARTIALLY_PRESERVED", "/body/dataRequestRefs")]
    [InlineData("AVAILABILITY_AT_RISK", "/body/availabilityWarning")]
    [InlineData("REFUSED", "/body/refusalGrounds")]
    public void Each_result_carries_what_art_29_asks_of_it(string result, string pointer)
    {
        var node = Node(Preserved);
        var body = node["body"]!.AsObject();
        body["result"] = result;
        body.Remove("dataRequestRefs");
        if (result != "PARTIALLY_PRESERVED")
        {
            body.Remove("preservedUntil");
        }

        Assert.Equal([pointer], Findings(node, "MLAT-R-0118"));
    }

    [Fact]
    public void A_generic_ground_of_a_preservation_refusal_names_its_provision()
    {
        var node = Node(Preserved);
        var body = node["body"]!.AsObject();
        body["result"] = "REFUSED";
        body.Remove("preservedUntil");
        body["refusalGrounds"] = JsonNode.Parse("""[{"code": "ESSENTIAL_INTERESTS", "explanation": {"entries": [{"lang": "en", "text": "Security.", "original": true}]}}]""");

        var report = MlatValidator.Default.Validate(Bytes(node));

        Assert.DoesNotContain(report.Findings, f => f.Code == "MLAT-R-0118");
        Assert.Contains(report.Findings, f => f.Code == "MLAT-R-0110" && f.Pointer == "/body/refusalGrounds/0/legalReference");
    }

    [Fact]
    public void Confiscation_is_not_asked_for_by_eio()
    {
        var validator = new MlatValidator(new MlatValidatorOptions { Profile = Profile.Eio });

        var report = validator.Validate(File.ReadAllBytes(Path.Combine(TestPaths.Samples, Confiscation)));

        Assert.Equal(["/body/measures/1/type"], report.Findings.Where(f => f.Code == "MLAT-R-0114").Select(f => f.Pointer));
    }

    [Theory]
    [InlineData("CONVICTION_BASED", true, false, new[] { "/body/measures/1/details/confiscation/order/final", "/body/measures/1/details/confiscation/returnRequested/basis" })]
    [InlineData("CONVICTION_BASED", true, true, new string[0])]
    [InlineData("ORDER_TO_BE_OBTAINED", false, false, new string[0])] // the final judgement may be a conviction described elsewhere (art. 57(3)(a))
    [InlineData("CONVICTION_BASED", false, false, new[] { "/body/measures/1/details/confiscation/order" })]
    public void A_return_of_embezzled_funds_is_not_asked_for_on_an_order_given_as_not_final(string basis, bool withOrder, bool final, string[] expected)
    {
        var node = Node(Confiscation);
        var confiscation = node["body"]!["measures"]![1]!["details"]!["confiscation"]!.AsObject();
        confiscation["basis"] = basis;
        if (withOrder)
        {
            confiscation["order"]!["final"] = final;
        }
        else
        {
            confiscation.Remove("order");
        }

        Assert.Equal(expected, Findings(node, "MLAT-R-0114"));
    }

    [Theory]
    [InlineData("31", true)]
    [InlineData("31(1)", true)]
    [InlineData("310", false)] // not article 31
    [InlineData("29", false)]
    public void The_art_31_link_is_asked_for_by_article(string article, bool asked)
    {
        var node = Node(Art31);
        node["body"]!["legalBasis"]![0]!["article"] = article;
        node["body"]!.AsObject().Remove("preservationRequests");

        Assert.Equal(asked ? ["/body/preservationRequests"] : [], Findings(node, "MLAT-R-0119"));
    }

    [Theory]
    [InlineData("9999-12-30T10:00:00Z", "9999-12-31", true)]
    [InlineData("9999-12-31T23:59:59Z", "9999-12-31", true)]
    [InlineData("9999-09-01T10:00:00Z", "9999-12-31", false)] // 1 September + 90 days = 30 November
    public void An_EPOC_PR_extension_dated_at_the_end_of_the_calendar_is_checked_without_failing(string createdAt, string extendedUntil, bool within)
    {
        // 90 days after 9999-12-30 lie beyond the calendar: the window saturates at its last day instead of throwing.
        var node = Node("1.2/valid/PreservationExtension/minimal.json");
        node["header"]!["createdAt"] = createdAt;
        node["body"]!["extendedUntil"] = extendedUntil;
        var report = new MlatValidator(new MlatValidatorOptions { Profile = Profile.EpocPr }).Validate(Bytes(node));

        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCodes.RuleFailed);
        Assert.Equal(within ? [] : ["/body/extendedUntil"], report.Findings.Where(f => f.Code == "MLAT-R-0067").Select(f => f.Pointer));
    }

    private static List<string> Findings(JsonNode node, string rule)
        => MlatValidator.Default.Validate(Bytes(node)).Findings.Where(f => f.Code == rule).Select(f => f.Pointer).ToList();

    private static JsonNode Node(string sample) => JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, sample)))!;

    private static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());
}
