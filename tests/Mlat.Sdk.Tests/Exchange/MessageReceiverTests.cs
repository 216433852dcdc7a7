using System.Text;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;
using static Mlat.Sdk.Tests.Exchange.ExchangeTestKit;

namespace Mlat.Sdk.Tests.Exchange;

public sealed class MessageReceiverTests
{
    [Fact]
    public async Task Receive_accepts_a_signed_request_with_its_signer_and_typed_message()
    {
        var id = Guid.NewGuid();
        var signed = Sign(Request(id), Munich);

        var result = await ParisReceiver().ReceiveAsync(signed);

        Assert.True(result.IsSuccess, string.Join(",", Codes(result.Findings)));
        Assert.Equal(ReceiveStage.Accepted, result.Stage);
        Assert.Equal(MunichId, Assert.Single(result.Signers).AuthorityId);
        Assert.Equal(id, result.Message!.Header.MessageId);
        Assert.IsType<AssistanceRequest>(result.Message.Body);
        Assert.Equal(signed, result.Envelope!.Value.ToArray());
        Assert.Null(result.Rejection);
        Assert.False(result.WasEncrypted);
    }

    [Fact]
    public async Task Receive_decrypts_a_jwe_then_verifies_and_validates_the_plaintext()
    {
        var signed = Sign(Request(Guid.NewGuid()), Munich);
        var jwe = Encoding.ASCII.GetBytes(EnvelopeEncryptor.EncryptToCertificate(signed, Paris.SignerCertificate));
        using var decryptor = new EnvelopeDecryptor(Paris.SignerKey);

        var result = await ParisReceiver(decryptor: decryptor).ReceiveAsync(jwe);

        Assert.True(result.IsSuccess, string.Join(",", Codes(result.Findings)));
        Assert.True(result.WasEncrypted);
        Assert.Equal(signed, result.Envelope!.Value.ToArray());
    }

    [Fact]
    public async Task Receive_refuses_a_jwe_for_another_key_at_decryption_and_answers_the_transport_peer()
    {
        var signed = Sign(Request(Guid.NewGuid()), Munich);
        var jwe = Encoding.ASCII.GetBytes(EnvelopeEncryptor.EncryptToCertificate(signed, Munich.SignerCertificate));
        using var decryptor = new EnvelopeDecryptor(Paris.SignerKey);
        var receiver = ParisReceiver(decryptor: decryptor);

        var anonymous = await receiver.ReceiveAsync(jwe);
        var fromPeer = await receiver.ReceiveAsync(jwe, context: new ReceiveContext { Peer = MunichParty });

        Assert.Equal(ReceiveStage.Decryption, anonymous.Stage);
        Assert.Equal([FindingCodes.EncDecryptionFailed], Codes(anonymous.Findings));
        Assert.Null(anonymous.Rejection); // the header is sealed and no peer is known: nobody to answer
        var rejection = fromPeer.Rejection!;
        Assert.Equal(MunichId, rejection.Header.Recipient.AuthorityId);
        Assert.Equal(RejectionStage.Decryption, ((TechnicalRejection)rejection.Body).Stage);
    }

    [Fact]
    public async Task Receive_refuses_a_jwe_when_it_holds_no_key_with_the_single_decryption_code()
    {
        var jwe = Encoding.ASCII.GetBytes(EnvelopeEncryptor.EncryptToCertificate(Sign(Request(Guid.NewGuid()), Munich), Paris.SignerCertificate));

        var result = await ParisReceiver().ReceiveAsync(jwe);

        Assert.Equal(ReceiveStage.Decryption, result.Stage);
        Assert.Equal([FindingCodes.EncDecryptionFailed], Codes(result.Findings));
    }

    [Fact]
    public async Task Receive_refuses_a_duplicate_member_at_reading_before_any_signature_check()
    {
        var text = Encoding.UTF8.GetString(Sign(Request(Guid.NewGuid()), Munich));
        var duplicated = Encoding.UTF8.GetBytes(text.Replace("\"language\": \"de\"", "\"language\": \"de\", \"language\": \"de\"", StringComparison.Ordinal));
        Assert.NotEqual(text, Encoding.UTF8.GetString(duplicated));

        var result = await ParisReceiver().ReceiveAsync(duplicated);

        Assert.Equal(ReceiveStage.Reading, result.Stage);
        Assert.Contains(FindingCodes.JsonDuplicateMember, Codes(result.Findings));
        Assert.Empty(result.Signers);
        Assert.Equal(RejectionStage.Parse, ((TechnicalRejection)result.Rejection!.Body).Stage);
    }

    [Fact]
    public async Task Receive_refuses_an_altered_body_at_verification_and_addresses_the_rejection_to_the_sender()
    {
        var id = Guid.NewGuid();
        var altered = Mutate(Sign(Request(id), Munich), n => n["body"]!["profile"] = "UNTOC");

        var result = await ParisReceiver().ReceiveAsync(altered);

        Assert.Equal(ReceiveStage.Verification, result.Stage);
        Assert.Contains(FindingCodes.SigContentDigest, Codes(result.Findings));
        Assert.Null(result.Message);
        Assert.Null(result.Envelope);
        var rejection = result.Rejection!;
        var body = (TechnicalRejection)rejection.Body;
        Assert.Equal(id, body.RejectedMessageId);
        Assert.Equal(RejectionStage.Signature, body.Stage);
        Assert.Equal(MunichId, rejection.Header.Recipient.AuthorityId);
        Assert.Equal(ParisId, rejection.Header.Sender.AuthorityId);
        Assert.True(MlatValidator.Default.Validate(MlatJson.SerializeToUtf8Bytes(rejection)).IsSuccess);
    }

    [Fact]
    public async Task Receive_refuses_a_signer_outside_the_trust_list()
    {
        var result = await ParisReceiver().ReceiveAsync(Sign(Request(Guid.NewGuid()), Stranger));

        Assert.Equal(ReceiveStage.Verification, result.Stage);
        Assert.Contains(FindingCodes.TrustChainUntrusted, Codes(result.Findings));
    }

    [Fact]
    public async Task Receive_refuses_a_signed_but_schema_invalid_message_at_validation()
    {
        // Signed as it is: the signature is good, the content is not (a measure without its type).
        var invalid = Mutate(Request(Guid.NewGuid()), n => n["body"]!["measures"]![0]!.AsObject().Remove("type"));

        var result = await ParisReceiver().ReceiveAsync(Sign(invalid, Munich));

        Assert.Equal(ReceiveStage.Validation, result.Stage);
        Assert.True(result.Findings.Any(f => f.Code.StartsWith("schema.", StringComparison.Ordinal) && f.Pointer.StartsWith("/body/measures/0", StringComparison.Ordinal)), string.Join(",", result.Findings.Select(f => f.Code + "@" + f.Pointer)));
        Assert.Equal(MunichId, Assert.Single(result.Signers).AuthorityId);
        Assert.Equal(RejectionStage.Schema, ((TechnicalRejection)result.Rejection!.Body).Stage);
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("BANK", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Receive_runs_the_rules_in_the_request_context_when_the_request_is_known()
    {
        var request = MlatValidator.Default.Validate(File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, RequestSample))).MessageOrThrow();
        var body = (AssistanceRequest)request.Body;
        var onlyFirstMeasure = request with { Body = body with { Measures = [body.Measures[0]] } };
        var report = Sign(Sample("samples/1.0/valid/ExecutionReport/full-final-with-conditions.json", Guid.NewGuid(), Now.AddMinutes(-1)), Paris, SignerRole.Executing);
        // Two receivers (two verifiers' replay stores): the same message is checked once alone and once in context.
        static MessageReceiver Munich() => new(
            new EnvelopeVerifier(Trust, new VerificationPolicy { VerifierAuthorityId = MunichId }, new ExchangeClock(Now)),
            MlatValidator.Default,
            new MessageReceiverOptions { Authority = MunichParty },
            new ExchangeClock(Now));

        var alone = await Munich().ReceiveAsync(report);
        var inContext = await Munich().ReceiveAsync(report, context: new ReceiveContext { Request = onlyFirstMeasure });

        Assert.True(alone.IsSuccess, string.Join(",", Codes(alone.Findings)));
        Assert.Equal(ReceiveStage.Validation, inContext.Stage);
        Assert.Contains(inContext.Findings, f => f.Code == "MLAT-R-0036" && f.Pointer.StartsWith("/body/outcomes/1", StringComparison.Ordinal));
        Assert.Equal(RejectionStage.Rules, ((TechnicalRejection)inContext.Rejection!.Body).Stage);
    }

    [Fact]
    public async Task Receive_refuses_the_second_delivery_of_a_message_as_a_replay()
    {
        var signed = Sign(Request(Guid.NewGuid()), Munich);
        var receiver = ParisReceiver();

        var first = await receiver.ReceiveAsync(signed);
        var second = await receiver.ReceiveAsync(signed);

        Assert.True(first.IsSuccess);
        Assert.Equal(ReceiveStage.Verification, second.Stage);
        Assert.Contains(FindingCodes.SigReplay, Codes(second.Findings));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json at all")]
    [InlineData("a.b.c.d.e")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"header\":")]
    public async Task Receive_answers_hostile_bytes_with_codes_never_an_exception(string text)
    {
        using var decryptor = new EnvelopeDecryptor(Paris.SignerKey);

        var result = await ParisReceiver(decryptor: decryptor).ReceiveAsync(Encoding.UTF8.GetBytes(text), context: new ReceiveContext { Peer = MunichParty });

        Assert.False(result.IsSuccess);
        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f => Assert.StartsWith("MLAT-", f.Code, StringComparison.Ordinal));
        Assert.Equal(MunichId, result.Rejection!.Header.Recipient.AuthorityId);
    }

    [Fact]
    public void A_compact_jwe_is_five_base64url_parts_and_json_is_not()
    {
        Assert.True(MessageReceiver.LooksLikeCompactJwe("eyJh.e30.AAAA.BBBB.CC-_"u8));
        Assert.False(MessageReceiver.LooksLikeCompactJwe("{\"a\":\"b.c.d.e.f\"}"u8));
        Assert.False(MessageReceiver.LooksLikeCompactJwe("a.b.c.d"u8));
        Assert.False(MessageReceiver.LooksLikeCompactJwe("a.b.c.d.e f"u8));
    }

    [Fact]
    public async Task Receive_reports_a_context_that_is_not_a_request_as_the_validator_does()
    {
        var ack = MlatValidator.Default.Validate(File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "samples/1.0/valid/AcknowledgementOfReceipt/minimal-annex-b.json"))).MessageOrThrow();

        var result = await ParisReceiver().ReceiveAsync(Sign(Request(Guid.NewGuid()), Munich), context: new ReceiveContext { Request = ack });

        Assert.Equal(ReceiveStage.Validation, result.Stage);
        Assert.Contains(FindingCodes.RuleContextNotRequest, Codes(result.Findings));
    }

}
