using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mlat.Sdk.AspNetCore;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Messages;
using Mlat.Sdk.PostgreSql;
using Mlat.Sdk.Sqlite;
using Mlat.Sdk.Testing;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;
using Npgsql;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// The HTTP binding under load (benchmarks/README.md, "Load run"): N distinct signed and encrypted messages of the
/// full-sample size posted by S concurrent senders over loopback to (1) an empty endpoint that reads the body and
/// answers 200 — the baseline —, (2) one node on SQLite and, when PostgreSQL and Redis are given, (3) two node instances
/// sharing them, the senders alternating between the instances. Reports messages per second and p50/p99 latency, each
/// as a ratio to the baseline of the same run. Not BenchmarkDotNet: one run is a whole system under load, measured
/// end to end; client and servers share the machine, which the report states.
/// </summary>
public static class LoadRun
{
    private const string MunichId = "DE:StA-Muenchen-I";
    private const string ParisId = "FR:TJ-Paris-Parquet";

    public sealed record Row(string Scenario, int Messages, int Accepted, double PerSecond, double P50Ms, double P99Ms);

    public static async Task<int> MainAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var messages = Option(args, "--messages", 10_000);
        var senders = Option(args, "--senders", 32);
        var postgres = Value(args, "--postgres") ?? Environment.GetEnvironmentVariable("MLAT_POSTGRES");
        var redis = Value(args, "--redis") ?? Environment.GetEnvironmentVariable("MLAT_REDIS");
        var rows = await RunAsync(messages, senders, postgres, redis, Console.Out);
        Console.WriteLine();
        Console.WriteLine(Table(rows));
        return rows.All(r => r.Accepted == r.Messages) ? 0 : 1;
    }

    public static async Task<IReadOnlyList<Row>> RunAsync(int messages, int senders, string? postgres, string? redis, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        using var munich = TestPki.Generate(CountryCode.DE, MunichId);
        using var paris = TestPki.Generate(CountryCode.FR, ParisId);
        var trust = TrustList.Create(munich.TrustList.Countries.Concat(paris.TrustList.Countries), testOnly: true);
        var parisParty = new Party { Country = CountryCode.FR, AuthorityId = ParisId, Name = "Parquet de Paris", Role = PartyRole.Executing };

        log.WriteLine($"preparing {messages} signed and encrypted full-sample messages ...");
        var payloads = Prepare(messages, munich, paris);
        log.WriteLine($"payload size {payloads[0].Length} bytes (JWE of the signed full sample)");
        var rows = new List<Row>();

        await using (var raw = await StartAsync(app => app.MapPost(MlatEndpoints.MessagesPath, async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            return Results.Ok();
        })))
        {
            rows.Add(await PostAllAsync("raw POST, empty endpoint (baseline)", [raw.Url], payloads, senders));
        }

        var directory = Directory.CreateTempSubdirectory("mlat-load-").FullName;
        var sqlite = await SqliteExchangeStore.OpenAsync(Path.Combine(directory, "node.db"));
        await using (var node = await StartNodeAsync(paris, parisParty, trust, sqlite, null))
        {
            rows.Add(await PostAllAsync("one node, SQLite", [node.Url], payloads, senders));
        }

        if (postgres is not null && redis is not null)
        {
            await using var dataSource = NpgsqlDataSource.Create(postgres);
            var options = new PostgreSqlExchangeStoreOptions { Schema = "load_" + Guid.NewGuid().ToString("N")[..12] };
            var first = await PostgreSqlExchangeStore.OpenAsync(dataSource, options);
            var second = await PostgreSqlExchangeStore.OpenAsync(dataSource, options);
            await using var a = await StartNodeAsync(paris, parisParty, trust, first, redis);
            await using var b = await StartNodeAsync(paris, parisParty, trust, second, redis);
            var fresh = Prepare(messages, munich, paris); // new ids: the first run's are in no PostgreSQL schema, but keep runs independent
            rows.Add(await PostAllAsync("two nodes, PostgreSQL + Redis", [a.Url, b.Url], fresh, senders));
            await using var cleanup = dataSource.CreateCommand($"DROP SCHEMA {options.Schema} CASCADE");
            await cleanup.ExecuteNonQueryAsync();
        }
        else
        {
            log.WriteLine("PostgreSQL and Redis not given (--postgres/--redis or MLAT_POSTGRES/MLAT_REDIS): the shared-store row is skipped");
        }

        return rows;
    }

    public static string Table(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var baseline = rows[0];
        var text = new StringBuilder();
        text.AppendLine("| scenario | messages | accepted | msg/s | p50 ms | p99 ms | msg/s ratio | p50 ratio | p99 ratio |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            text.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {r.Scenario} | {r.Messages} | {r.Accepted} | {r.PerSecond:0} | {r.P50Ms:0.00} | {r.P99Ms:0.00} | {r.PerSecond / baseline.PerSecond:0.000} | {r.P50Ms / baseline.P50Ms:0.0} | {r.P99Ms / baseline.P99Ms:0.0} |"));
        }

        return text.ToString();
    }

    private static byte[][] Prepare(int count, TestPkiBundle munich, TestPkiBundle paris)
    {
        var sample = JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "samples/1.0/valid/AssistanceRequest/eio-de-fr-bank-records-fraud.json")))!;
        // A prosecutor's EIO without a validating authority (EIO art. 2(c)(i)): one signature, as the tests send it.
        sample["body"]!.AsObject().Remove("validatingAuthority");
        sample["body"]!.AsObject().Remove("validatedOn");
        var created = DateTimeOffset.UtcNow.AddMinutes(-1).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var sender = new MessageSender(MlatValidator.Default, new EnvelopeSigner(), VersionNegotiator.Default, MlatConverter.Default);
        var payloads = new byte[count][];
        Parallel.For(
            0,
            count,
            munich.CreateSigningKey,
            (i, _, key) =>
            {
                var message = sample.DeepClone();
                message["header"]!["messageId"] = Guid.NewGuid().ToString("D");
                message["header"]!["createdAt"] = created;
                var prepared = sender.Prepare(Encoding.UTF8.GetBytes(message.ToJsonString()), new SendOptions { SigningKey = key, RecipientCertificate = paris.SignerCertificate });
                payloads[i] = prepared.IsSuccess ? prepared.Payload! : throw new InvalidOperationException("The sample could not be prepared: " + string.Join(",", prepared.Findings.Select(f => f.Code)));
                return key;
            },
            key => key.Dispose());
        return payloads;
    }

    private static async Task<Row> PostAllAsync(string scenario, IReadOnlyList<Uri> targets, byte[][] payloads, int senders)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = senders, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(2) };
        var latencies = new double[payloads.Length];
        var accepted = 0;
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, senders).Select(async worker =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < payloads.Length)
            {
                using var content = new ByteArrayContent(payloads[i]);
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(MessageSender.JoseMediaType);
                var start = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(new Uri(targets[i % targets.Count], MlatEndpoints.MessagesPath.TrimStart('/')), content);
                await response.Content.LoadIntoBufferAsync();
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created)
                {
                    Interlocked.Increment(ref accepted);
                }
            }
        }));
        total.Stop();
        Array.Sort(latencies);
        return new Row(scenario, payloads.Length, accepted, payloads.Length / total.Elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static async Task<Server> StartNodeAsync(TestPkiBundle pki, Party authority, TrustList trust, IInboxStore store, string? redis)
    {
        var key = pki.CreateSigningKey();
        var decryptor = new EnvelopeDecryptor(pki.SignerKey);
        var capabilities = new EnvelopeSigner().SignCapabilities(
            Encoding.UTF8.GetBytes($$"""{"capabilitiesVersion":"1.0","party":{"country":"FR","authorityId":"{{authority.AuthorityId}}"},"versions":[{"version":"1.0","status":"ACTIVE","send":["AssistanceRequest"],"receive":["AssistanceRequest"]}]}"""),
            key).Envelope!;
        return await StartAsync(
            app => app.MapMlatEndpoints(),
            services =>
            {
                services.AddMlatSdk(o =>
                {
                    o.TrustList = trust;
                    o.Authority = authority;
                    o.Decryptor = decryptor;
                    o.VerificationPolicy = new VerificationPolicy { VerifierAuthorityId = authority.AuthorityId };
                });
                services.AddSingleton<IInboxStore>(store);
                services.AddMlatNode(o =>
                {
                    o.SigningKey = key;
                    o.SignedCapabilities = capabilities;
                    o.UseDistributedCache = redis is not null;
                });
                if (redis is not null)
                {
                    services.AddStackExchangeRedisCache(o => o.Configuration = redis);
                }
            },
            () =>
            {
                key.Dispose();
                decryptor.Dispose();
            });
    }

    private static async Task<Server> StartAsync(Action<WebApplication> map, Action<IServiceCollection>? services = null, Action? dispose = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Server(app, new Uri(address + "/"), dispose);
    }

    private static int Option(string[] args, string name, int fallback)
        => Value(args, name) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private sealed class Server(WebApplication app, Uri url, Action? dispose) : IAsyncDisposable
    {
        public Uri Url { get; } = url;

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
            dispose?.Invoke();
        }
    }
}
