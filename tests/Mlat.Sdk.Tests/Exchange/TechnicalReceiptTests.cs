using Mlat.Sdk.Messages;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using static Mlat.Sdk.Tests.Exchange.ExchangeTestKit;

namespace Mlat.Sdk.Tests.Exchange;

public sealed class TechnicalReceiptTests
{
    private static TechnicalReceipt For(byte[] envelope, string receiver = ParisId) => new()
    {
        ReceiptId = Guid.NewGuid(),
        Receiver = receiver,
        Sender = MunichId,
        MessageId = Guid.NewGuid(),
        MessageType = MessageType.AssistanceRequest,
        Version = MlatVersion.Create(1, 0),
        ReceivedAt = Now,
        Digest = TechnicalReceipt.DigestOf(envelope),
    };

    private static byte[] SignedBy(TechnicalReceipt receipt, Testing.TestPkiBundle pki)
    {
        using var key = pki.CreateSigningKey();
        return TechnicalReceipts.Sign(receipt, new EnvelopeSigner(new ExchangeClock(Now)), key);
    }

    private static CapabilitiesSignatureVerifier Verifier() => new(Trust, null, new ExchangeClock(Now.AddMinutes(1)));

    [Fact]
    public void A_signed_receipt_verifies_for_the_envelope_it_attests_and_reads_back()
    {
        var envelope = Sign(Request(Guid.NewGuid()), Munich);
        var receipt = For(envelope);

        var result = TechnicalReceipts.Verify(SignedBy(receipt, Paris), Verifier(), ParisId, envelope);

        Assert.True(result.IsSuccess, string.Join(",", Codes(result.Findings)));
        Assert.Equal(receipt, result.Receipt);
    }

    [Fact]
    public void A_receipt_for_other_bytes_is_a_mismatch_at_the_digest()
    {
        var envelope = Sign(Request(Guid.NewGuid()), Munich);
        var other = Sign(Request(Guid.NewGuid()), Munich);

        var result = TechnicalReceipts.Verify(SignedBy(For(envelope), Paris), Verifier(), ParisId, other);

        Assert.Equal(FindingCodes.ExchangeReceiptMismatch, Assert.Single(result.Findings).Code);
        Assert.Equal("/received/digest/value", result.Findings[0].Pointer);
        Assert.Null(result.Receipt);
    }

    [Fact]
    public void A_receipt_by_another_authority_than_the_one_sent_to_is_a_mismatch()
    {
        var envelope = Sign(Request(Guid.NewGuid()), Munich);

        var result = TechnicalReceipts.Verify(SignedBy(For(envelope, MunichId), Munich), Verifier(), ParisId, envelope);

        Assert.Equal(FindingCodes.ExchangeReceiptMismatch, Assert.Single(result.Findings).Code);
        Assert.Equal("/party/authorityId", result.Findings[0].Pointer);
    }

    [Fact]
    public void A_receipt_naming_one_receiver_but_signed_by_another_fails_its_signature()
    {
        var envelope = Sign(Request(Guid.NewGuid()), Munich);

        var result = TechnicalReceipts.Verify(SignedBy(For(envelope), Munich), Verifier(), ParisId, envelope);

        Assert.Contains(FindingCodes.SigSenderMismatch, Codes(result.Findings));
    }

    [Fact]
    public void An_altered_receipt_fails_its_content_digest()
    {
        var envelope = Sign(Request(Guid.NewGuid()), Munich);
        var altered = Mutate(SignedBy(For(envelope), Paris), n => n["received"]!["messageType"] = "RefusalNotice");

        var result = TechnicalReceipts.Verify(altered, Verifier(), ParisId, envelope);

        Assert.Contains(FindingCodes.SigContentDigest, Codes(result.Findings));
    }

    [Fact]
    public void An_unsigned_or_oversized_receipt_is_refused_with_a_code()
    {
        var envelope = Sign(Request(Guid.NewGuid()), Munich);

        Assert.Contains(FindingCodes.SigMissing, Codes(TechnicalReceipts.Verify("{\"receipt\":\"x\"}"u8.ToArray(), Verifier(), ParisId, envelope).Findings));
        Assert.Equal([FindingCodes.ExchangeReceiptInvalid], Codes(TechnicalReceipts.Verify(new byte[70_000], Verifier(), ParisId, envelope).Findings));
    }
}
