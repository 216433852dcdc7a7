using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;

namespace Mlat.Sdk.Tests.Envelopes;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Shared test keys (generated once per test run: RSA generation is slow) and envelope helpers.</summary>
internal static class EnvelopeTestKit
{
    public const string Sender = "DE:StA-Muenchen-I";
    public const string Judge = "DE:AG-Muenchen";
    public const string Recipient = "FR:TJ-Paris-PNF";

    public static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<TestPkiBundle> LazyIssuer = new(() => TestPki.Generate(CountryCode.DE, Sender, JwsAlgorithms.ES256, [SignerRole.Issuing], new ManualTimeProvider(Now)));
    private static readonly Lazy<TestPkiBundle> LazyJudge = new(() => TestPki.Generate(CountryCode.DE, Judge, JwsAlgorithms.ES384, [SignerRole.Validating], new ManualTimeProvider(Now)));
    private static readonly Lazy<TestPkiBundle> LazyRecipient = new(() => TestPki.Generate(CountryCode.FR, Recipient, JwsAlgorithms.PS256, null, new ManualTimeProvider(Now)));

    public static TestPkiBundle Issuer => LazyIssuer.Value;

    public static TestPkiBundle JudgePki => LazyJudge.Value;

    public static TestPkiBundle RecipientPki => LazyRecipient.Value;

    public static TrustList Trust => TrustList.Create(Issuer.TrustList.Countries.Concat(JudgePki.TrustList.Countries).Concat(RecipientPki.TrustList.Countries), testOnly: true);

    public static string EnvelopeJson(Guid? messageId = null, string createdAt = "2026-11-28T09:59:00Z", string recipient = Recipient, string sender = Sender) => $$"""
        {
          "header": {
            "version": "1.0",
            "messageType": "AssistanceRequest",
            "messageId": "{{messageId ?? Guid.NewGuid()}}",
            "conversationId": "6f1c2b8e-3d4a-4b7c-9e21-0a5d7c3f9b10",
            "createdAt": "{{createdAt}}",
            "sender": { "country": "DE", "authorityId": "{{sender}}", "name": "Staatsanwaltschaft München I", "role": "ISSUING" },
            "recipient": { "country": "FR", "authorityId": "{{recipient}}", "name": "Tribunal judiciaire de Paris", "role": "EXECUTING" },
            "language": "de"
          },
          "body": { "profile": "EIO", "summary": "Überweisung 1.5e3 € — \u00e9", "amount": "1500.00", "count": 3, "flags": [true, false] },
          "extensions": { "eu.example.case": { "ref": "X/1" } }
        }
        """;

    public static byte[] Envelope(Guid? messageId = null, string createdAt = "2026-11-28T09:59:00Z", string recipient = Recipient, string sender = Sender)
        => Encoding.UTF8.GetBytes(EnvelopeJson(messageId, createdAt, recipient, sender));

    public static EnvelopeSigner Signer(DateTimeOffset? at = null) => new(new ManualTimeProvider(at ?? Now));

    public static EnvelopeVerifier Verifier(VerificationPolicy? policy = null, DateTimeOffset? at = null, TrustList? trust = null)
        => new(trust ?? Trust, policy ?? new VerificationPolicy { VerifierAuthorityId = Recipient }, new ManualTimeProvider(at ?? Now));

    public static byte[] Sign(byte[] envelope, TestPkiBundle pki, SignerRole role = SignerRole.Issuing, IEnumerable<EnvelopeAttachment>? attachments = null, DateTimeOffset? at = null)
    {
        using var key = pki.CreateSigningKey();
        var result = Signer(at).Sign(envelope, key, role, attachments, indented: true); // tests edit the signed text by its indented layout
        Assert.True(result.IsSuccess, string.Join(",", result.Findings.Select(f => f.Code)));
        return result.Envelope!;
    }

    public static byte[] IssuedAndValidated()
        => Sign(Sign(Envelope(), Issuer), JudgePki, SignerRole.Validating);

    public static IReadOnlyList<string> Codes(VerificationResult result) => result.Findings.Select(f => f.Code).ToList();

    /// <summary>The decoded protected header of signature <paramref name="index"/>.</summary>
    public static JsonObject Header(byte[] envelope, int index = 0)
    {
        var node = JsonNode.Parse(envelope)!;
        var text = node["signatures"]![index]!["protected"]!.GetValue<string>();
        return JsonNode.Parse(Base64UrlDecode(text))!.AsObject();
    }

    /// <summary>
    /// Replaces signature <paramref name="index"/> with one over a header the test rewrites (as raw JSON text), signed by
    /// <paramref name="key"/> with <paramref name="alg"/> — a forger holding a key.
    /// </summary>
    public static byte[] Resign(byte[] envelope, int index, Func<string, string> rewriteHeader, AsymmetricAlgorithm key, string alg)
    {
        var node = JsonNode.Parse(envelope)!;
        var signature = node["signatures"]![index]!;
        var headerJson = Encoding.UTF8.GetString(Base64UrlDecode(signature["protected"]!.GetValue<string>()));
        var newProtected = Base64UrlEncode(Encoding.UTF8.GetBytes(rewriteHeader(headerJson)));
        var input = Encoding.ASCII.GetBytes(newProtected + ".");
        signature["protected"] = newProtected;
        signature["signature"] = Base64UrlEncode(JwsAlgorithms.Sign(alg, key, input));
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    /// <summary>Rewrites the header as a JSON object.</summary>
    public static Func<string, string> Edit(Action<JsonObject> edit) => json =>
    {
        var obj = JsonNode.Parse(json)!.AsObject();
        edit(obj);
        return obj.ToJsonString();
    };

    public static byte[] Mutate(byte[] envelope, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(envelope)!;
        edit(node);
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    public static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] Base64UrlDecode(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s + new string('=', (4 - (s.Length % 4)) % 4));
    }

    public static X509Certificate2 Leaf(byte[] envelope, int index = 0)
        => X509CertificateLoader.LoadCertificate(Convert.FromBase64String(Header(envelope, index)["x5c"]![0]!.GetValue<string>()));
}
