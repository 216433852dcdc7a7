using System.Text.Json.Nodes;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Tests.Validation;

/// <summary>
/// Issue 11 point 7: a schema finding says what is expected — the code list (named, and listed when short), the range,
/// the length, the meaning of a pattern, the format — from the schema alone, never from the message.
/// </summary>
public sealed class FindingMessageTests
{
    private static Finding Only(string file, string pointer)
    {
        var report = MlatValidator.Default.Validate(File.ReadAllBytes(Path.Combine(TestPaths.Samples, file)));
        return Assert.Single(report.Findings, f => f.Pointer == pointer);
    }

    [Theory]
    [InlineData("1.0/invalid/AcknowledgementOfReceipt/authority-type-not-in-enum.json", "/body/receivingAuthority/type", "expected one of the 7 codes of AuthorityType: JUDGE, COURT, INVESTIGATING_JUDGE, PUBLIC_PROSECUTOR, CENTRAL_AUTHORITY, POLICE, OTHER_COMPETENT (Kind of authority")]
    [InlineData("1.1/invalid/PreservationOrder/unknown-profile.json", "/body/profile", "one of the 9 codes of Profile: EIO, MLA_UNTOC")]
    [InlineData("1.1/invalid/PreservationExtension/extension-of-nothing.json", "/body/extension", "expected Duration: an ISO 8601 duration with at least one component")]
    [InlineData("1.1/invalid/PreservationOrder/port-not-digits.json", "/body/dataRequests/0/identifier/port", "matching ^(0|[1-9][0-9]{0,4})$")]
    [InlineData("1.1/invalid/PreservationExtension/impossible-date.json", "/body/extendedUntil", "expected an RFC 3339 full-date (YYYY-MM-DD) that exists in the calendar")]
    [InlineData("1.1/invalid/ProductionOrder/empty-data-requests.json", "/body/dataRequests", "expected at least 1 item(s)")]
    [InlineData("1.1/invalid/ProductionOrder/missing-emergency-flag.json", "/body/emergency", "expected the member 'emergency'")]
    [InlineData("1.0/invalid/EvidenceTransmission/part-number-zero.json", "/body/part/number", "expected a number of at least 1")]
    [InlineData("1.0/invalid/AdditionalInformationResponse/answers-not-array.json", "/body/answers", "expected a JSON array")]
    [InlineData("1.1/invalid/SubsequentProductionConfirmation/duplicate-item-refs.json", "/body/dataRequestRefs", "expected each value at most once")]
    public void A_schema_finding_says_what_is_expected(string file, string pointer, string expected)
        => Assert.Contains(expected, Only(file, pointer).Message, StringComparison.Ordinal);

    public static TheoryData<string> InvalidSamples()
    {
        var data = new TheoryData<string>();
        foreach (var c in JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, "manifest.json")))!["cases"]!.AsArray())
        {
            if (c!["kind"] is null && !c["expectValid"]!.GetValue<bool>())
            {
                data.Add(c["file"]!.GetValue<string>());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void Every_schema_finding_of_the_kit_names_a_specific_expectation(string file)
    {
        var report = MlatValidator.Default.Validate(File.ReadAllBytes(Path.Combine(TestPaths.Samples, file)));

        // The fallbacks say nothing the keyword did not already say: none of them may be what an integrator reads.
        Assert.All(report.Findings.Where(f => f.Category == FindingCategory.Schema), f =>
        {
            Assert.Contains("; expected ", f.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("a value the schema allows", f.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("the JSON type the schema gives", f.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("text of the required form", f.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("ISO 3166-1 alpha-2 country code, upper case. Greece is GR.", "ISO 3166-1 alpha-2 country code, upper case")]
    [InlineData("Ground under EIO art. 11 and art. 12. The rest.", "Ground under EIO art. 11 and art. 12")]
    [InlineData("Number of this part, from 1.", "Number of this part, from 1")]
    [InlineData("", null)]
    public void The_meaning_of_a_type_is_the_first_sentence_of_its_description(string description, string? sentence)
        => Assert.Equal(sentence, SchemaExpectations.FirstSentence(description));
}
