using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Versioning;
using static Mlat.Sdk.Tests.Exchange.ExchangeTestKit;

namespace Mlat.Sdk.Tests.Exchange;

public sealed class MessageSenderTests
{
    [Fact]
    public async Task Prepare_signs_and_encrypts_and_the_peer_receiver_accepts_the_payload()
    {
        using var key = Munich.CreateSigningKey();
        using var decryptor = new EnvelopeDecryptor(Paris.SignerKey);

        var sent = Sender().Prepare(Request(Guid.NewGuid()), new SendOptions { SigningKey = key, RecipientCertificate = Paris.SignerCertificate });
        var received = await ParisReceiver(decryptor: decryptor).ReceiveAsync(sent.Payload);

        Assert.True(sent.IsSuccess, string.Join(",", Codes(sent.Findings)));
        Assert.Equal(MessageSender.JoseMediaType, sent.MediaType);
        Assert.True(received.IsSuccess, string.Join(",", Codes(received.Findings)));
        Assert.Equal(sent.SignedEnvelope, received.Envelope!.Value.ToArray());
        Assert.Equal(SignerRole.Issuing, received.Signers[0].Role); // the sender role of an AssistanceRequest
    }

    [Fact]
    public void Prepare_without_a_certificate_gives_the_signed_envelope_with_its_versioned_media_type()
    {
        using var key = Munich.CreateSigningKey();

        var sent = Sender().Prepare(Request(Guid.NewGuid()), new SendOptions { SigningKey = key });

        Assert.True(sent.IsSuccess);
        Assert.Equal(MlatMediaType.Format(MlatVersion.Parse("1.0")), sent.MediaType);
        Assert.Equal(sent.SignedEnvelope, sent.Payload);
        Assert.NotNull(JsonNode.Parse(sent.Payload!)!["signatures"]);
    }

    [Fact]
    public async Task Prepare_converts_a_newer_message_down_to_the_version_the_peer_receives()
    {
        using var key = Munich.CreateSigningKey();
        var request11 = WithoutValidation(Sample("samples/1.1/valid/AssistanceRequest/eio-de-fr-bank-records-fraud.json", Guid.NewGuid(), Now.AddMinutes(-1)));

        var sent = Sender().Prepare(request11, new SendOptions
        {
            SigningKey = key,
            LocalCapabilities = Capabilities(MunichId, "1.0", "1.1"),
            PeerCapabilities = Capabilities(ParisId, "1.0"),
        });
        var received = await ParisReceiver().ReceiveAsync(sent.Payload);

        Assert.True(sent.IsSuccess, string.Join(",", Codes(sent.Findings)));
        Assert.Equal("1.0", sent.Version!.ToString());
        Assert.Equal("1.0", JsonNode.Parse(sent.SignedEnvelope!)!["header"]!["version"]!.GetValue<string>());
        Assert.True(received.IsSuccess, string.Join(",", Codes(received.Findings)));
    }

    [Fact]
    public void Prepare_stops_at_negotiation_when_no_version_is_common()
    {
        using var key = Munich.CreateSigningKey();

        var sent = Sender().Prepare(Request(Guid.NewGuid()), new SendOptions
        {
            SigningKey = key,
            LocalCapabilities = Capabilities(MunichId, "1.0"),
            PeerCapabilities = Capabilities(ParisId, "1.1"),
        });

        Assert.Equal(SendStage.Negotiation, sent.Stage);
        Assert.NotEmpty(sent.Findings);
        Assert.Null(sent.Payload);
    }

    [Fact]
    public void Prepare_refuses_an_invalid_message_before_signing_it()
    {
        using var key = Munich.CreateSigningKey();
        var invalid = Mutate(Request(Guid.NewGuid()), n => n["body"]!["measures"]![0]!.AsObject().Remove("type"));

        var sent = Sender().Prepare(invalid, new SendOptions { SigningKey = key });

        Assert.Equal(SendStage.Validation, sent.Stage);
        Assert.True(sent.Findings.Any(f => f.Code.StartsWith("schema.", StringComparison.Ordinal) && f.Pointer.StartsWith("/body/measures/0", StringComparison.Ordinal)), string.Join(",", sent.Findings.Select(f => f.Code + "@" + f.Pointer)));
        Assert.Null(sent.SignedEnvelope);
    }

    [Fact]
    public void Prepare_sends_an_already_signed_envelope_unchanged_and_refuses_to_convert_it()
    {
        var signed = Sign(Request(Guid.NewGuid()), Munich);
        var signed11 = Sign(Sample("samples/1.1/valid/AssistanceRequest/eio-de-fr-bank-records-fraud.json", Guid.NewGuid(), Now.AddMinutes(-1)), Munich);

        var asIs = Sender().Prepare(signed, new SendOptions());
        var needsConversion = Sender().Prepare(signed11, new SendOptions { LocalCapabilities = Capabilities(MunichId, "1.0", "1.1"), PeerCapabilities = Capabilities(ParisId, "1.0") });

        Assert.True(asIs.IsSuccess);
        Assert.Equal(signed, asIs.SignedEnvelope);
        Assert.Equal(SendStage.Conversion, needsConversion.Stage);
        Assert.Equal([FindingCodes.ConversionLossy], Codes(needsConversion.Findings));
    }

    [Fact]
    public void Prepare_of_an_unsigned_message_without_a_key_is_a_usage_error()
        => Assert.Throws<ArgumentException>(() => Sender().Prepare(Request(Guid.NewGuid()), new SendOptions()));
}
