using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Tests.Validation;

/// <summary>specification §5.8: the TechnicalRejection reply to a message that failed validation.</summary>
public sealed class TechnicalRejectionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);

    private static readonly Guid ReplyId = Guid.Parse("0b6f0c52-5a2e-4c1e-9d3b-7f3c2a1e9b10");

    private static readonly Party Paris = new()
    {
        Country = CountryCode.FR,
        AuthorityId = "FR:TJ-Paris-Parquet",
        Name = "Parquet du tribunal judiciaire de Paris",
        Role = PartyRole.Receiving,
    };

    private static byte[] Sample(string path) => File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.0", path));

    [Fact]
    public void Rejection_of_a_rule_failure_answers_the_sender_quotes_codes_and_pointers_and_validates()
    {
        var bytes = Sample("rules/MLAT-R-0017/violates-measure-subject-not-in-request.json");
        var report = MlatValidator.Default.Validate(bytes);
        var received = System.Text.Json.Nodes.JsonNode.Parse(bytes)!["header"]!;

        var rejection = TechnicalRejections.Create(report, bytes, Paris, ReplyId, timeProvider: new FixedTime(Now));

        var again = MlatValidator.Default.Validate(MlatJson.SerializeToUtf8Bytes(rejection));
        Assert.True(again.IsSuccess, string.Join("; ", again.Findings.Select(f => f.Code + " " + f.Pointer)));
        var header = rejection.Header;
        Assert.Equal(MessageType.TechnicalRejection, header.MessageType);
        Assert.Equal(ReplyId, header.MessageId);
        Assert.Equal(Now, header.CreatedAt);
        Assert.Equal(Paris, header.Sender);
        Assert.Equal(received["sender"]!["authorityId"]!.GetValue<string>(), header.Recipient.AuthorityId);
        Assert.Equal(PartyRole.Issuing, header.Recipient.Role);
        var rejectedId = Guid.Parse(received["messageId"]!.GetValue<string>());
        Assert.Equal(rejectedId, header.InReplyTo);
        Assert.Equal(Guid.Parse(received["conversationId"]!.GetValue<string>()), header.ConversationId);

        var body = Assert.IsType<TechnicalRejection>(rejection.Body);
        Assert.Equal(rejectedId, body.RejectedMessageId);
        Assert.Equal(RejectionStage.Rules, body.Stage);
        Assert.Equal(report.Findings.Select(f => (f.Code, f.Pointer)), body.Findings.Select(f => (f.Code, f.Pointer)));
        Assert.All(body.Findings, f => Assert.Equal(RejectionSeverity.Error, f.Severity));
    }

    [Fact]
    public void Bytes_with_a_duplicate_member_quote_nothing_of_their_header()
    {
        // Two parsers could read a duplicated messageId differently: the rejection must not pick one (strict path).
        var text = System.Text.Encoding.UTF8.GetString(Sample("rules/MLAT-R-0017/violates-measure-subject-not-in-request.json"));
        var received = System.Text.Json.Nodes.JsonNode.Parse(text)!["header"]!;
        var duplicated = text.Replace("\"header\": {", "\"header\": {\"messageId\": \"0190b0a0-0000-7000-8000-000000000001\",", StringComparison.Ordinal);
        Assert.NotEqual(text, duplicated);
        var bytes = System.Text.Encoding.UTF8.GetBytes(duplicated);
        var report = MlatValidator.Default.Validate(bytes);
        Assert.Contains(report.Findings, f => f.Code == FindingCodes.JsonDuplicateMember);

        var rejection = TechnicalRejections.Create(report, bytes, Paris, ReplyId, timeProvider: new FixedTime(Now));

        // The duplicated messageId is quoted nowhere; the unambiguous sender is still answered.
        Assert.Null(rejection.Header.InReplyTo);
        Assert.Null(((TechnicalRejection)rejection.Body).RejectedMessageId);
        Assert.DoesNotContain("0190b0a0-0000-7000-8000-000000000001", MlatJson.Serialize(rejection), StringComparison.Ordinal);
        Assert.Equal(received["sender"]!["authorityId"]!.GetValue<string>(), rejection.Header.Recipient.AuthorityId);
    }

    [Fact]
    public void Rejection_of_a_schema_failure_has_stage_schema()
    {
        var bytes = Sample("invalid/AcknowledgementOfReceipt/authority-type-not-in-enum.json");
        var report = MlatValidator.Default.Validate(bytes);

        var body = (TechnicalRejection)TechnicalRejections.Create(report, bytes, Paris, ReplyId, timeProvider: new FixedTime(Now)).Body;

        Assert.Equal(RejectionStage.Schema, body.Stage);
        Assert.Equal([("schema.enum", "/body/receivingAuthority/type")], body.Findings.Select(f => (f.Code, f.Pointer)));
        Assert.NotNull(body.RejectedMessageId);
    }

    [Fact]
    public void Unreadable_bytes_are_rejected_to_the_given_recipient_without_a_rejected_id()
    {
        var bytes = "{\"header\": {\"messageId\": "u8.ToArray();
        var report = MlatValidator.Default.Validate(bytes);
        var munich = new Party { Country = CountryCode.DE, AuthorityId = "DE:StA-Muenchen-I", Name = "Staatsanwaltschaft München I", Role = PartyRole.Issuing };

        Assert.Throws<ArgumentException>(() => TechnicalRejections.Create(report, bytes, Paris, ReplyId, timeProvider: new FixedTime(Now)));
        var rejection = TechnicalRejections.Create(report, bytes, Paris, ReplyId, munich, new FixedTime(Now));

        Assert.True(MlatValidator.Default.Validate(MlatJson.SerializeToUtf8Bytes(rejection)).IsSuccess);
        var body = (TechnicalRejection)rejection.Body;
        Assert.Equal(RejectionStage.Parse, body.Stage);
        Assert.Null(body.RejectedMessageId);
        Assert.Null(rejection.Header.InReplyTo);
        Assert.Equal(ReplyId, rejection.Header.ConversationId);
        Assert.Equal(munich, rejection.Header.Recipient);
    }

    [Fact]
    public void Valid_report_cannot_be_rejected()
    {
        var bytes = Sample("valid/AssistanceRequest/minimal.json");
        var report = MlatValidator.Default.Validate(bytes);

        Assert.Throws<ArgumentException>(() => TechnicalRejections.Create(report, bytes, Paris, ReplyId, timeProvider: new FixedTime(Now)));
    }

    [Theory]
    [InlineData("{\"body\":{\"QXsecretName\":1}}", "/body/QXsecretName", "schema.additionalProperties", "/body")]
    [InlineData("{\"body\":{\"receivingAuthority\":{\"QXsecretName\":\"x\"}}}", "/body/receivingAuthority/QXsecretName", "schema.additionalProperties", "/body/receivingAuthority")]
    public void A_rejection_never_names_a_member_the_standard_does_not_define(string patch, string local, string code, string quoted)
    {
        // Issue 11 point 7: the name of an undefined member (or an extension id) may be personal data. The local report
        // points at it; the rejection sent abroad stops at the object that holds it, and the code says what it was.
        var document = System.Text.Json.Nodes.JsonNode.Parse(Sample("valid/AcknowledgementOfReceipt/full-paris-to-munich.json"))!;
        Merge(document, System.Text.Json.Nodes.JsonNode.Parse(patch)!);
        var bytes = System.Text.Encoding.UTF8.GetBytes(document.ToJsonString());
        var report = MlatValidator.Default.Validate(bytes);
        Assert.Contains(report.Findings, f => f.Code == code && f.Pointer == local);

        var rejection = TechnicalRejections.Create(report, bytes, Paris, ReplyId, timeProvider: new FixedTime(Now));

        var finding = Assert.Single(((TechnicalRejection)rejection.Body).Findings, f => f.Code == code);
        Assert.Equal(quoted, finding.Pointer);
        Assert.DoesNotContain("QXsecretName", MlatJson.Serialize(rejection), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/body/persons/2/dateOfBirth", "/body/persons/2/dateOfBirth")]
    [InlineData("/extensions/org.example.QXsecretName/level", "/extensions")]
    [InlineData("/body/measures/01", "/body/measures")] // not an array index: a member name
    [InlineData("/body/a~1b", "/body")]
    [InlineData("", "")]
    public void A_pointer_keeps_the_defined_members_and_indexes_only(string pointer, string kept)
        => Assert.Equal(kept, Mlat.Sdk.Validation.Schemas.DefinedMembers.Truncate(pointer));

    [Fact]
    public void A_duplicate_undefined_member_found_while_reading_is_quoted_without_its_name()
    {
        var text = System.Text.Encoding.UTF8.GetString(Sample("valid/AcknowledgementOfReceipt/full-paris-to-munich.json"));
        var bytes = System.Text.Encoding.UTF8.GetBytes(text.Replace("\"body\": {", "\"body\": {\"QXsecretName\": 1, \"QXsecretName\": 2,", StringComparison.Ordinal));
        var report = MlatValidator.Default.Validate(bytes);
        Assert.Contains(report.Findings, f => f.Code == "MLAT-JSON-DUPLICATE-MEMBER" && f.Pointer == "/body/QXsecretName");

        var rejection = TechnicalRejections.Create(report, bytes, Paris, ReplyId, timeProvider: new FixedTime(Now));

        Assert.Equal([("MLAT-JSON-DUPLICATE-MEMBER", "/body")], ((TechnicalRejection)rejection.Body).Findings.Select(f => (f.Code, f.Pointer)));
    }

    private static void Merge(System.Text.Json.Nodes.JsonNode target, System.Text.Json.Nodes.JsonNode patch)
    {
        foreach (var (name, value) in patch.AsObject())
        {
            if (value is System.Text.Json.Nodes.JsonObject inner && target[name] is System.Text.Json.Nodes.JsonObject existing)
            {
                Merge(existing, inner);
            }
            else
            {
                target[name] = value!.DeepClone();
            }
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
