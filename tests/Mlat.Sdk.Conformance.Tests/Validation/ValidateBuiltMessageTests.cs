using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Conformance.Tests.Validation;

/// <summary>
/// Issue 20, point 2: a message built in code is validated without the caller serialising it, with the receiver's
/// findings, and each finding maps to the C# member to fix as well as to its JSON pointer.
/// </summary>
public sealed class ValidateBuiltMessageTests
{
    private static MlatMessage Message(string id) => SampleManifest.Get(id).Validate(File.ReadAllBytes(SampleManifest.Get(id).FullPath)).Message!;

    [Fact]
    public void A_message_built_in_code_gets_the_receiver_s_findings_and_the_member_path_of_each()
    {
        // Built from the satisfying twin: the transfer's direction turned the wrong way, in C#.
        var request = Message("1.0/rules/MLAT-R-0071/satisfies-transfer-to-issuing-state");
        var body = (AssistanceRequest)request.Body;
        var measures = body.Measures.ToList();
        var transfer = measures[2].Details!.DetainedPersonTransfer!;
        measures[2] = measures[2] with { Details = measures[2].Details! with { DetainedPersonTransfer = transfer with { Direction = TransferDirection.ToExecutingState } } };
        var built = request with { Body = body with { Measures = measures } };

        var report = MlatValidator.Default.Validate(built);

        var finding = Assert.Single(report.Findings, f => f.Code == "MLAT-R-0071");
        Assert.Equal("/body/measures/2/details/detainedPersonTransfer/direction", finding.Pointer);
        Assert.Equal("Body.Measures[2].Details.DetainedPersonTransfer.Direction", MemberPaths.For(report.MessageType!.Value, finding.Pointer));
        var wire = MlatValidator.Default.Validate(File.ReadAllBytes(SampleManifest.Get("1.0/rules/MLAT-R-0071/violates-transfer-to-issuing-state-going-the-other-way").FullPath));
        Assert.Equal(wire.Findings.Select(f => (f.Code, f.Pointer)), report.Findings.Select(f => (f.Code, f.Pointer)));
    }

    [Fact]
    public void A_body_of_another_type_than_the_header_names_is_a_coded_finding_not_an_exception()
    {
        var request = Message("1.0/rules/MLAT-R-0071/satisfies-transfer-to-issuing-state");
        var mislabelled = request with { Header = request.Header with { MessageType = MessageType.StatusQuery } };

        var report = MlatValidator.Default.Validate(mislabelled);

        Assert.False(report.IsSuccess);
        Assert.Equal([(FindingCodes.TypeBodyMismatch, "/header/messageType")], report.Findings.Select(f => (f.Code, f.Pointer)));
    }

    [Fact]
    public void Create_and_ReplyTo_fill_the_header_the_specification_asks_for_and_the_result_validates()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.Zero));
        var wire = Message("1.2/valid/AssistanceRequest/eio-de-fr-bank-records-fraud");
        var created = MlatMessage.Create(wire.Body, wire.Header.Sender, wire.Header.Recipient, LanguageCode.De, timeProvider: clock);
        var request = created with { Header = created.Header with { OurReference = "401 Js 12345/26" } };

        Assert.Equal((MessageType.AssistanceRequest, MlatVersion.Latest, request.Header.MessageId, clock.GetUtcNow()), (request.Header.MessageType, request.Header.Version, request.Header.ConversationId, request.Header.CreatedAt));
        Assert.Equal(7, request.Header.MessageId.Version);
        Assert.True(MlatValidator.Default.Validate(request).IsSuccess, string.Join("; ", MlatValidator.Default.Validate(request).Findings.Select(f => f.Code + " " + f.Pointer)));

        var ack = (AcknowledgementOfReceipt)Message("1.2/valid/AcknowledgementOfReceipt/minimal-annex-b").Body;
        var reply = MlatMessage.ReplyTo(request, ack, LanguageCode.Fr, clock);

        Assert.Equal(
            (MessageType.AcknowledgementOfReceipt, request.Header.Version, request.Header.ConversationId, (Guid?)request.Header.MessageId, request.Header.Recipient, request.Header.Sender, "401 Js 12345/26"),
            (reply.Header.MessageType, reply.Header.Version, reply.Header.ConversationId, reply.Header.InReplyTo, reply.Header.Sender, reply.Header.Recipient, reply.Header.YourReference));
        Assert.NotEqual(request.Header.MessageId, reply.Header.MessageId);
        Assert.True(MlatValidator.Default.Validate(reply).IsSuccess, string.Join("; ", MlatValidator.Default.Validate(reply).Findings.Select(f => f.Code + " " + f.Pointer)));
        Assert.Equal([new TextEntry { Lang = LanguageCode.Fr, Text = "Texte", Original = true }], MultilingualText.Of(LanguageCode.Fr, "Texte").Entries);
    }

    [Fact]
    public void ReplyTo_takes_sender_recipient_their_roles_and_references_from_the_message_answered_as_specification_2_2_says()
    {
        // Issue 20, point 3: the roles come from the conversation, not from the caller. Paris was addressed as the
        // RECEIVING authority (EIO annex B section B), so it acknowledges in that role, to Munich as ISSUING.
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.Zero));
        var wire = Message("1.2/valid/AssistanceRequest/eio-de-fr-bank-records-fraud");
        var receiving = wire.Header.Recipient with { Role = PartyRole.Receiving };
        var created = MlatMessage.Create(wire.Body, wire.Header.Sender, receiving, LanguageCode.De, timeProvider: clock);
        var request = created with { Header = created.Header with { OurReference = "401 Js 12345/26" } };
        var ackBody = (AcknowledgementOfReceipt)Message("1.2/valid/AcknowledgementOfReceipt/minimal-annex-b").Body;

        var answer = MlatMessage.ReplyTo(request, ackBody, LanguageCode.Fr, clock);
        var ack = answer with { Header = answer.Header with { OurReference = "PNF 26/0815" } };
        var query = MlatMessage.ReplyTo(ack, Message("1.2/valid/StatusQuery/minimal").Body, LanguageCode.De, clock);
        var withdrawal = MlatMessage.ReplyTo(request, Message("1.2/valid/WithdrawalNotice/minimal").Body, LanguageCode.De, clock);

        // An answer: the roles swap with the parties, and the answered message's reference becomes yourReference.
        Assert.Equal((receiving, wire.Header.Sender, "401 Js 12345/26", (string?)null), (ack.Header.Sender, ack.Header.Recipient, ack.Header.YourReference, answer.Header.OurReference));
        Assert.Equal((PartyRole.Receiving, PartyRole.Issuing), (ack.Header.Sender.Role, ack.Header.Recipient.Role));
        // An answer to the answer: Munich asks, as ISSUING, and quotes Paris's file number.
        Assert.Equal((wire.Header.Sender, receiving, "PNF 26/0815", (Guid?)ack.Header.MessageId), (query.Header.Sender, query.Header.Recipient, query.Header.YourReference, query.Header.InReplyTo));
        // A follow-up of one's own request (same side, specification §2.3): same parties and references, not sent to oneself.
        Assert.Equal((wire.Header.Sender, receiving, "401 Js 12345/26", (string?)null), (withdrawal.Header.Sender, withdrawal.Header.Recipient, withdrawal.Header.OurReference, withdrawal.Header.YourReference));
        Assert.All(new[] { ack, query, withdrawal }, m => Assert.Equal(request.Header.ConversationId, m.Header.ConversationId));
    }

    [Fact]
    public void Serialize_writes_the_body_s_type_in_the_header_so_a_mislabelled_message_is_not_an_exception()
    {
        // Issue 20, point 3: the serializer threw on a header/body disagreement. The typed body decides what is written;
        // the validator still reports the in-memory disagreement (the test above).
        var request = Message("1.0/rules/MLAT-R-0071/satisfies-transfer-to-issuing-state");
        var mislabelled = request with { Header = request.Header with { MessageType = MessageType.StatusQuery } };

        var written = MlatJson.SerializeToUtf8Bytes(mislabelled);

        Assert.Equal(MlatJson.SerializeToUtf8Bytes(request), written);
        var read = MlatValidator.Default.Validate(written);
        Assert.Equal(MessageType.AssistanceRequest, read.MessageType);
        Assert.True(read.IsSuccess, string.Join(", ", read.Findings.Select(f => f.Code)));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("/header/sender/authorityId", "Header.Sender.AuthorityId")]
    [InlineData("/body/persons/0/familyNames/1", "Body.Persons[0].FamilyNames[1]")]
    [InlineData("/body/measures/0/description/entries/1/translation/method", "Body.Measures[0].Description.Entries[1].Translation.Method")]
    [InlineData("/extensions/org.example.case:v1/internal/x", "Extensions[\"org.example.case:v1\"]")]
    [InlineData("/signatures/1/protected", "Signatures[1].Protected")]
    [InlineData("/body/noSuchMember", null)]
    [InlineData("/body/persons/first", null)]
    [InlineData("body", null)]
    public void A_pointer_maps_to_the_member_path_of_the_model(string pointer, string? path)
        => Assert.Equal(path, MemberPaths.For(MessageType.AssistanceRequest, pointer));

    [Fact]
    public void Every_pointer_of_every_expected_finding_in_the_corpus_names_a_member_of_the_model()
    {
        // Schema, format, binding and rule findings of the whole manifest: the pointers a caller will meet. An undefined
        // member (schema.additionalProperties) is by definition not in the model, which could not have built it: null.
        var cases = SampleManifest.Cases.Where(c => Enum.TryParse<MessageType>(c.MessageType, out _)).ToList();
        Assert.All(
            cases.SelectMany(c => c.ExpectedFindings.Where(f => f.Code == "schema.additionalProperties").Select(f => (c.MessageType, f.Pointer))),
            x => Assert.Null(MemberPaths.For(Enum.Parse<MessageType>(x.MessageType), x.Pointer)));
        var unmapped = cases
            .SelectMany(c => c.ExpectedFindings.Where(f => !f.Code.StartsWith("MLAT-JSON-", StringComparison.Ordinal) && f.Code != "schema.additionalProperties").Select(f => (c.Id, f.Code, f.Pointer, Path: MemberPaths.For(Enum.Parse<MessageType>(c.MessageType), f.Pointer))))
            .Where(x => x.Path is null)
            .Select(x => $"{x.Id}: {x.Code} {x.Pointer}")
            .ToList();

        Assert.True(unmapped.Count == 0, string.Join("\n", unmapped.Take(20)));
    }
}
