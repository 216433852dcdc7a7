// Regenerates samples/signing: the signer cases of the conformance kit (specification §7.1-§7.7, §14.1 signer) — their
// TEST-ONLY keys and certificate chains, one trust list, the messages that are not taken unchanged from samples/1.0,
// an attachment, and manifest.json. Run from the repository root:
//     dotnet run eng/generate-signing-samples.cs
// Keys are new on every run (and the pre-signed input of the validating case with them); the cases stay the same. The
// generator signs each case with the SDK as a product would and stops unless the kit's verification (the policy of
// ProtocolCases.SignAsync: the case's trust list, time and verifier, requiring the role) finds nothing.
#:project ../src/Mlat.Sdk/Mlat.Sdk.csproj
#:project ../src/Mlat.Sdk.Testing/Mlat.Sdk.Testing.csproj
#:property TreatWarningsAsErrors=false
#:property EnforceCodeStyleInBuild=false
#:property AnalysisLevel=none
#:property JsonSerializerIsReflectionEnabledByDefault=true
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;
using Mlat.Sdk.Validation;

var root = Path.Combine(Directory.GetCurrentDirectory(), "samples", "signing");
foreach (var folder in new[] { "keys", "messages", "attachments" })
{
    if (Directory.Exists(Path.Combine(root, folder))) Directory.Delete(Path.Combine(root, folder), true);
    Directory.CreateDirectory(Path.Combine(root, folder));
}

// Certificates valid from 2026-10-31 for two years: around every message's createdAt.
var clock = new Fixed(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
using var wienEs384 = TestPki.Generate(CountryCode.AT, "AT:StA-Wien", JwsAlgorithms.ES384, [SignerRole.Issuing], clock);
using var nairobiPs256 = TestPki.Generate(CountryCode.KE, "KE:OAG-DOJ", JwsAlgorithms.PS256, [SignerRole.Issuing], clock);
using var parisPs384 = TestPki.Generate(CountryCode.FR, "FR:TJ-Paris-Parquet", JwsAlgorithms.PS384, [SignerRole.Executing], clock);
using var parisEs256 = TestPki.Generate(CountryCode.FR, "FR:TJ-Paris-Parquet", JwsAlgorithms.ES256, [SignerRole.Executing], clock);
using var munichEs256 = TestPki.Generate(CountryCode.DE, "DE:StA-Muenchen-I", JwsAlgorithms.ES256, [SignerRole.Issuing], clock);
using var judgeEs384 = TestPki.Generate(CountryCode.DE, "DE:AG-Muenchen-ER", JwsAlgorithms.ES384, [SignerRole.Validating], clock);

var trust = TrustList.Create(
    [
        new TrustListCountry(CountryCode.AT, [wienEs384.RootCertificate], [new TrustedAuthority("AT:StA-Wien", [SignerRole.Issuing])]),
        new TrustListCountry(CountryCode.DE, [munichEs256.RootCertificate, judgeEs384.RootCertificate],
            [new TrustedAuthority("DE:StA-Muenchen-I", [SignerRole.Issuing]), new TrustedAuthority("DE:AG-Muenchen-ER", [SignerRole.Validating])]),
        new TrustListCountry(CountryCode.FR, [parisPs384.RootCertificate, parisEs256.RootCertificate], [new TrustedAuthority("FR:TJ-Paris-Parquet", [SignerRole.Executing])]),
        new TrustListCountry(CountryCode.KE, [nairobiPs256.RootCertificate], [new TrustedAuthority("KE:OAG-DOJ", [SignerRole.Issuing])]),
    ],
    testOnly: true);
File.WriteAllBytes(Path.Combine(root, "keys", "test-only-trust-list.json"), trust.ToJson());

string Key(TestPkiBundle pki, string name)
{
    File.WriteAllText(Path.Combine(root, "keys", $"test-only-{name}.key.pem"), pki.SignerKeyPkcs8Pem + "\n");
    File.WriteAllText(Path.Combine(root, "keys", $"test-only-{name}.chain.pem"), pki.SignerChainPem);
    return $"keys/test-only-{name}";
}

var samples = Path.Combine(Directory.GetCurrentDirectory(), "samples", "1.0", "valid");
var validator = new MlatValidator(new MlatValidatorOptions());
var cases = new JsonArray();
var Indented = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

// An EvidenceTransmission whose attachment A1 is a small TEST-ONLY text file; its size and sha256 say so (EIO art. 13).
var attachment = Encoding.UTF8.GetBytes("TEST ONLY evidence: list of accounts (FICOBA), page 1 of 1\n");
File.WriteAllBytes(Path.Combine(root, "attachments", "evidence-A1.txt"), attachment);
var evidence = JsonNode.Parse(File.ReadAllBytes(Path.Combine(samples, "EvidenceTransmission", "minimal-one-document.json")))!;
var described = evidence["body"]!["attachments"]![0]!;
described["fileName"] = "evidence-A1.txt";
described["mediaType"] = "text/plain";
described["size"] = attachment.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
described["sha256"] = B64(SHA256.HashData(attachment));
Write("messages/evidence-transmission-with-attachment.json", Encoding.UTF8.GetBytes(evidence.ToJsonString(Indented) + "\n"));

// The EIO of samples/1.0 names a validating judge (body.validatingAuthority): signed by the issuing prosecutor, it
// waits for the judge's parallel approval signature, which the product adds (specification §7.4).
var eio = File.ReadAllBytes(Path.Combine(samples, "AssistanceRequest", "eio-de-fr-bank-records-fraud.json"));
using (var munichKey = munichEs256.CreateSigningKey())
{
    var signedByIssuer = new EnvelopeSigner(new Fixed(new DateTimeOffset(2026, 11, 20, 8, 16, 0, TimeSpan.Zero))).Sign(eio, munichKey, SignerRole.Issuing, indented: true).Envelope!;
    Write("messages/eio-de-fr-signed-by-issuer.json", [.. signedByIssuer, (byte)'\n']);
}

void Case(string id, string message, TestPkiBundle pki, string keyName, string role, string signingTime, string verifyAt, string verifier, string description, Dictionary<string, string>? attachments = null)
{
    var key = Key(pki, keyName);
    var item = new JsonObject
    {
        ["id"] = "signing/" + id,
        ["message"] = message,
        ["key"] = key + ".key.pem",
        ["chain"] = key + ".chain.pem",
        ["trustList"] = "keys/test-only-trust-list.json",
        ["role"] = role,
        ["alg"] = pki.Algorithm,
        ["signingTime"] = signingTime,
        ["verifyAt"] = verifyAt,
        ["verifierAuthorityId"] = verifier,
    };
    if (attachments is not null)
    {
        var a = new JsonObject();
        foreach (var (attachmentId, file) in attachments) a[attachmentId] = file;
        item["attachments"] = a;
    }

    item["description"] = description;
    cases.Add(item);
}

Case("issuing-es384", "../1.0/valid/AssistanceRequest/minimal.json", wienEs384, "at-sta-wien-es384", "ISSUING", "2026-11-23T09:01:00Z", "2026-11-23T09:02:00Z", "CZ:OSZ-Praha-1",
    "The minimal AssistanceRequest of samples/1.0 signed by the issuing prosecutor with ES384 (P-384).");
Case("issuing-ps256", "../1.0/valid/StatusQuery/uncac-ke-ch-freezing-progress.json", nairobiPs256, "ke-oag-doj-ps256", "ISSUING", "2027-03-02T07:11:00Z", "2027-03-02T07:12:00Z", "CH:BJ-FOJ",
    "A StatusQuery of samples/1.0 signed by the issuing authority with PS256 (RSA 3072, RSASSA-PSS).");
Case("executing-ps384", "../1.0/valid/AcknowledgementOfReceipt/full-paris-to-munich.json", parisPs384, "fr-parquet-ps384", "EXECUTING", "2026-11-23T10:16:00Z", "2026-11-23T10:17:00Z", "DE:StA-Muenchen-I",
    "An AcknowledgementOfReceipt of samples/1.0 signed by the executing authority (ProofOfReceipt) with PS384 (RSA 3072).");
Case("executing-es256-with-attachment", "messages/evidence-transmission-with-attachment.json", parisEs256, "fr-parquet-es256", "EXECUTING", "2027-02-10T15:01:00Z", "2027-02-10T15:02:00Z", "DE:StA-Muenchen-I",
    "An EvidenceTransmission whose attachment A1 travels beside it: the signature must cover it as cid:A1 (specification §7.5); the kit verifies with the attachment handed in, so a signature that does not cover it fails.",
    new Dictionary<string, string> { ["A1"] = "attachments/evidence-A1.txt" });
Case("validating-es384", "messages/eio-de-fr-signed-by-issuer.json", judgeEs384, "de-ag-muenchen-er-es384", "VALIDATING", "2026-11-20T10:00:00Z", "2026-11-20T10:01:00Z", "FR:TJ-Paris-Parquet",
    "An EIO that names its validating judge, already signed by the issuing prosecutor: the product adds the judge's parallel approval signature (ProofOfApproval, ES384), which covers urn:mlat:signature:0, and keeps signature 0 unchanged (specification §7.4).");

// Each case, signed by the SDK as a product would, must verify as the kit verifies it, and each message must be valid.
foreach (var item in cases.Select(c => c!.AsObject()))
{
    string At(string member) => Path.Combine(root, (string)item[member]!);
    var message = File.ReadAllBytes(At("message"));
    var report = validator.Validate(message);
    if (!report.IsSuccess) throw new InvalidOperationException($"{item["id"]}: the message is not valid: {string.Join(", ", report.Findings.Select(f => f.Code + " " + f.Pointer))}");
    var attachments = (item["attachments"]?.AsObject() ?? []).Select(a => EnvelopeAttachment.FromBytes(a.Key, File.ReadAllBytes(Path.Combine(root, (string)a.Value!)))).ToList();
    var role = (string)item["role"]! switch { "ISSUING" => SignerRole.Issuing, "EXECUTING" => SignerRole.Executing, _ => SignerRole.Validating };
    using var key = SigningKey.FromPem(File.ReadAllText(At("key")), File.ReadAllText(At("chain")), (string)item["alg"]!);
    var signed = new EnvelopeSigner(new Fixed(DateTimeOffset.Parse((string)item["signingTime"]!))).Sign(message, key, role, attachments).Envelope
        ?? throw new InvalidOperationException($"{item["id"]}: the SDK does not sign it");
    var policy = new VerificationPolicy { VerifierAuthorityId = (string)item["verifierAuthorityId"]!, RequiredRoles = [role] };
    var result = new EnvelopeVerifier(TrustList.Read(File.ReadAllBytes(At("trustList"))).TrustList!, policy, new Fixed(DateTimeOffset.Parse((string)item["verifyAt"]!))).Verify(signed, attachments);
    if (!result.IsSuccess) throw new InvalidOperationException($"{item["id"]}: {string.Join(", ", result.Findings.Select(f => f.Code + " " + f.Pointer))}");
}

var first = new JsonObject
{
    ["id"] = "signing/issuing-es256",
    ["message"] = "../envelopes/worked-example/unsigned.json",
    ["key"] = "../envelopes/worked-example/test-only-signer.key.pem",
    ["chain"] = "../envelopes/worked-example/test-only-signer.chain.pem",
    ["trustList"] = "../envelopes/worked-example/test-only-trust-list.json",
    ["role"] = "ISSUING",
    ["alg"] = "ES256",
    ["signingTime"] = "2027-01-12T12:00:00Z",
    ["verifyAt"] = "2027-01-12T12:01:00Z",
    ["verifierAuthorityId"] = "CZ:OSZ-Praha-1",
    ["description"] = "A StatusQuery of the Vienna prosecutor signed by its issuing authority with ES256 (the worked example's key).",
};
cases.Insert(0, first);
var manifest = new JsonObject
{
    ["description"] = "Signer cases of the conformance kit (specification §7.1-§7.7, §14.1 signer). The kit hands the product a message (unsigned, or already signed when a signature is to be added), a TEST-ONLY key (PKCS#8 PEM) with its certificate chain, the role to sign in, the algorithm (alg), the signing time and the attachments the signature must cover; the product returns the signed envelope. The case passes when the envelope, verified by the kit with trustList at verifyAt as verifierAuthorityId requiring role and with the attachments, has no finding, its new signature uses alg, its content without signatures is the message's (RFC 8785), and the message's signatures are kept unchanged before the new one. Paths are relative to this folder. Regenerate with: dotnet run eng/generate-signing-samples.cs",
    ["cases"] = cases,
};
File.WriteAllText(Path.Combine(root, "manifest.json"), manifest.ToJsonString(Indented) + "\n");
Console.WriteLine($"{cases.Count} signing cases written to {root}");

void Write(string relative, byte[] bytes) => File.WriteAllBytes(Path.Combine(root, relative), bytes);

static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

sealed class Fixed(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
