using System.IO.Pipes;
using System.Text;
using System.Text.Json.Nodes;

namespace Mlat.Sdk.Conformance.Tests.Kit;

/// <summary>
/// Issue 18, must show: a deliberately broken adapter per suite fails exactly its broken cases. The double serves the
/// protocol over real pipes (the client cannot tell it from a process) with the SDK's answers, except for one or two
/// cases per suite where it makes a typical mistake; the run must fail exactly those cases, and nothing else.
/// </summary>
public sealed class BrokenAdapterTests
{
    // case id -> what the double gets wrong
    private static readonly Dictionary<string, Func<JsonObject, JsonObject>> Broken = new(StringComparer.Ordinal)
    {
        // reading: a last-wins parser accepts a duplicated messageType; another misses a lone surrogate
        ["reading/duplicate-member-header"] = _ => new JsonObject { ["valid"] = true, ["findings"] = new JsonArray() },
        ["reading/lone-surrogate-high"] = _ => new JsonObject { ["valid"] = false, ["findings"] = new JsonArray(new JsonObject { ["code"] = "MLAT-JSON-MALFORMED", ["pointer"] = "" }) },
        // valid / invalid / rules: reject a valid message; point at the wrong member; miss a rule
        ["1.0/valid/StatusQuery/minimal"] = _ => new JsonObject { ["valid"] = false, ["findings"] = new JsonArray(new JsonObject { ["code"] = "schema.required", ["pointer"] = "/body" }) },
        ["1.0/invalid/AcknowledgementOfReceipt/extra-member-in-body"] = a => Repoint(a),
        ["1.0/rules/MLAT-R-0001/violates-other-competent-without-validation"] = _ => new JsonObject { ["valid"] = true, ["findings"] = new JsonArray() },
        // negotiation: picks another version
        ["negotiation/1-2-sender-1-1-receiver"] = a => { a["version"] = "1.2"; return a; },
        // conversion: loses the output
        ["conversion/down-1-1-additions-to-1-0"] = a => { a["output"] = Convert.ToBase64String("{}"u8.ToArray()); return a; },
        // envelopes: verifies a tampered envelope
        ["envelopes/verification/body-changed"] = _ => new JsonObject { ["verified"] = true, ["findings"] = new JsonArray() },
        // signing: returns the envelope with a changed body
        ["signing/issuing-es256"] = a =>
        {
            var e = JsonNode.Parse(Convert.FromBase64String((string)a["envelope"]!))!;
            e["body"]!["request"]!["messageId"] = "00000000-0000-4000-8000-000000000000";
            a["envelope"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(e.ToJsonString()));
            return a;
        },
        // signing: drops signature 0 when adding a parallel approval signature
        ["signing/validating-es384"] = a =>
        {
            var e = JsonNode.Parse(Convert.FromBase64String((string)a["envelope"]!))!;
            e["signatures"]!.AsArray().RemoveAt(0);
            a["envelope"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(e.ToJsonString()));
            return a;
        },
        // encryption: a plaintext one byte off; a JWE that is not a JWE
        ["encryption/decrypt-ec-p256"] = a => { var p = Convert.FromBase64String((string)a["plaintext"]!); p[^2] ^= 1; a["plaintext"] = Convert.ToBase64String(p); return a; },
        ["encryption/encrypt-to-rsa"] = a => { a["jwe"] = "e30.e30.e30.e30.e30"; return a; },
    };

    // case id -> how the double misreads the request: ignores the attachments a signature must cover; signs an RSA key
    // with its own default algorithm instead of the one asked for.
    private static readonly Dictionary<string, Action<JsonObject>> Misread = new(StringComparer.Ordinal)
    {
        ["signing/executing-es256-with-attachment"] = r => r["attachments"] = new JsonObject(),
        ["signing/executing-ps384"] = r => r["alg"] = "PS256",
    };

    private static JsonObject Repoint(JsonObject a)
    {
        foreach (var f in a["findings"]!.AsArray())
        {
            f!["pointer"] = (string)f["pointer"]! + "/x";
        }

        return a;
    }

    [Fact]
    public async Task A_broken_adapter_fails_exactly_its_broken_cases_in_every_suite()
    {
        var report = await RunAgainstAsync(request =>
        {
            if ((string?)request["case"] is { } read && Misread.TryGetValue(read, out var misread))
            {
                misread(request);
            }

            var answer = SdkConformanceAdapter.Instance.Handle(request);
            return (string?)request["case"] is { } id && Broken.TryGetValue(id, out var breaks) ? breaks(answer) : answer;
        });

        Assert.Equal(Broken.Keys.Concat(Misread.Keys).Order(StringComparer.Ordinal), report.Cases.Where(c => !c.Passed).Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["conversion", "encryption", "envelopes", "invalid", "negotiation", "reading", "rules", "signing", "valid"],
            report.Cases.Where(c => !c.Passed).Select(c => c.Suite).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("the kit's verifier reports MLAT-SIG-CONTENT-DIGEST at ''", report.Cases.Single(c => c.Id == "signing/issuing-es256").Failures);
        Assert.Equal(["the kit's verifier reports MLAT-SIG-ATTACHMENT-NOT-COVERED at '/signatures'"], report.Cases.Single(c => c.Id == "signing/executing-es256-with-attachment").Failures);
        Assert.Equal(["the new signature uses PS256, the case asks for PS384"], report.Cases.Single(c => c.Id == "signing/executing-ps384").Failures);
        Assert.Contains("the signed envelope does not keep the message's signatures unchanged before the new one", report.Cases.Single(c => c.Id == "signing/validating-es384").Failures);
        Assert.Contains(report.Cases, c => c.Suite == "signing" && c.Passed);
        Assert.Equal(["expected valid=false, got valid=true", "missing finding MLAT-JSON-DUPLICATE-MEMBER at '/header/messageType'"], report.Cases.Single(c => c.Id == "reading/duplicate-member-header").Failures);
    }

    [Fact]
    public async Task An_adapter_that_offers_only_validate_fails_every_other_case_as_not_offered_without_being_asked()
    {
        var asked = new HashSet<string>(StringComparer.Ordinal);
        var report = await RunAgainstAsync(
            request =>
            {
                lock (asked)
                {
                    asked.Add((string)request["op"]!);
                }

                return SdkConformanceAdapter.Instance.Handle(request);
            },
            operations: ["validate"]);

        Assert.Equal(["validate"], asked.Order(StringComparer.Ordinal));
        Assert.All(report.Cases.Where(c => c.Suite is "reading" or "valid" or "invalid" or "rules"), c => Assert.True(c.Passed, c.Id));
        Assert.All(report.Cases.Where(c => c.Suite is not ("reading" or "valid" or "invalid" or "rules")), c => Assert.StartsWith("the product does not offer the operation ", Assert.Single(c.Failures), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_adapter_that_stops_answering_fails_the_remaining_cases_and_the_run_ends()
    {
        var count = 0;
        var report = await RunAgainstAsync(request => Interlocked.Increment(ref count) > 5 ? null : SdkConformanceAdapter.Instance.Handle(request), profile: "receiver-core-1.0");

        Assert.Equal(4, report.Passed);
        Assert.All(report.Cases.Where(c => !c.Passed), c => Assert.Equal(["the product answered an error: the adapter closed its output"], c.Failures));
    }

    [Fact]
    public async Task An_adapter_of_another_protocol_version_fails_every_case_with_the_handshake()
    {
        var report = await RunAgainstAsync(request => (string?)request["op"] == "hello"
            ? new JsonObject { ["id"] = request["id"]!.DeepClone(), ["protocol"] = "mlat-conformance-adapter/0", ["operations"] = new JsonArray("validate") }
            : SdkConformanceAdapter.Instance.Handle(request), profile: "receiver-core-1.0");

        Assert.Equal(0, report.Passed);
        Assert.All(report.Cases, c => Assert.Equal(["the product answered an error: the adapter does not speak mlat-conformance-adapter/1"], c.Failures));
    }

    /// <summary>Serves the protocol over anonymous pipes with <paramref name="answer"/> (null: close the output) and runs the kit against it.</summary>
    internal static async Task<ConformanceReport> RunAgainstAsync(Func<JsonObject, JsonObject?> answer, string[]? operations = null, string? profile = null, string product = "double")
    {
        using var toAdapter = new AnonymousPipeServerStream(PipeDirection.Out);
        using var adapterIn = new AnonymousPipeClientStream(PipeDirection.In, toAdapter.ClientSafePipeHandle);
        using var fromAdapter = new AnonymousPipeServerStream(PipeDirection.In);
        using var adapterOut = new AnonymousPipeClientStream(PipeDirection.Out, fromAdapter.ClientSafePipeHandle);
        var server = Task.Run(async () =>
        {
            using var reader = new StreamReader(adapterIn, new UTF8Encoding(false));
            await using var writer = new StreamWriter(adapterOut, new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = true };
            while (await reader.ReadLineAsync() is { } line)
            {
                var request = JsonNode.Parse(line)!.AsObject();
                var reply = (string?)request["op"] == "hello" && operations is not null
                    ? new JsonObject { ["id"] = request["id"]!.DeepClone(), ["protocol"] = ConformanceAdapterClient.Protocol, ["product"] = product, ["operations"] = new JsonArray([.. operations.Select(o => (JsonNode)o)]) }
                    : answer(request);
                if (reply is null)
                {
                    return;
                }

                reply["id"] = request["id"]!.DeepClone();
                await writer.WriteLineAsync(reply.ToJsonString());
            }
        });

        await using var client = new ConformanceAdapterClient(toAdapter, fromAdapter, "double");
        var report = await new ConformanceRunner(new ConformanceOptions { SamplesDirectory = TestPaths.Samples, Adapter = client, Profile = profile, MaxParallelism = 1 }).RunAsync();
        await client.DisposeAsync();
        await server;
        return report;
    }
}
