using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Mlat.Sdk.DependencyInjection;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;
using Mlat.Sdk.Tests.Envelopes;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Docs;

/// <summary>
/// The host of docs/dependency-injection.md is this file's region between the markers, compiled and run here: a
/// partner whose agreement wants every request approved, its signed trust-list file, its encryption certificate.
/// </summary>
public sealed class DependencyInjectionPageTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("mlat-di-page-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static string Region()
    {
        var source = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Mlat.Sdk.Tests", "Docs", "DependencyInjectionPageTests.cs"));
        var start = source.LastIndexOf("// HOST-BEGIN", StringComparison.Ordinal);
        var end = source.LastIndexOf("// HOST-END", StringComparison.Ordinal);
        var region = source[(source.IndexOf('\n', start) + 1)..source.LastIndexOf('\n', end)];
        return string.Join('\n', region.Split('\n').Select(l => l.Length >= 4 ? l[4..] : l.TrimStart()));
    }

    [Fact]
    public void The_page_shows_the_compiled_host()
        => Assert.Contains("```csharp\n" + Region() + "\n```", File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "dependency-injection.md")), StringComparison.Ordinal);

    [Fact]
    public void The_host_verifies_by_the_partner_s_policy_and_seals_for_its_certificate()
    {
        var clock = new ManualTimeProvider(Now);
        using var operatorPki = TestPki.Generate(CountryCode.LU, "LU:TL-Operator", JwsAlgorithms.ES256, [SignerRole.Issuing], clock);
        using var operatorKey = operatorPki.CreateSigningKey();
        var trustFile = Path.Combine(_dir.FullName, "de.json");
        File.WriteAllBytes(trustFile, Trust.ToSignedJson(operatorKey, clock));
        var keyFile = Path.Combine(_dir.FullName, "paris-decryption-key.pem");
        File.WriteAllText(keyFile, RecipientPki.SignerKeyPkcs8Pem);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        AddMlatForParis(services, Trust, trustFile, operatorPki.RootCertificate, Issuer.SignerCertificate, keyFile);
        using var provider = services.BuildServiceProvider();
        var partners = provider.GetRequiredService<IMlatPartners>();

        var issuedOnly = OnEnvelopeFromGermany(partners, Sign(Envelope(), Issuer), [1, 2, 3]);
        var approved = OnEnvelopeFromGermany(partners, Sign(Sign(Envelope(), Issuer), JudgePki, SignerRole.Validating), [1, 2, 3]);

        Assert.Equal([FindingCodes.SigRoleMissing], Codes(issuedOnly.Verified));
        Assert.Empty(Codes(approved.Verified));
        using var munich = new EnvelopeDecryptor(Issuer.SignerKey); // sealed for Munich's certificate, opened with its key
        Assert.Equal([1, 2, 3], munich.Decrypt(approved.SealedReply).Plaintext!.Value.ToArray());
        Assert.NotNull(provider.GetRequiredService<EnvelopeDecryptor>()); // Paris's own, from the key file
    }

    // HOST-BEGIN
    static void AddMlatForParis(IServiceCollection services, TrustList euTrustList, string germanTrustList,
        X509Certificate2 germanOperatorRoot, X509Certificate2 munichEncryptionCertificate, string decryptionKeyPath)
    {
        services.AddMlatSdk(o =>
        {
            o.TrustList = euTrustList;                       // the default EnvelopeVerifier's
            o.DecryptionKeyPath = decryptionKeyPath;         // this authority's own key: the EnvelopeDecryptor
        });
        services.AddMlatPartner("DE", o =>
        {
            o.TrustListPath = germanTrustList;               // watched: a new file is taken when it reads
            o.TrustListOperatorAnchor = germanOperatorRoot;  // and only when the operator signed it (specification §8.5)
            o.Policy = new VerificationPolicy
            {
                VerifierAuthorityId = "FR:TJ-Paris-PNF",
                RequiredRolesByMessageType = new Dictionary<MessageType, IReadOnlyList<SignerRole>>
                {
                    [MessageType.AssistanceRequest] = [SignerRole.Validating], // the agreement wants requests approved
                },
            };
            o.EncryptionCertificate = munichEncryptionCertificate;
        });
    }

    // In a handler: IMlatPartners is injected; Get is a look-up, call it per message.
    static (VerificationResult Verified, string SealedReply) OnEnvelopeFromGermany(IMlatPartners partners, byte[] envelope, byte[] signedReply)
    {
        MlatPartner germany = partners.Get("DE");
        VerificationResult verified = germany.Verifier.Verify(envelope);
        return (verified, germany.Encrypt(signedReply));
    }
    // HOST-END
}
