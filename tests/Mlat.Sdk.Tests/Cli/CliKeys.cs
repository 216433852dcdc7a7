using System.Globalization;
using System.Text;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;

namespace Mlat.Sdk.Tests.Cli;

/// <summary>
/// TEST-ONLY key files for the envelope commands, generated once per run (the CLI reads the system clock, so these use
/// it too): an issuer, a validating judge and a recipient, each with its chain and PKCS#8 key, and one trust list for all.
/// </summary>
internal static class CliKeys
{
    public const string Issuer = "DE:StA-Muenchen-I";
    public const string Judge = "DE:AG-Muenchen";
    public const string Recipient = "FR:TJ-Paris-PNF";

    private static readonly Lazy<string> LazyDir = new(Create);

    public static string Dir => LazyDir.Value;

    public static string IssuerKey => Path.Combine(Dir, "issuer", "test-only-signer.key.pem");

    public static string IssuerChain => Path.Combine(Dir, "issuer", "test-only-signer.chain.pem");

    public static string JudgeKey => Path.Combine(Dir, "judge", "test-only-signer.key.pem");

    public static string JudgeChain => Path.Combine(Dir, "judge", "test-only-signer.chain.pem");

    public static string RecipientKey => Path.Combine(Dir, "recipient", "test-only-signer.key.pem");

    public static string RecipientChain => Path.Combine(Dir, "recipient", "test-only-signer.chain.pem");

    /// <summary>One trust list with the three test roots.</summary>
    public static string TrustList => Path.Combine(Dir, "trust-list.json");

    /// <summary>A trust list with only the recipient's root: the issuer's chain does not build to it.</summary>
    public static string OtherTrustList => Path.Combine(Dir, "recipient", "test-only-trust-list.json");

    /// <summary>An unsigned 1.0 request from <see cref="Issuer"/> to <see cref="Recipient"/>, created now.</summary>
    public static string EnvelopeJson(string? attachmentFileName = null) => $$"""
        {
          "header": {
            "version": "1.0",
            "messageType": "AssistanceRequest",
            "messageId": "{{Guid.NewGuid()}}",
            "conversationId": "6f1c2b8e-3d4a-4b7c-9e21-0a5d7c3f9b10",
            "createdAt": "{{DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}}",
            "sender": { "country": "DE", "authorityId": "{{Issuer}}", "name": "Staatsanwaltschaft München I", "role": "ISSUING" },
            "recipient": { "country": "FR", "authorityId": "{{Recipient}}", "name": "Tribunal judiciaire de Paris", "role": "EXECUTING" },
            "language": "de"
          },
          "body": { "profile": "EIO", "summary": "Überweisung 1.5e3 €"{{(attachmentFileName is null ? string.Empty : $$""", "attachments": [ { "id": "scan-1", "fileName": "{{attachmentFileName}}" } ]""")}} }
        }
        """;

    /// <summary>Writes a fresh unsigned envelope into <paramref name="dir"/> and returns its path.</summary>
    public static string WriteEnvelope(string dir, string name = "request.json", string? attachmentFileName = null)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, EnvelopeJson(attachmentFileName), new UTF8Encoding(false));
        return path;
    }

    private static string Create()
    {
        var dir = Directory.CreateTempSubdirectory("mlat-cli-keys-").FullName;
        using var issuer = TestPki.Generate(CountryCode.DE, Issuer, JwsAlgorithms.ES256);
        using var judge = TestPki.Generate(CountryCode.DE, Judge, JwsAlgorithms.ES384);
        using var recipient = TestPki.Generate(CountryCode.FR, Recipient, JwsAlgorithms.ES256);
        issuer.WriteTo(Path.Combine(dir, "issuer"));
        judge.WriteTo(Path.Combine(dir, "judge"));
        recipient.WriteTo(Path.Combine(dir, "recipient"));
        var all = Mlat.Sdk.Envelopes.TrustList.Create(issuer.TrustList.Countries.Concat(judge.TrustList.Countries).Concat(recipient.TrustList.Countries), testOnly: true);
        File.WriteAllBytes(Path.Combine(dir, "trust-list.json"), all.ToJson());
        return dir;
    }
}
