using System.Text;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Tests.Envelopes;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Api;

/// <summary>
/// The one result pattern (docs/changelog.md, 0.1.0): every outcome says <c>IsSuccess</c>, carries
/// its <c>Findings</c>, and its <c>…OrThrow()</c> hands out the product or throws <see cref="MlatException"/> with
/// exactly those findings — codes and pointers in the message, never a value of the input.
/// </summary>
public sealed class ResultPatternTests
{
    private const string Secret = "Geheimnis-4711";

    private static void AssertThrowsWithFindings(IMlatResult result, Action orThrow)
    {
        Assert.False(result.IsSuccess);
        Assert.NotEmpty(result.Findings);
        var thrown = Assert.Throws<MlatException>(orThrow);
        Assert.Same(result.Findings, thrown.Findings);
        Assert.Contains(result.Findings[0].Code, thrown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_validation_throws_its_findings_and_a_valid_one_hands_out_the_message()
    {
        var report = MlatValidator.Default.Validate(Encoding.UTF8.GetBytes("{\"header\":{\"version\":\"1.1\",\"x\":\"" + Secret + "\"}}"));
        AssertThrowsWithFindings(report, () => report.MessageOrThrow());
        Assert.Equal(MlatVersion.Parse("1.1"), report.Version);

        var valid = MlatValidator.Default.Validate(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.1", "valid", "AssistanceRequest", "minimal.json")));
        Assert.True(valid.IsSuccess, string.Join(",", valid.Findings.Select(f => f.Code)));
        Assert.Same(valid.Message, valid.MessageOrThrow());
    }

    [Fact]
    public void Signing_verifying_and_decrypting_follow_the_pattern()
    {
        using var key = Issuer.CreateSigningKey();
        var unsigned = Signer().Sign(Encoding.UTF8.GetBytes("{\"header\":"), key, SignerRole.Issuing);
        AssertThrowsWithFindings(unsigned, () => unsigned.EnvelopeOrThrow());

        var signed = Signer().Sign(Envelope(), key, SignerRole.Issuing);
        Assert.Same(signed.Envelope, signed.EnvelopeOrThrow());

        var refused = Verifier().Verify(Envelope());
        AssertThrowsWithFindings(refused, () => refused.EnvelopeOrThrow());
        var verified = Verifier().Verify(signed.Envelope!);
        Assert.True(verified.IsSuccess, string.Join(",", verified.Findings.Select(f => f.Code)));
        Assert.Equal(signed.Envelope, verified.EnvelopeOrThrow().ToArray());

        using var decryptor = new EnvelopeDecryptor(RecipientPki.SignerKey);
        var garbage = decryptor.Decrypt("a.b.c.d.e");
        AssertThrowsWithFindings(garbage, () => garbage.PlaintextOrThrow());
        var opened = decryptor.Decrypt(EnvelopeEncryptor.EncryptToCertificate(signed.Envelope!, RecipientPki.SignerCertificate));
        Assert.Equal(signed.Envelope, opened.PlaintextOrThrow().ToArray());

        var list = TrustList.Read(Encoding.UTF8.GetBytes("{\"trustListVersion\":\"1.0\",\"countries\":\"" + Secret + "\"}"));
        AssertThrowsWithFindings(list, () => list.TrustListOrThrow());
    }

    [Fact]
    public void Negotiation_conversion_and_capabilities_follow_the_pattern()
    {
        var conversion = new MlatConverter(MlatValidator.Default).Convert(Encoding.UTF8.GetBytes("{\"" + Secret + "\":1}"), MlatVersion.Parse("1.0"));
        AssertThrowsWithFindings(conversion, () => conversion.OutputOrThrow());

        static CapabilitiesDocument Offer(string id, string version, string[] send, string[] receive) => new()
        {
            Party = new CapabilitiesParty { AuthorityId = id },
            Versions = [new VersionSupport { Version = MlatVersion.Parse(version), Status = VersionStatus.Active, Send = send, Receive = receive }],
        };
        var none = new VersionNegotiator().Negotiate(new NegotiationRequest
        {
            Sender = Offer("DE:A", "1.0", ["AssistanceRequest"], []),
            Receiver = Offer("FR:B", "1.1", [], ["AssistanceRequest"]),
            MessageType = Mlat.Sdk.Messages.MessageType.AssistanceRequest,
        });
        AssertThrowsWithFindings(none, () => none.VersionOrThrow());

        // A document that reads but whose signature does not verify is not a success: its findings are the verifier's.
        var capabilities = Encoding.UTF8.GetBytes("{\"capabilitiesVersion\":\"1.0\",\"party\":{\"authorityId\":\"DE:StA-Muenchen-I\"},\"versions\":[]}");
        var read = CapabilitiesReader.Read(capabilities, new CapabilitiesSignatureVerifier(Trust));
        Assert.NotNull(read.Document);
        Assert.Equal(read.SignatureFindings, read.Findings);
        AssertThrowsWithFindings(read, () => read.DocumentOrThrow());
        var unverified = CapabilitiesReader.Read(capabilities);
        Assert.True(unverified.IsSuccess);
        Assert.Same(unverified.Document, unverified.DocumentOrThrow());
    }

    [Fact]
    public void An_inbox_conflict_is_a_coded_failure_and_a_duplicate_a_success()
    {
        var conflict = new InboxAddResult(InboxAddOutcome.Conflict, new byte[] { 1 });
        AssertThrowsWithFindings(conflict, () => conflict.ReceiptOrThrow());
        Assert.Equal((FindingCodes.ExchangeConflict, "/header/messageId"), (conflict.Findings[0].Code, conflict.Findings[0].Pointer));
        var duplicate = new InboxAddResult(InboxAddOutcome.Duplicate, new byte[] { 2 });
        Assert.True(duplicate.IsSuccess);
        Assert.Empty(duplicate.Findings);
        Assert.Equal(new byte[] { 2 }, duplicate.ReceiptOrThrow().ToArray());
    }

    [Fact]
    public void The_signer_writes_compact_json_unless_asked_to_indent()
    {
        using var key = Issuer.CreateSigningKey();
        var compact = Signer().Sign(Envelope(), key, SignerRole.Issuing).EnvelopeOrThrow();
        var indented = Signer().Sign(Envelope(), key, SignerRole.Issuing, indented: true).EnvelopeOrThrow();

        Assert.DoesNotContain((byte)'\n', compact);
        Assert.Contains((byte)'\n', indented);
        Assert.True(Verifier().Verify(compact).IsSuccess);
        Assert.True(Verifier().Verify(indented).IsSuccess);
    }
}
