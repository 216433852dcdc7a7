using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Testing;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Tests.Docs;

/// <summary>
/// Issue 20, point 8: the walk-through of docs/getting-started.md (build an EIO in C# from plain data, validate, sign,
/// seal, open, verify, reply) is this file's region between the markers, compiled with the tests and run here; a test
/// checks that the page shows exactly that region and that it stays under 120 lines.
/// </summary>
public sealed class GettingStartedWalkthroughTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static string Region()
    {
        var source = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Mlat.Sdk.Tests", "Docs", "GettingStartedWalkthroughTests.cs"));
        var start = source.LastIndexOf("// WALKTHROUGH-BEGIN", StringComparison.Ordinal);
        var end = source.LastIndexOf("// WALKTHROUGH-END", StringComparison.Ordinal);
        var region = source[(source.IndexOf('\n', start) + 1)..source.LastIndexOf('\n', end)];
        return string.Join('\n', region.Split('\n').Select(l => l.Length >= 4 ? l[4..] : l.TrimStart()));
    }

    [Fact]
    public void The_getting_started_page_shows_the_compiled_walkthrough_and_it_is_under_120_lines()
    {
        var region = Region();
        var page = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "getting-started.md"));

        Assert.Contains("```csharp\n" + region + "\n```", page, StringComparison.Ordinal);
        Assert.True(region.Split('\n').Length < 120, $"the walk-through has {region.Split('\n').Length} lines");
    }

    [Fact]
    public void The_walkthrough_runs_a_whole_round_trip()
    {
        var clock = new Mlat.Sdk.Tests.Envelopes.ManualTimeProvider(Now);
        var munich = TestPki.Generate(CountryCode.DE, "DE:StA-Muenchen-I", roles: [SignerRole.Issuing], timeProvider: clock);
        var paris = TestPki.Generate(CountryCode.FR, "FR:TJ-Paris-Parquet", roles: [SignerRole.Executing], timeProvider: clock);
        var trust = TrustList.Create(munich.TrustList.Countries.Concat(paris.TrustList.Countries), testOnly: true);
        using var munichKey = munich.CreateSigningKey();
        using var parisKey = paris.CreateSigningKey();

        var (request, reply) = WalkThrough(trust, munichKey, parisKey, paris.SignerCertificate, paris.SignerKey, clock);

        Assert.Equal(MessageType.AssistanceRequest, request.Header.MessageType);
        Assert.Equal((request.Header.ConversationId, (Guid?)request.Header.MessageId), (reply.Header.ConversationId, reply.Header.InReplyTo));
        Assert.Equal("DE:StA-Muenchen-I", reply.Header.Recipient.AuthorityId);
    }

    // WALKTHROUGH-BEGIN
    static (MlatMessage Request, MlatMessage Reply) WalkThrough(
        TrustList trust, SigningKey munichKey, SigningKey parisKey, X509Certificate2 parisCertificate, AsymmetricAlgorithm parisPrivateKey, TimeProvider clock)
    {
        // 1. Munich builds an EIO from its case system's data.
        var munich = new Party { Country = CountryCode.DE, AuthorityId = "DE:StA-Muenchen-I", Name = "Staatsanwaltschaft München I", Role = PartyRole.Issuing };
        var paris = new Party { Country = CountryCode.FR, AuthorityId = "FR:TJ-Paris-Parquet", Name = "Parquet de Paris", Role = PartyRole.Executing };
        var de = (string text) => MultilingualText.Of(LanguageCode.De, text);
        var eio = new AssistanceRequest
        {
            Profile = Profile.Eio,
            IssuingAuthority = new Authority { Id = munich.AuthorityId, Country = CountryCode.DE, Name = munich.Name, Type = AuthorityType.PublicProsecutor },
            ExecutingState = CountryCode.FR,
            Proceedings = new Proceedings { Type = ProceedingsType.Criminal, Stage = ProceedingsStage.Investigation },
            FactsSummary = de("Zahlungen geschädigter Anleger flossen auf ein Konto in Frankreich."),
            Offences =
            [
                new Offence
                {
                    Id = "o1",
                    Description = de("Gewerbsmäßiger Betrug (§ 263 Abs. 3 StGB)."),
                    MaximumPenalty = new Penalty { Type = PenaltyType.Custodial, Maximum = IsoDuration.FromYears(10) },
                    EioAnnexD = EioAnnexDCategory.Fraud,
                },
            ],
            Certification = new RequestCertification
            {
                NecessaryAndProportionate = true,
                AvailableInSimilarDomesticCase = true,
                Signatory = new Representative { Name = "Oberstaatsanwältin Test", PostHeld = "Oberstaatsanwältin" },
            },
            Measures =
            [
                new Measure
                {
                    Id = "m1",
                    Type = MeasureType.BankAccountInformation,
                    Description = de("Auskunft über Konten der Beschuldigten bei französischen Banken."),
                    Details = new MeasureDetails
                    {
                        BankAccounts = new BankAccountsDetails
                        {
                            ReasonsRelevant = de("Die Konten dienten der Vereinnahmung der Anlegergelder."),
                            ReasonsHeldInExecutingState = de("Überweisungen gingen an eine französische IBAN."),
                        },
                    },
                },
            ],
            IssuedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        };
        var request = MlatMessage.Create(eio, munich, paris, LanguageCode.De, timeProvider: clock);

        // 2. Validate what was built: each finding names the C# member to fix.
        var report = MlatValidator.Default.Validate(request);
        foreach (var f in report.Findings)
            Console.WriteLine($"{f.Code} at {MemberPaths.For(request.Header.MessageType, f.Pointer)}");
        if (!report.IsSuccess) throw new InvalidOperationException("fix the request first");

        // 3. Sign as the issuing authority, then seal (encrypt) to the recipient's certificate.
        var signer = new EnvelopeSigner(clock);
        byte[] signed = signer.Sign(MlatJson.SerializeToUtf8Bytes(request), munichKey, SignerRole.Issuing).Envelope!;
        string sealedForParis = EnvelopeEncryptor.EncryptToCertificate(signed, parisCertificate);

        // 4. Paris opens it: decrypt, verify the signature against the trust list, validate.
        using var decryptor = new EnvelopeDecryptor(parisPrivateKey);
        var opened = decryptor.Decrypt(sealedForParis);
        var verifier = new EnvelopeVerifier(trust, new VerificationPolicy { VerifierAuthorityId = paris.AuthorityId }, clock);
        var verified = verifier.Verify(opened.Plaintext!.Value);
        var received = MlatValidator.Default.Validate(verified.Envelope!.Value).MessageOrThrow();

        // 5. Paris acknowledges receipt (EIO annex B) and signs its reply in the executing role.
        var ack = new AcknowledgementOfReceipt
        {
            Request = new RequestReference { MessageId = received.Header.MessageId },
            ReceivedAt = clock.GetUtcNow(),
            ReceivingAuthority = new Authority { Id = paris.AuthorityId, Country = CountryCode.FR, Name = paris.Name, Type = AuthorityType.PublicProsecutor },
        };
        var reply = MlatMessage.ReplyTo(received, ack, LanguageCode.Fr, clock);
        var replyReport = MlatValidator.Default.Validate(MlatJson.SerializeToUtf8Bytes(reply), received);
        if (!replyReport.IsSuccess) throw new InvalidOperationException("fix the reply first");
        byte[] signedReply = signer.Sign(MlatJson.SerializeToUtf8Bytes(reply), parisKey, SignerRole.Executing).Envelope!;

        // 6. Munich verifies the reply.
        var munichVerifier = new EnvelopeVerifier(trust, new VerificationPolicy { VerifierAuthorityId = munich.AuthorityId }, clock);
        if (!munichVerifier.Verify(signedReply).IsSuccess) throw new InvalidOperationException("reply not verified");
        return (request, reply);
    }
    // WALKTHROUGH-END
}
