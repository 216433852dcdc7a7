using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Mlat.Sdk.Tests.Exchange;
using static Mlat.Sdk.Exchange.Tests.NodeProcess;
using static Mlat.Sdk.Tests.Exchange.ExchangeTestKit;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// <c>mlat conformance run --endpoint</c>: the HTTP binding's cases pass against the project's own node on real
/// Kestrel, and against a deliberately faulty node (a test double that answers a conflict with 200 and a wrong media
/// type with 422) fail exactly the two cases it breaks.
/// </summary>
public sealed class EndpointConformanceTests
{
    private static readonly string[] Cases =
    [
        "capabilities-signed", "capabilities-not-modified", "accepted-json", "accepted-jose", "replay-same-bytes", "replay-re-encrypted",
        "conflict", "tampered", "forged-signer", "invalid-message", "malformed", "media-type", "too-large",
    ];

    private static string Capabilities => $$"""
        {"capabilitiesVersion":"1.0","party":{"country":"FR","authorityId":"{{ParisId}}"},"maxMessageSize":"262144",
        "versions":[{"version":"1.0","status":"ACTIVE","send":["StatusUpdate"],"receive":["AssistanceRequest","StatusQuery"]}]}
        """;

    [Fact]
    public async Task The_endpoint_suite_passes_against_the_project_s_own_node()
    {
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, new ExchangeClock(DateTimeOffset.UtcNow), o => o.MaxSubmissionBytes = 262144, capabilitiesJson: Capabilities);

        var (exit, output, report) = await Run(paris.BaseAddress);

        Assert.True(exit == 0, output);
        Assert.Contains("13 passed, 0 failed", output, StringComparison.Ordinal);
        Assert.Equal(Cases.Select(c => "endpoint/" + c), report["cases"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        // The two accepted messages, each stored once despite the replays; nothing refused was stored.
        var inbox = await paris.Store.ListInboxAsync(100);
        Assert.Equal(2, inbox.Count);
        Assert.All(inbox, e => Assert.Equal((MunichId, Mlat.Sdk.Messages.MessageType.StatusQuery), (e.Sender, e.MessageType)));
    }

    [Fact]
    public async Task A_faulty_node_fails_exactly_the_cases_it_breaks()
    {
        await using var faulty = await TestNode.StartAsync(Paris, ParisParty, new ExchangeClock(DateTimeOffset.UtcNow), o => o.MaxSubmissionBytes = 262144, capabilitiesJson: Capabilities, pipeline: BreakConflictAndMediaType);

        var (exit, output, report) = await Run(faulty.BaseAddress);

        Assert.Equal(1, exit);
        Assert.Contains("11 passed, 2 failed", output, StringComparison.Ordinal);
        Assert.Equal(
            ["endpoint/conflict", "endpoint/media-type"],
            report["cases"]!.AsArray().Where(c => !c!["passed"]!.GetValue<bool>()).Select(c => c!["id"]!.GetValue<string>()));
        Assert.Contains("expected 409, got 200", output, StringComparison.Ordinal);
        Assert.Contains("expected 415, got 422", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_endpoint_run_refuses_missing_options_and_reports_an_unreachable_node_as_failed_cases()
    {
        var missing = await RunMlat("conformance", "run", "--endpoint", "http://127.0.0.1:1/");
        Assert.Equal(2, missing.Exit);
        Assert.Contains("--key, --cert, --sender and --trust", missing.Err, StringComparison.Ordinal);

        var (exit, output, report) = await Run(new Uri($"http://127.0.0.1:{FreePort()}/"));
        Assert.Equal(1, exit);
        var only = Assert.Single(report["cases"]!.AsArray());
        Assert.Equal("endpoint/capabilities-signed", only!["id"]!.GetValue<string>());
        Assert.Contains("0 passed, 1 failed", output, StringComparison.Ordinal);
    }

    // The double: the project's node with a middleware that rewrites two answers after the handler has run.
    private static void BreakConflictAndMediaType(WebApplication app) => app.Use(async (HttpContext context, RequestDelegate next) =>
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        await next(context);
        context.Response.StatusCode = context.Response.StatusCode switch
        {
            StatusCodes.Status409Conflict => StatusCodes.Status200OK,
            StatusCodes.Status415UnsupportedMediaType => StatusCodes.Status422UnprocessableEntity,
            var status => status,
        };
        context.Response.Body = original;
        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original);
    });

    private static async Task<(int Exit, string Output, JsonNode Report)> Run(Uri node)
    {
        var dir = Directory.CreateTempSubdirectory("mlat-endpoint-kit-").FullName;
        var key = Path.Combine(dir, "key.pem");
        var chain = Path.Combine(dir, "chain.pem");
        var trust = Path.Combine(dir, "trust.json");
        var json = Path.Combine(dir, "report.json");
        var junit = Path.Combine(dir, "report.xml");
        await File.WriteAllTextAsync(key, Munich.SignerKeyPkcs8Pem);
        await File.WriteAllTextAsync(chain, Munich.SignerChainPem);
        await File.WriteAllBytesAsync(trust, Trust.ToJson());

        var run = await RunMlat("conformance", "run", "--endpoint", node.AbsoluteUri, "--key", key, "--cert", chain, "--sender", MunichId, "--trust", trust, "--json", json, "--junit", junit);

        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
        Assert.True(File.Exists(json), run.Out + run.Err);
        var report = JsonNode.Parse(await File.ReadAllBytesAsync(json))!;
        var testcases = System.Xml.Linq.XDocument.Load(junit).Descendants("testcase").Count();
        Assert.Equal(report["cases"]!.AsArray().Count, testcases);
        return (run.Exit, run.Out + run.Err, report);
    }
}
