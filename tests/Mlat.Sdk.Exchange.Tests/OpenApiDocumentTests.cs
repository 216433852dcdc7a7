using System.Text;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Mlat.Sdk.Tests.Exchange;
using static Mlat.Sdk.Tests.Exchange.ExchangeTestKit;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// docs/openapi/mlat-http-binding.json is generated from the endpoints MapMlatEndpoints maps (Microsoft.AspNetCore.OpenApi
/// on a running node) and committed; this test fails when they drift. Regenerate with MLAT_UPDATE_OPENAPI=1.
/// </summary>
public sealed class OpenApiDocumentTests
{
    private static readonly string Committed = Path.Combine(TestPaths.RepoRoot, "docs", "openapi", "mlat-http-binding.json");

    /// <summary>What endpoint metadata cannot say without changing routing: the submission's two media types.</summary>
    internal static void Describe(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo { Title = "Mlat HTTP binding", Version = "1.0", Description = "Specification §15.2-§15.6: capabilities discovery, submission, technical receipts, idempotency, problem documents." };
            document.Servers = [];
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (operation.OperationId == "SubmitMlatMessage")
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "The signed envelope exactly as signed, or its compact JWE.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/vnd.mlat+json; version=1.0"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } },
                        ["application/vnd.mlat+json; version=1.1"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } },
                        ["application/jose"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                };
            }

            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task The_committed_openapi_document_is_the_one_generated_from_the_endpoints()
    {
        await using var node = await TestNode.StartAsync(Paris, ParisParty, new ExchangeClock(Now), openApi: true);
        using var http = new HttpClient { BaseAddress = node.BaseAddress };

        var generated = (await http.GetStringAsync("openapi/v1.json")).ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable("MLAT_UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Committed)!);
            await File.WriteAllTextAsync(Committed, generated, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(Committed), "docs/openapi/mlat-http-binding.json is missing: run the tests with MLAT_UPDATE_OPENAPI=1");
        Assert.Equal(File.ReadAllText(Committed).ReplaceLineEndings("\n"), generated);
        Assert.Contains("\"/mlat/messages\"", generated, StringComparison.Ordinal);
        Assert.Contains("\"/.well-known/mlat-capabilities\"", generated, StringComparison.Ordinal);
        Assert.Contains("\"409\"", generated, StringComparison.Ordinal);
        Assert.Contains("application/jose", generated, StringComparison.Ordinal);
    }
}
