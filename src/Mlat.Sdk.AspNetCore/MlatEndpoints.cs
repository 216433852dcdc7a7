using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Mlat.Sdk.DependencyInjection;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;

namespace Mlat.Sdk.AspNetCore;

/// <summary>Registers and maps the Mlat HTTP binding (specification §15.2) in an ASP.NET Core application.</summary>
public static class MlatEndpoints
{
    /// <summary>The well-known path of the capabilities document (RFC 8615).</summary>
    public const string CapabilitiesPath = "/.well-known/mlat-capabilities";

    /// <summary>The path messages are submitted to.</summary>
    public const string MessagesPath = "/mlat/messages";

    /// <summary>The path attachments are uploaded under, followed by <c>/{sha256}</c> (specification §15.7).</summary>
    public const string AttachmentsPath = "/mlat/attachments";

    /// <summary>The name of the rate-limiting policy <see cref="AddMlatNode"/> registers (specification §15.8).</summary>
    public const string RateLimitPolicy = "mlat-sender";

    /// <summary>
    /// Registers the node: its options and the handler of <see cref="MapMlatEndpoints"/>. Needs <c>AddMlatSdk</c> (trust
    /// list, authority, decryption key) and an <see cref="Exchange.IInboxStore"/> in the container. The verifier's replay
    /// check is handed to the inbox: a repeated (sender, messageId) is answered from the inbox — the stored receipt for
    /// the same bytes, 409 for other bytes — instead of being refused as a replay (specification §15.5).
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configure">Sets the node's options.</param>
    /// <returns>The same container.</returns>
    public static IServiceCollection AddMlatNode(this IServiceCollection services, Action<MlatNodeOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<MlatNodeOptions>().Configure(configure);
        services.PostConfigure<MlatSdkOptions>(o => o.VerificationPolicy = (o.VerificationPolicy ?? VerificationPolicy.Default) with { ReplayStore = InboxDecidesReplay.Instance });
        services.TryAddSingleton<MlatNodeHandler>();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RateLimitPolicy, SenderPartition);
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
                await MlatNodeHandler.RateLimitedAsync(context.HttpContext, retryAfter).ConfigureAwait(false);
            };
        });
        return services;
    }

    /// <summary>
    /// Maps <c>GET /.well-known/mlat-capabilities</c>, <c>POST /mlat/messages</c>, and <c>HEAD</c> and <c>PUT</c>
    /// <c>/mlat/attachments/{sha256}</c> (specification §15.2, §15.3, §15.7). With <see cref="MlatNodeOptions.RateLimit"/>
    /// set, the group requires the per-sender policy (the application calls <c>app.UseRateLimiter()</c>).
    /// </summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <returns>The group of the endpoints, for further conventions (authorization).</returns>
    public static RouteGroupBuilder MapMlatEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(string.Empty).WithTags("Mlat HTTP binding");
        // Response metadata only (it feeds the OpenAPI document): request-content metadata would let routing answer an
        // unknown media type with a bare 415 before the handler's coded problem document.
        group.MapGet(CapabilitiesPath, (HttpContext http, MlatNodeHandler node) => node.CapabilitiesAsync(http))
            .WithName("GetMlatCapabilities")
            .WithSummary("The node's signed capabilities document (specification §15.2), cacheable by max-age and ETag.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .Produces(StatusCodes.Status404NotFound);
        group.MapPost(MessagesPath, (HttpContext http, MlatNodeHandler node) => node.SubmitAsync(http))
            .WithName("SubmitMlatMessage")
            .WithSummary("Submits one signed envelope or its compact JWE (specification §15.3); answers with a signed technical receipt (§15.4) or a problem document (§15.6).")
            .Produces(StatusCodes.Status201Created, contentType: TechnicalReceipts.MediaType)
            .Produces(StatusCodes.Status200OK, contentType: TechnicalReceipts.MediaType)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapMethods(AttachmentsPath + "/{sha256}", [HttpMethods.Head], (HttpContext http, string sha256, MlatNodeHandler node) => node.AttachmentStateAsync(http, sha256))
            .WithName("GetMlatAttachmentState")
            .WithSummary("How much of an attachment the node holds (specification §15.7): Upload-Offset, Upload-Length and Upload-Complete headers.")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .Produces(StatusCodes.Status404NotFound);
        group.MapPut(AttachmentsPath + "/{sha256}", (HttpContext http, string sha256, MlatNodeHandler node) => node.UploadAttachmentAsync(http, sha256))
            .WithName("UploadMlatAttachment")
            .WithSummary("Uploads an attachment by its SHA-256 digest, from Upload-Offset, streamed and resumable (specification §15.7); the whole is checked against the digest.")
            .Produces(StatusCodes.Status201Created)
            .Produces(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        if (endpoints.ServiceProvider.GetService<IOptions<MlatNodeOptions>>()?.Value.RateLimit is not null)
        {
            group.RequireRateLimiting(RateLimitPolicy);
        }

        return group;
    }

    /// <summary>
    /// One fixed window per sender: the TLS client certificate's thumbprint when the connection has one (mutual TLS), the
    /// remote address otherwise. Before the body is read the message's sender is not known, and a header claim would be
    /// the client's word.
    /// </summary>
    private static RateLimitPartition<string> SenderPartition(HttpContext http)
    {
        var limit = http.RequestServices.GetRequiredService<IOptions<MlatNodeOptions>>().Value.RateLimit;
        var key = http.Connection.ClientCertificate is { } certificate
            ? "cert:" + certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256)
            : "addr:" + http.Connection.RemoteIpAddress;
        return limit is null
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.Permits, Window = limit.Window, QueueLimit = 0 });
    }

    /// <summary>
    /// Replay is decided by the inbox's unique (sender, messageId) key, which survives restarts and is shared by every
    /// request, so the verifier records nothing itself.
    /// </summary>
    private sealed class InboxDecidesReplay : IReplayStore
    {
        public static readonly InboxDecidesReplay Instance = new();

        public bool TryRecord(string senderAuthorityId, string messageId, DateTimeOffset expiresAt) => true;
    }
}
