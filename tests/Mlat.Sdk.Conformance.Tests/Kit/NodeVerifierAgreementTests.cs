using System.Text;
using System.Text.Json.Nodes;

namespace Mlat.Sdk.Conformance.Tests.Kit;

/// <summary>
/// The node reference adapter's verify is written from specification §7.8–§7.9 independently of the SDK. Beyond the
/// 24 envelope cases of the kit, both verifiers are given the same variations of the kit's valid envelopes and
/// requests — times, roles, trust lists, malformed signature objects, attachments — and must give the same verdict and
/// the same findings in the same order; each variation also names the finding it is meant to provoke, so that an
/// agreement on "verified" where a finding was due cannot pass unnoticed.
/// </summary>
public sealed class NodeVerifierAgreementTests(NodeAdapterProcess node) : IClassFixture<NodeAdapterProcess>
{
    private static readonly string Folder = Path.Combine(TestPaths.Samples, "envelopes", "verification");

    // name -> (base case file, change to the request, the finding expected, or null for verified)
    private static readonly Dictionary<string, (string File, Action<JsonObject> Change, string? Code)> Variations = new(StringComparer.Ordinal)
    {
        ["eight-days-later"] = ("valid-issued", r => r["verifyAt"] = "2027-01-20T12:01:00Z", "MLAT-SIG-TOO-OLD"),
        ["ten-minutes-before-iat"] = ("valid-issued", r => r["verifyAt"] = "2027-01-12T11:50:00Z", "MLAT-SIG-IAT-FUTURE"),
        ["no-verifier"] = ("valid-issued", r => r["verifierAuthorityId"] = null, null),
        ["executing-role-required"] = ("valid-issued", r => r["requiredRoles"] = new JsonArray("EXECUTING"), "MLAT-SIG-ROLE-MISSING"),
        ["both-roles-present"] = ("valid-issued-and-validated", r => r["requiredRoles"] = new JsonArray("VALIDATING", "ISSUING"), null),
        ["attachment-nobody-signed"] = ("valid-issued", r => r["attachments"] = new JsonObject { ["x"] = "AAAA" }, "MLAT-SIG-ATTACHMENT-NOT-COVERED"),
        ["attachment-as-signed"] = ("valid-with-attachment", _ => { }, null),
        ["authority-not-listed"] = ("valid-issued", r => r["trustList"] = Edited(r, list => list["countries"]![0]!["authorities"]![0]!["authorityId"] = "AT:StA-Graz-II"), "MLAT-TRUST-AUTHORITY-UNKNOWN"),
        ["issuer-may-only-validate"] = ("valid-issued", r => r["trustList"] = Edited(r, list => list["countries"]![0]!["authorities"]![0]!["roles"] = new JsonArray("VALIDATING")), "MLAT-TRUST-ROLE-NOT-ALLOWED"),
        ["anchors-of-another-authority"] = ("valid-issued", r => r["trustList"] = Edited(r, list => list["countries"]![0]!["anchors"]!.AsArray().RemoveAt(0)), "MLAT-TRUST-CHAIN-UNTRUSTED"),
        ["signatures-empty"] = ("valid-issued", r => r["envelope"] = Envelope(r, e => e["signatures"] = new JsonArray()), "MLAT-SIG-MISSING"),
        ["signatures-not-an-array"] = ("valid-issued", r => r["envelope"] = Envelope(r, e => e["signatures"] = new JsonObject()), "MLAT-SIG-MALFORMED"),
        ["signature-with-extra-member"] = ("valid-issued", r => r["envelope"] = Envelope(r, e => e["signatures"]![0]!["x"] = 1), "MLAT-SIG-MALFORMED"),
        ["protected-with-whitespace"] = ("valid-issued", r => r["envelope"] = Envelope(r, e => e["signatures"]![0]!["protected"] = " " + (string)e["signatures"]![0]!["protected"]!), "MLAT-SIG-BASE64URL"),
        ["protected-an-array"] = ("valid-issued", r => r["envelope"] = Envelope(r, e => e["signatures"]![0]!["protected"] = "W10"), "MLAT-SIG-HEADER-MALFORMED"),
        ["signature-value-of-another-signature"] = ("valid-issued-and-validated", r => { r["requiredRoles"] = new JsonArray(); r["envelope"] = Envelope(r, e => e["signatures"]![1]!["signature"] = (string)e["signatures"]![0]!["signature"]!); }, "MLAT-SIG-INVALID"),
        ["signature-0-twice"] = ("valid-issued", r => r["envelope"] = Envelope(r, e => e["signatures"]!.AsArray().Add(e["signatures"]![0]!.DeepClone())), null),
        ["approval-first"] = ("valid-issued-and-validated", r => { r["requiredRoles"] = new JsonArray(); r["envelope"] = Envelope(r, e => { var s = e["signatures"]!.AsArray(); var zero = s[0]!.DeepClone(); s.RemoveAt(0); s.Add(zero); }); }, "MLAT-SIG-COUNTERSIGNATURE-MISMATCH"),
        ["header-member-removed"] = ("valid-issued", r => r["envelope"] = Envelope(r, e => e["header"]!.AsObject().Remove("language")), "MLAT-SIG-CONTENT-DIGEST"),
        ["unknown-version"] = ("valid-issued", r => r["envelope"] = Envelope(r, e => e["header"]!["version"] = "9.9"), "MLAT-VER-UNSUPPORTED"),
    };

    public static TheoryData<string> Names() => [.. Variations.Keys];

    [RequiresTheory(Requirement.NodePeers)]
    [MemberData(nameof(Names))]
    public async Task The_node_verifier_and_the_sdk_give_the_same_findings(string name)
    {
        var (file, change, code) = Variations[name];
        var manifest = JsonNode.Parse(File.ReadAllBytes(Path.Combine(Folder, "manifest.json")))!;
        var item = manifest["cases"]!.AsArray().Single(c => (string)c!["file"]! == $"cases/{file}.json")!;
        var attachments = new JsonObject();
        foreach (var (id, path) in item["attachments"]!.AsObject())
        {
            attachments[id] = Convert.ToBase64String(File.ReadAllBytes(Path.Combine(Folder, (string)path!)));
        }

        var request = new JsonObject
        {
            ["op"] = "verify",
            ["case"] = "agreement/" + name,
            ["envelope"] = Convert.ToBase64String(File.ReadAllBytes(Path.Combine(Folder, (string)item["file"]!))),
            ["trustList"] = Convert.ToBase64String(File.ReadAllBytes(Path.Combine(Folder, (string)manifest["trustList"]!))),
            ["verifyAt"] = (string)item["verifyAt"]!,
            ["verifierAuthorityId"] = (string?)item["verifierAuthorityId"],
            ["requiredRoles"] = item["requiredRoles"]!.DeepClone(),
            ["attachments"] = attachments,
        };
        change(request);

        var sdk = SdkConformanceAdapter.Instance.Handle((JsonObject)request.DeepClone());
        var nodeAnswer = await node.Product!.CallAsync((JsonObject)request.DeepClone(), CancellationToken.None);

        Assert.Equal(code is null, (bool)sdk["verified"]!);
        Assert.Equal(code is null ? [] : [code], sdk["findings"]!.AsArray().Select(f => (string)f!["code"]!));
        Assert.Equal((bool)sdk["verified"]!, (bool?)nodeAnswer["verified"]);
        Assert.Equal(sdk["findings"]!.ToJsonString(), nodeAnswer["findings"]?.ToJsonString());
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Edited(JsonObject request, Action<JsonNode> edit)
    {
        var list = JsonNode.Parse(Convert.FromBase64String((string)request["trustList"]!))!;
        edit(list);
        return B64(list.ToJsonString());
    }

    private static string Envelope(JsonObject request, Action<JsonNode> edit)
    {
        var envelope = JsonNode.Parse(Convert.FromBase64String((string)request["envelope"]!))!;
        edit(envelope);
        return B64(envelope.ToJsonString());
    }
}
