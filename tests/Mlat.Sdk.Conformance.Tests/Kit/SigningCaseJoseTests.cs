using System.Text;
using System.Text.Json.Nodes;
using AdapterProcess = Mlat.Cli.AdapterProcess;
using NodePeer = Mlat.Sdk.Conformance.Tests.Interop.NodePeer;

namespace Mlat.Sdk.Conformance.Tests.Kit;

/// <summary>The node reference adapter, started once for a test class.</summary>
public sealed class NodeAdapterProcess : IAsyncLifetime
{
    private AdapterProcess? adapter;

    internal IConformanceProduct? Product => adapter?.Client;

    public async Task InitializeAsync()
    {
        if (!Directory.Exists(Path.Combine(TestPaths.Interop, "node_modules")))
        {
            return; // the tests are skipped (or, in CI, fail) through their requirement
        }

        adapter = AdapterProcess.Start($"node \"{Path.Combine(TestPaths.Interop, "conformance-adapter.mjs")}\"");
        Assert.Null(await adapter.Client.HelloAsync());
    }

    public async Task DisposeAsync()
    {
        if (adapter is not null)
        {
            await adapter.DisposeAsync();
        }
    }
}

/// <summary>
/// Issue 18: the kit verifies a product's signature itself (the signer level); the repository also verifies what the SDK
/// adapter and the node reference adapter sign for every signing case with jose (tests/interop/jades-verify.mjs), so
/// the signer level is not judged by the SDK's verifier alone: the JWS verifies, the policy digest and every sigD
/// digest match, the attachments and, for a parallel approval, signature 0 are covered, and the case's alg is used.
/// </summary>
public sealed class SigningCaseJoseTests(NodeAdapterProcess node) : IClassFixture<NodeAdapterProcess>
{
    private static readonly string Folder = Path.Combine(TestPaths.Samples, "signing");

    private static JsonArray Cases => JsonNode.Parse(File.ReadAllBytes(Path.Combine(Folder, "manifest.json")))!["cases"]!.AsArray();

    public static TheoryData<string, string> Signed()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Cases)
        {
            data.Add("sdk", (string)c!["id"]!);
            data.Add("node", (string)c["id"]!);
        }

        return data;
    }

    [Fact]
    public void The_signer_level_signs_in_every_role_with_every_signing_algorithm_and_covers_an_attachment()
    {
        // Specification §7.6: ES256, ES384, PS256, PS384 are the signing algorithms; §7.4: three roles sign messages.
        Assert.Equal(["ES256", "ES384", "PS256", "PS384"], Cases.Select(c => (string)c!["alg"]!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["EXECUTING", "ISSUING", "VALIDATING"], Cases.Select(c => (string)c!["role"]!).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(Cases, c => c!["attachments"] is JsonObject { Count: > 0 });
    }

    [RequiresTheory(Requirement.NodePeers)]
    [MemberData(nameof(Signed))]
    public async Task What_the_adapter_signs_for_the_case_verifies_with_jose(string product, string id)
    {
        var item = Cases.Single(c => (string)c!["id"]! == id)!;
        string At(string member) => Path.Combine(Folder, (string)item[member]!);
        var message = File.ReadAllBytes(At("message"));
        var attachments = new JsonObject();
        foreach (var (attachmentId, file) in item["attachments"]?.AsObject() ?? [])
        {
            attachments[attachmentId] = Convert.ToBase64String(File.ReadAllBytes(Path.Combine(Folder, (string)file!)));
        }

        var request = new JsonObject
        {
            ["op"] = "sign",
            ["case"] = id,
            ["message"] = Convert.ToBase64String(message),
            ["key"] = File.ReadAllText(At("key")),
            ["chain"] = File.ReadAllText(At("chain")),
            ["role"] = (string)item["role"]!,
            ["alg"] = (string)item["alg"]!,
            ["signingTime"] = (string)item["signingTime"]!,
            ["attachments"] = attachments.DeepClone(),
        };
        var answer = product == "sdk"
            ? SdkConformanceAdapter.Instance.Handle(request)
            : await node.Product!.CallAsync(request, CancellationToken.None);
        Assert.True(answer["envelope"] is not null, answer.ToJsonString());
        var envelope = Encoding.UTF8.GetString(Convert.FromBase64String((string)answer["envelope"]!));

        var results = JsonNode.Parse(NodePeer.Run("jades-verify.mjs", [], new JsonObject { ["envelope"] = envelope, ["attachments"] = attachments }.ToJsonString()))!.AsArray();

        var before = (JsonNode.Parse(message)!["signatures"] as JsonArray)?.Count ?? 0;
        Assert.Equal(before + 1, results.Count);
        Assert.All(results, r =>
        {
            Assert.True((bool)r!["verified"]!, (string?)r["error"]);
            Assert.True((bool)r["policyMatches"]!);
            Assert.True((bool)r["x5tMatches"]!);
            Assert.All(r["digests"]!.AsArray(), d => Assert.True((bool)d!["matches"]!, (string)d["par"]!));
        });
        var added = results[^1]!;
        Assert.Equal((string)item["alg"]!, (string)added["alg"]!);
        var expectedPars = new List<string> { "urn:mlat:content" };
        expectedPars.AddRange(attachments.Select(a => "cid:" + a.Key));
        if ((string)item["role"]! == "VALIDATING")
        {
            expectedPars.Add("urn:mlat:signature:0");
        }

        Assert.Equal(expectedPars.Order(StringComparer.Ordinal), added["digests"]!.AsArray().Select(d => (string)d!["par"]!).Order(StringComparer.Ordinal));
    }
}
