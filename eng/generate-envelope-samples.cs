// Regenerates samples/envelopes/verification: signed envelopes, each with exactly one defect (or none), their TEST-ONLY
// keys and trust list, and manifest.json with the expected findings. Run from the repository root:
//     dotnet run eng/generate-envelope-samples.cs
// ECDSA signatures are randomised, so every run gives new bytes; the expected findings stay the same. The generator
// checks each case against the SDK's verifier and stops if a case does not give exactly the intended code.
#:project ../src/Mlat.Sdk/Mlat.Sdk.csproj
#:project ../src/Mlat.Sdk.Testing/Mlat.Sdk.Testing.csproj
#:property TreatWarningsAsErrors=false
#:property EnforceCodeStyleInBuild=false
#:property AnalysisLevel=none
#:property JsonSerializerIsReflectionEnabledByDefault=true
using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;

var root = Path.Combine(Directory.GetCurrentDirectory(), "samples", "envelopes", "verification");
if (Directory.Exists(root)) Directory.Delete(root, true);
Directory.CreateDirectory(Path.Combine(root, "cases"));
Directory.CreateDirectory(Path.Combine(root, "keys"));
Directory.CreateDirectory(Path.Combine(root, "attachments"));

var created = new DateTimeOffset(2027, 1, 12, 12, 0, 0, TimeSpan.Zero);
var signedAt = created.AddSeconds(30);
var verifyAt = created.AddMinutes(1);
var clock = new Fixed(created);
const string Sender = "AT:StA-Wien", Judge = "AT:LG-Wien-Straf", Recipient = "CZ:OSZ-Praha-1", Expired = "AT:StA-Graz", Weak = "AT:StA-Linz";

using var issuer = TestPki.Generate(CountryCode.AT, Sender, JwsAlgorithms.ES256, [SignerRole.Issuing], clock);
using var judge = TestPki.Generate(CountryCode.AT, Judge, JwsAlgorithms.ES384, [SignerRole.Validating], clock);
using var rogue = TestPki.Generate(CountryCode.AT, Sender, JwsAlgorithms.ES256, [SignerRole.Issuing], clock);
using var expired = TestPki.Generate(CountryCode.AT, Expired, JwsAlgorithms.ES256, [SignerRole.Issuing], new Fixed(created.AddYears(-3)));
var (weakRoot, weakLeaf, weakKey) = WeakRsaChain(Weak, created);

var trust = TrustList.Create(
    [new TrustListCountry(CountryCode.AT, [issuer.RootCertificate, judge.RootCertificate, expired.RootCertificate, weakRoot],
        [new TrustedAuthority(Sender, [SignerRole.Issuing]), new TrustedAuthority(Judge, [SignerRole.Validating]),
         new TrustedAuthority(Expired, [SignerRole.Issuing]), new TrustedAuthority(Weak, [SignerRole.Issuing])])],
    testOnly: true);
File.WriteAllBytes(Path.Combine(root, "keys", "test-only-trust-list.json"), trust.ToJson());
File.WriteAllText(Path.Combine(root, "keys", "test-only-issuer.chain.pem"), issuer.SignerChainPem);
File.WriteAllText(Path.Combine(root, "keys", "test-only-issuer.key.pem"), issuer.SignerKeyPkcs8Pem + "\n");
File.WriteAllText(Path.Combine(root, "keys", "test-only-judge.chain.pem"), judge.SignerChainPem);
File.WriteAllText(Path.Combine(root, "keys", "test-only-judge.key.pem"), judge.SignerKeyPkcs8Pem + "\n");
var attachment = Encoding.UTF8.GetBytes("TEST ONLY evidence attachment: scanned bank statement, page 1 of 1\n");
File.WriteAllBytes(Path.Combine(root, "attachments", "att-1.bin"), attachment);

string Envelope(string sender = Sender, string recipient = Recipient, string messageType = "StatusQuery") => $$"""
    {
      "header": {
        "version": "1.0",
        "messageType": "{{messageType}}",
        "messageId": "{{Guid.NewGuid()}}",
        "conversationId": "5e2f1a30-9b8c-4d7e-a6f5-4e3d2c1b0a99",
        "createdAt": "2027-01-12T12:00:00Z",
        "sender": { "country": "AT", "authorityId": "{{sender}}", "name": "Staatsanwaltschaft Wien", "role": "ISSUING" },
        "recipient": { "country": "CZ", "authorityId": "{{recipient}}", "name": "Obvodní státní zastupitelství pro Prahu 1", "role": "EXECUTING" },
        "language": "de"
      },
      "body": { "request": { "messageId": "5e2f1a30-9b8c-4d7e-a6f5-4e3d2c1b0a99" } }
    }
    """;

byte[] Sign(byte[] envelope, TestPkiBundle pki, SignerRole role = SignerRole.Issuing, IEnumerable<EnvelopeAttachment>? attachments = null, DateTimeOffset? at = null)
{
    using var key = pki.CreateSigningKey();
    return new EnvelopeSigner(new Fixed(at ?? signedAt)).Sign(envelope, key, role, attachments, indented: true).Envelope!;
}

byte[] U(string text) => Encoding.UTF8.GetBytes(text);
var cases = new JsonArray();

void Case(string id, byte[] envelope, string[] expected, string description, SignerRole[]? required = null, bool withAttachment = false, string? verifier = Recipient)
{
    var file = "cases/" + id + ".json";
    File.WriteAllBytes(Path.Combine(root, file), envelope);
    var policy = new VerificationPolicy { VerifierAuthorityId = verifier, RequiredRoles = required ?? [] };
    var result = new EnvelopeVerifier(trust, policy, new Fixed(verifyAt)).Verify(envelope, withAttachment ? [EnvelopeAttachment.FromBytes("att-1", attachment)] : null);
    var codes = result.Findings.Select(f => f.Code).ToArray();
    if (!codes.SequenceEqual(expected))
    {
        throw new InvalidOperationException($"{id}: expected [{string.Join(",", expected)}], got [{string.Join(",", codes)}]");
    }

    var findings = new JsonArray();
    foreach (var f in result.Findings) findings.Add(new JsonObject { ["code"] = f.Code, ["pointer"] = f.Pointer });
    var item = new JsonObject
    {
        ["id"] = "envelopes/verification/" + id,
        ["file"] = file,
        ["verifyAt"] = "2027-01-12T12:01:00Z",
        ["verifierAuthorityId"] = verifier,
        ["requiredRoles"] = new JsonArray((required ?? []).Select(r => (JsonNode)JsonValue.Create(r == SignerRole.Issuing ? "ISSUING" : r == SignerRole.Validating ? "VALIDATING" : "EXECUTING")!).ToArray()),
        ["attachments"] = withAttachment ? new JsonObject { ["att-1"] = "attachments/att-1.bin" } : new JsonObject(),
        ["expectVerified"] = expected.Length == 0,
        ["expectedFindings"] = findings,
        ["description"] = description,
    };
    if (verifier is null) item.Remove("verifierAuthorityId");
    cases.Add(item);
}

var issued = Sign(U(Envelope()), issuer);
Case("valid-issued", issued, [], "Signed by the issuing authority (ES256, ProofOfOrigin); the simplest valid case.");
Case("valid-issued-and-validated", Sign(Sign(U(Envelope(messageType: "StatusQuery")), issuer), judge, SignerRole.Validating), [],
    "Issuer's signature plus a validating judge's countersignature (ES384, ProofOfApproval, urn:mlat:signature:0); the policy requires both roles.", [SignerRole.Issuing, SignerRole.Validating]);
Case("valid-with-attachment", Sign(U(Envelope()), issuer, attachments: [EnvelopeAttachment.FromBytes("att-1", attachment)]), [],
    "sigD covers attachments/att-1.bin as cid:att-1.", withAttachment: true);
var reordered = JsonNode.Parse(Sign(U(Envelope()), issuer))!.AsObject();
var shuffled = new JsonObject();
foreach (var name in new[] { "signatures", "body", "header" }) shuffled[name] = reordered[name]!.DeepClone();
Case("valid-reordered-and-reindented", U(shuffled.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.Default })), [],
    "A signed envelope re-serialised with members in another order, other indentation and other string escaping: the content digest is over RFC 8785 bytes, so it still verifies.");

Case("unsigned", U(Envelope()), ["MLAT-SIG-MISSING"], "No signatures member.");
Case("body-changed", Mutate(issued, n => n["body"]!["request"]!["messageId"] = "5e2f1a30-9b8c-4d7e-a6f5-4e3d2c1b0a98"), ["MLAT-SIG-CONTENT-DIGEST"], "One character of the body changed after signing.");
Case("alg-none", Resign(issued, 0, h => h["alg"] = "none", (ECDsa)issuer.SignerKey, "ES256"), ["MLAT-SIG-ALG-NONE"], "Protected header alg none.");
Case("hs256-with-certificate-public-key", Hs256(issued, issuer.SignerCertificate), ["MLAT-SIG-ALG-SYMMETRIC"], "alg HS256 keyed with the certificate's SubjectPublicKeyInfo (key confusion).");
Case("crit-unknown", Resign(issued, 0, h => { h["exp"] = 1; h["crit"]!.AsArray().Add("exp"); }, (ECDsa)issuer.SignerKey, "ES256"), ["MLAT-SIG-CRIT-UNKNOWN"], "crit lists a member the verifier does not understand.");
Case("crit-missing-sigD", Resign(issued, 0, h => h["crit"]!.AsArray().RemoveAt(0), (ECDsa)issuer.SignerKey, "ES256"), ["MLAT-SIG-CRIT-MISSING"], "sigD is signed but not listed in crit.");
Case("jku-header", Resign(issued, 0, h => h["jku"] = "https://keys.example/jwks.json", (ECDsa)issuer.SignerKey, "ES256"), ["MLAT-SIG-HEADER-KEY-REFERENCE"], "The header names a key URL.");
Case("x5t-mismatch", Resign(issued, 0, h => h["x5t#S256"] = B64(SHA256.HashData(issuer.RootCertificate.RawData)), (ECDsa)issuer.SignerKey, "ES256"), ["MLAT-SIG-X5T-MISMATCH"], "x5t#S256 is the thumbprint of the root, not of x5c[0].");
Case("untrusted-root", Sign(U(Envelope()), rogue), ["MLAT-TRUST-CHAIN-UNTRUSTED"], "Same authority id, but the chain goes to a root that is not in the trust list.");
Case("certificate-expired-at-iat", Sign(U(Envelope(sender: Expired)), expired), ["MLAT-TRUST-CERT-NOT-VALID-AT-IAT"], "The signer certificate expired before iat.");
Case("iat-in-future", Sign(U(Envelope()), issuer, at: created.AddMinutes(10)), ["MLAT-SIG-IAT-FUTURE"], "iat ten minutes after createdAt, nine after the verification time: beyond the 5-minute skew.");
var withAttachment = Sign(U(Envelope()), issuer, attachments: [EnvelopeAttachment.FromBytes("att-1", U("TEST ONLY a different attachment\n"))]);
Case("attachment-changed", withAttachment, ["MLAT-SIG-ATTACHMENT-DIGEST"], "Signed over other bytes than attachments/att-1.bin.", withAttachment: true);
Case("attachment-missing", Sign(U(Envelope()), issuer, attachments: [EnvelopeAttachment.FromBytes("att-1", attachment)]), ["MLAT-SIG-ATTACHMENT-MISSING"], "sigD covers cid:att-1 but the verifier is given no attachment.");
var both = Sign(Sign(U(Envelope()), issuer), judge, SignerRole.Validating);
Case("countersignature-after-signature-0-replaced", Resign(both, 0, h => h["iat"] = h["iat"]!.GetValue<long>() - 1, (ECDsa)issuer.SignerKey, "ES256"), ["MLAT-SIG-COUNTERSIGNATURE-MISMATCH"], "Signature 0 was replaced by a new valid one; the judge approved the old one.");
Case("wrong-recipient", Sign(U(Envelope(recipient: "CZ:OSZ-Brno")), issuer), ["MLAT-SIG-RECIPIENT-MISMATCH"], "Addressed to another authority than the verifier.");
Case("base64url-padding", Mutate(issued, n => n["signatures"]![0]!["signature"] = n["signatures"]![0]!["signature"]!.GetValue<string>() + "=="), ["MLAT-SIG-BASE64URL"], "The signature value carries base64 padding.");
Case("protected-header-duplicate-member", ResignRaw(issued, 0, json => json.Insert(1, "\"alg\":\"ES256\","), (ECDsa)issuer.SignerKey, "ES256"), ["MLAT-SIG-HEADER-DUPLICATE-MEMBER"], "alg appears twice in the protected header.");
// The SDK will not sign with a 1024-bit key: sign normally, then replace the signature with one by the weak key.
Case("rsa-key-below-minimum", Resign(Sign(U(Envelope(sender: Weak)), issuer), 0, h =>
{
    h["alg"] = "PS256";
    h["x5c"] = new JsonArray(Convert.ToBase64String(weakLeaf.RawData), Convert.ToBase64String(weakRoot.RawData));
    h["x5t#S256"] = B64(SHA256.HashData(weakLeaf.RawData));
    h.Remove("kid");
}, weakKey, "PS256"), ["MLAT-SIG-KEY-TOO-SMALL"], "PS256 with a 1024-bit RSA key.");
Case("required-role-missing", issued, ["MLAT-SIG-ROLE-MISSING"], "The policy requires a validating judge's signature; there is none.", [SignerRole.Validating]);
Case("sender-mismatch", Sign(U(Envelope(sender: Judge)), issuer), ["MLAT-SIG-SENDER-MISMATCH"], "header.sender names the judge, signature 0 is the prosecutor's.");

var manifest = new JsonObject
{
    ["description"] = "Signed-envelope verification cases (specification §7.8, §14.2). TEST-ONLY keys. Verify each file with keys/test-only-trust-list.json at verifyAt, as verifierAuthorityId when given, requiring requiredRoles, with the listed attachments (id -> file); expect expectVerified and exactly expectedFindings (code, pointer). Default policy otherwise: ES256/ES384/ES512/PS256/PS384/PS512, 5 minutes clock skew, 7 days maximum age, RSA >= 2048. Regenerate with: dotnet run eng/generate-envelope-samples.cs",
    ["trustList"] = "keys/test-only-trust-list.json",
    ["cases"] = cases,
};
File.WriteAllText(Path.Combine(root, "manifest.json"), manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
Console.WriteLine($"{cases.Count} cases written to {root}");

// The worked example of docs/envelopes.md: re-signed with its committed TEST-ONLY key at the same iat, so only the
// protected header and the (randomised) signature change; the doc's header, signing input and signature are then
// updated from protected-header.json and signed.json (WorkedExampleTests checks they match).
var example = Path.Combine(Directory.GetCurrentDirectory(), "samples", "envelopes", "worked-example");
using (var exampleKey = SigningKey.FromPem(File.ReadAllText(Path.Combine(example, "test-only-signer.key.pem")), File.ReadAllText(Path.Combine(example, "test-only-signer.chain.pem"))))
{
    var signedExample = new EnvelopeSigner(new Fixed(signedAt)).Sign(File.ReadAllBytes(Path.Combine(example, "unsigned.json")), exampleKey, SignerRole.Issuing, indented: true).Envelope!;
    File.WriteAllBytes(Path.Combine(example, "signed.json"), [.. signedExample, (byte)'\n']);
    var protectedText = JsonNode.Parse(signedExample)!["signatures"]![0]!["protected"]!.GetValue<string>();
    File.WriteAllBytes(Path.Combine(example, "protected-header.json"), D64(protectedText));
    Console.WriteLine($"worked example re-signed in {example}");
}

static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
static byte[] D64(string text) { var s = text.Replace('-', '+').Replace('_', '/'); return Convert.FromBase64String(s + new string('=', (4 - s.Length % 4) % 4)); }

static byte[] Mutate(byte[] envelope, Action<JsonNode> edit)
{
    var node = JsonNode.Parse(envelope)!;
    edit(node);
    return Encoding.UTF8.GetBytes(node.ToJsonString());
}

static byte[] Resign(byte[] envelope, int index, Action<JsonObject> edit, AsymmetricAlgorithm key, string alg)
    => ResignRaw(envelope, index, json => { var o = JsonNode.Parse(json)!.AsObject(); edit(o); return o.ToJsonString(); }, key, alg);

static byte[] ResignRaw(byte[] envelope, int index, Func<string, string> rewrite, AsymmetricAlgorithm key, string alg)
{
    var node = JsonNode.Parse(envelope)!;
    var sig = node["signatures"]![index]!;
    var header = rewrite(Encoding.UTF8.GetString(D64(sig["protected"]!.GetValue<string>())));
    var prot = B64(Encoding.UTF8.GetBytes(header));
    var input = Encoding.ASCII.GetBytes(prot + ".");
    var value = key switch
    {
        ECDsa ec => ec.SignData(input, alg == "ES384" ? HashAlgorithmName.SHA384 : HashAlgorithmName.SHA256),
        RSA rsa => rsa.SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
        _ => throw new ArgumentException("key"),
    };
    sig["protected"] = prot;
    sig["signature"] = B64(value);
    return Encoding.UTF8.GetBytes(node.ToJsonString());
}

static byte[] Hs256(byte[] envelope, X509Certificate2 certificate)
{
    var node = JsonNode.Parse(envelope)!;
    var sig = node["signatures"]![0]!;
    var header = JsonNode.Parse(D64(sig["protected"]!.GetValue<string>()))!.AsObject();
    header["alg"] = "HS256";
    var prot = B64(Encoding.UTF8.GetBytes(header.ToJsonString()));
    sig["protected"] = prot;
    sig["signature"] = B64(HMACSHA256.HashData(certificate.PublicKey.ExportSubjectPublicKeyInfo(), Encoding.ASCII.GetBytes(prot + ".")));
    return Encoding.UTF8.GetBytes(node.ToJsonString());
}

static (X509Certificate2 Root, X509Certificate2 Leaf, RSA Key) WeakRsaChain(string authority, DateTimeOffset now)
{
    using var rootKey = RSA.Create(2048);
    var rootName = new X500DistinguishedNameBuilder();
    rootName.AddCommonName("MLAT TEST ONLY weak-key Root CA AT");
    rootName.AddCountryOrRegion("AT");
    var rootRequest = new CertificateRequest(rootName.Build(), rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
    rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
    using var rootWithKey = rootRequest.CreateSelfSigned(now.AddYears(-1), now.AddYears(5));
    var leafKey = RSA.Create(1024);
    var leafName = new X500DistinguishedNameBuilder();
    leafName.AddCountryOrRegion("AT");
    leafName.Add("2.5.4.97", authority, UniversalTagNumber.UTF8String);
    leafName.AddCommonName("MLAT TEST ONLY weak-key signer " + authority);
    var leafRequest = new CertificateRequest(leafName.Build(), leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    leafRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
    var leaf = leafRequest.Create(rootWithKey, now.AddDays(-1), now.AddYears(2), [1, 2, 3, 4]);
    return (X509CertificateLoader.LoadCertificate(rootWithKey.RawData), leaf, leafKey);
}

sealed class Fixed(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
