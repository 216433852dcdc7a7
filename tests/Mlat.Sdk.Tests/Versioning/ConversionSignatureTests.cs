using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Testing;
using Mlat.Sdk.Tests.Envelopes;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Versioning;

/// <summary>
/// Issue 5: "a 1.1 message converted to 1.0 and signed verifies; a signature over the 1.1 form is reported as no
/// longer valid after conversion (conversion never pretends to keep a signature)". A signature covers the JCS bytes of
/// the envelope without <c>signatures</c> (specification §7.3, §11.5); down-conversion changes those bytes (version, parked members,
/// mapped enum values), so the old signature cannot verify and the converter removes it rather than carry a lie.
/// </summary>
public sealed class ConversionSignatureTests
{
    private static readonly MlatVersion V10 = MlatVersion.Parse("1.0");

    // Sent by DE:StA-Muenchen-I (the test kit's issuer) at 2026-11-20T08:15:00Z; has members and an enum value 1.0 lacks.
    private static readonly string Additions = Path.Combine(TestPaths.Samples, "1.1", "valid", "AssistanceRequest", "eio-threat-to-life-cyber-offence.json");
    private static readonly DateTimeOffset SignedAt = new(2026, 11, 20, 8, 16, 0, TimeSpan.Zero);

    // The sample's own time: a test identity for its sender, valid then.
    private static readonly Lazy<TestPkiBundle> LazySender = new(() => TestPki.Generate(Mlat.Sdk.Messages.CountryCode.DE, Sender, JwsAlgorithms.ES256, null, new ManualTimeProvider(SignedAt)));

    private static TestPkiBundle SenderPki => LazySender.Value;

    // One signature is enough here (this is about conversion): the sample declares a validating authority, whose own
    // signature the default policy would also want (RequireDeclaredValidation).
    private static EnvelopeVerifier VerifierAtSigningTime() => Verifier(VerificationPolicy.Default with { RequireDeclaredValidation = false }, SignedAt.AddMinutes(1), SenderPki.TrustList);

    private static byte[] SignedOriginal() => Sign(File.ReadAllBytes(Additions), SenderPki, at: SignedAt);

    [Fact]
    public void The_signed_1_1_message_verifies_before_conversion()
    {
        var result = VerifierAtSigningTime().Verify(SignedOriginal());

        Assert.True(result.IsSuccess, string.Join(",", Codes(result)));
    }

    [Fact]
    public void Conversion_to_1_0_drops_the_signature_and_the_1_1_signature_reattached_to_the_converted_message_does_not_verify()
    {
        var signed = SignedOriginal();

        var conversion = MlatConverter.Default.Convert(signed, V10);

        Assert.True(conversion.IsSuccess, string.Join("; ", conversion.Findings.Select(f => f.Code + " " + f.Pointer)));
        Assert.Contains(conversion.Changes, c => c is { Kind: ConversionChangeKind.SignaturesRemoved, Pointer: "/signatures" });
        var converted = JsonNode.Parse(conversion.Output)!.AsObject();
        Assert.Null(converted["signatures"]);
        Assert.Equal([FindingCodes.SigMissing], Codes(VerifierAtSigningTime().Verify(conversion.Output!)));

        // Pretend the signature survived: carry the 1.1 signature over onto the 1.0 form.
        converted["signatures"] = JsonNode.Parse(signed)!["signatures"]!.DeepClone();
        var reattached = VerifierAtSigningTime().Verify(System.Text.Encoding.UTF8.GetBytes(converted.ToJsonString()));

        Assert.False(reattached.IsSuccess);
        Assert.Equal([(FindingCodes.SigContentDigest, "")], reattached.Findings.Select(f => (f.Code, f.Pointer)));
    }

    [Fact]
    public void The_converted_1_0_message_signed_again_is_valid_1_0_and_verifies()
    {
        var conversion = MlatConverter.Default.Convert(SignedOriginal(), V10);

        var resigned = Sign(conversion.Output!, SenderPki, at: SignedAt);
        var result = VerifierAtSigningTime().Verify(resigned);

        Assert.True(result.IsSuccess, string.Join(",", Codes(result)));
        Assert.Equal(SignerRole.Issuing, Assert.Single(result.Signatures).Role);
        var report = MlatValidator.Default.Validate(result.Envelope!.Value.ToArray());
        Assert.True(report.IsSuccess, string.Join(",", report.Findings.Select(f => f.Code + " " + f.Pointer)));
        Assert.Equal("1.0", report.Version?.ToString());
    }

    [Fact]
    public void Up_conversion_also_removes_the_signature_it_would_invalidate()
    {
        var signed1_0 = Sign(MlatConverter.Default.Convert(File.ReadAllBytes(Additions), V10).Output!, SenderPki, at: SignedAt);

        var up = MlatConverter.Default.Convert(signed1_0, MlatVersion.Parse("1.1"));

        Assert.True(up.IsSuccess);
        Assert.Contains(up.Changes, c => c.Kind == ConversionChangeKind.SignaturesRemoved);
        var withOldSignature = JsonNode.Parse(up.Output)!.AsObject();
        withOldSignature["signatures"] = JsonNode.Parse(signed1_0)!["signatures"]!.DeepClone();
        Assert.Contains(FindingCodes.SigContentDigest, Codes(VerifierAtSigningTime().Verify(System.Text.Encoding.UTF8.GetBytes(withOldSignature.ToJsonString()))));
    }
}
