using System.Globalization;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.Conformance.Tests.Envelopes;

/// <summary>
/// The signed-envelope cases of samples/envelopes/verification/manifest.json, one theory row per case id: each file,
/// verified with the manifest's trust list, time, verifier id, required roles and attachments, gives exactly the
/// expected findings (code and pointer). Another implementation runs the same manifest to prove its verifier.
/// </summary>
public sealed class EnvelopeVerificationSampleTests
{
    private static readonly string Folder = Path.Combine(TestPaths.Samples, "envelopes", "verification");

    private static JsonObject Manifest => JsonNode.Parse(File.ReadAllBytes(Path.Combine(Folder, "manifest.json")))!.AsObject();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var item in Manifest["cases"]!.AsArray())
        {
            data.Add(item!["id"]!.GetValue<string>());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Envelope_sample_gives_its_expected_findings(string id)
    {
        var manifest = Manifest;
        var item = manifest["cases"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == id)!;
        var trust = TrustList.Read(File.ReadAllBytes(Path.Combine(Folder, manifest["trustList"]!.GetValue<string>()))).TrustList!;
        var at = DateTimeOffset.Parse(item["verifyAt"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var policy = new VerificationPolicy
        {
            VerifierAuthorityId = item["verifierAuthorityId"]?.GetValue<string>(),
            RequiredRoles = [.. item["requiredRoles"]!.AsArray().Select(r => r!.GetValue<string>() switch
            {
                "ISSUING" => SignerRole.Issuing,
                "VALIDATING" => SignerRole.Validating,
                _ => SignerRole.Executing,
            })],
        };
        var attachments = item["attachments"]!.AsObject()
            .Select(a => EnvelopeAttachment.FromFile(a.Key, Path.Combine(Folder, a.Value!.GetValue<string>())))
            .ToList();

        var result = new EnvelopeVerifier(trust, policy, new FixedTime(at)).Verify(File.ReadAllBytes(Path.Combine(Folder, item["file"]!.GetValue<string>())), attachments);

        var expected = item["expectedFindings"]!.AsArray().Select(f => (f!["code"]!.GetValue<string>(), f["pointer"]!.GetValue<string>()));
        Assert.Equal(expected, result.Findings.Select(f => (f.Code, f.Pointer)));
        Assert.Equal(item["expectVerified"]!.GetValue<bool>(), result.IsSuccess);
    }

    [Fact]
    public void Every_invalid_envelope_sample_has_exactly_one_finding_and_the_codes_are_distinct()
    {
        var invalid = Manifest["cases"]!.AsArray().Where(c => !c!["expectVerified"]!.GetValue<bool>()).ToList();
        var codes = invalid.Select(c => Assert.Single(c!["expectedFindings"]!.AsArray())!["code"]!.GetValue<string>()).ToList();

        Assert.True(invalid.Count >= 20);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
