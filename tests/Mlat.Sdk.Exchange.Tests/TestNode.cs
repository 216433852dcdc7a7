using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mlat.Sdk.AspNetCore;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Sqlite;
using Mlat.Sdk.Testing;
using Mlat.Sdk.Tests.Exchange;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>A real node: Kestrel on 127.0.0.1, port 0 (the OS picks a free one), a SQLite file, the node's TEST-ONLY keys.</summary>
internal sealed class TestNode : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EnvelopeDecryptor _decryptor;
    private readonly SigningKey _key;

    private TestNode(WebApplication app, EnvelopeDecryptor decryptor, SigningKey key, SqliteExchangeStore store, string directory, Uri address)
    {
        _app = app;
        _decryptor = decryptor;
        _key = key;
        Store = store;
        Directory = directory;
        BaseAddress = address;
    }

    public Uri BaseAddress { get; }

    public SqliteExchangeStore Store { get; }

    public string Directory { get; }

    public int Requests => _app.Services.GetRequiredService<RequestCounter>().Count;

    public static async Task<TestNode> StartAsync(TestPkiBundle pki, Party authority, TimeProvider clock, Action<MlatNodeOptions>? configure = null, Func<IInboxStore, IInboxStore>? wrapInbox = null, string? directory = null, bool openApi = false, IInboxStore? inbox = null, Action<IServiceCollection>? services = null, string? capabilitiesJson = null, Action<WebApplication>? pipeline = null, Action<Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions>? listen = null)
    {
        directory ??= System.IO.Directory.CreateTempSubdirectory("mlat-node-").FullName;
        var store = await SqliteExchangeStore.OpenAsync(Path.Combine(directory, "node.db"));
        var decryptor = new EnvelopeDecryptor(pki.SignerKey);
        var key = pki.CreateSigningKey();
        var capabilities = new EnvelopeSigner(clock).SignCapabilities(
            capabilitiesJson is not null ? System.Text.Encoding.UTF8.GetBytes(capabilitiesJson) : System.Text.Encoding.UTF8.GetBytes($$"""{"capabilitiesVersion":"1.0","party":{"country":"{{authority.Country}}","authorityId":"{{authority.AuthorityId}}"},"versions":[{"version":"1.0","status":"ACTIVE","send":["AssistanceRequest"],"receive":["AssistanceRequest"]}]}"""),
            key).Envelope!;

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, o => listen?.Invoke(o)));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<RequestCounter>();
        builder.Services.AddMlatSdk(o =>
        {
            o.TrustList = ExchangeTestKit.Trust;
            o.Authority = authority;
            o.Decryptor = decryptor;
            o.VerificationPolicy = new VerificationPolicy { VerifierAuthorityId = authority.AuthorityId };
        });
        // The node's inbox: the SQLite file, or the given store (a shared PostgreSQL schema), wrapped when asked.
        IInboxStore nodeInbox = inbox ?? store;
        builder.Services.AddSingleton(wrapInbox?.Invoke(nodeInbox) ?? nodeInbox);
        builder.Services.AddSingleton<IAttachmentStore>(inbox as IAttachmentStore ?? store);
        services?.Invoke(builder.Services);
        builder.Services.AddMlatNode(o =>
        {
            o.SigningKey = key;
            o.SignedCapabilities = capabilities;
            configure?.Invoke(o);
        });
        if (openApi)
        {
            // The document generator describes ASP.NET Core's ProblemDetails through the framework's HTTP JSON options;
            // this project switches reflection-based System.Text.Json off, so that one resolver is named here.
            builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Add(new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()));
            builder.Services.AddOpenApi("v1", OpenApiDocumentTests.Describe);
        }

        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            context.RequestServices.GetRequiredService<RequestCounter>().Increment();
            await next();
        });
        pipeline?.Invoke(app);
        app.MapMlatEndpoints();
        if (openApi)
        {
            app.MapOpenApi();
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new TestNode(app, decryptor, key, store, directory, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _decryptor.Dispose();
        _key.Dispose();
    }
}

internal sealed class RequestCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}
