using System.Net;
using System.Net.Http.Headers;
using Mlat.Sdk.AspNetCore;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Tests.Exchange;
using static Mlat.Sdk.Tests.Exchange.ExchangeTestKit;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>Hostile and genuine submissions at the same time, over many connections, against one node.</summary>
public sealed class ConcurrentSubmissionTests
{
    [Fact]
    public async Task Genuine_messages_are_accepted_exactly_once_while_hostile_submissions_arrive_in_parallel()
    {
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, new ExchangeClock(Now));
        var hostile = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "tests", "fuzz-corpus", "strict")).Order(StringComparer.Ordinal).Take(60).Select(File.ReadAllBytes).ToList();
        var genuine = Enumerable.Range(0, 20).Select(_ => Sign(Request(Guid.NewGuid()), Munich)).ToList();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256 };
        using var http = new HttpClient(handler) { BaseAddress = paris.BaseAddress };

        async Task<HttpStatusCode> Post(byte[] body)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.mlat+json; version=1.0");
            using var response = await http.PostAsync(MlatEndpoints.MessagesPath.TrimStart('/'), content);
            return response.StatusCode;
        }

        // Every genuine message twice (a retry racing its original), interleaved with three rounds of the hostile corpus.
        var work = hostile.Concat(hostile).Concat(hostile).Select(b => (Genuine: false, Body: b))
            .Concat(genuine.Concat(genuine).Select(b => (Genuine: true, Body: b)))
            .OrderBy(w => w.Body.Length * 7919 % 101)
            .ToList();
        var answers = await Task.WhenAll(work.Select(async w => (w.Genuine, Status: await Post(w.Body))));

        Assert.All(answers.Where(a => !a.Genuine), a => Assert.Equal(HttpStatusCode.UnprocessableEntity, a.Status));
        Assert.All(answers.Where(a => a.Genuine), a => Assert.True(a.Status is HttpStatusCode.Created or HttpStatusCode.OK, a.Status.ToString()));
        Assert.Equal(20, answers.Count(a => a.Genuine && a.Status == HttpStatusCode.Created));
        var inbox = await paris.Store.ListInboxAsync(1000);
        Assert.Equal(20, inbox.Count);
        Assert.Equal(20, inbox.Select(e => e.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task A_thousand_parallel_connections_and_slow_clients_get_their_answers_and_genuine_traffic_is_served()
    {
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, new ExchangeClock(Now));

        // Ten slow clients first: each announces 100 000 bytes and sends one byte every two seconds, holding a request open
        // far below Kestrel's minimum body data rate (240 bytes/s after a 5 s grace period).
        var slow = Enumerable.Range(0, 10).Select(_ => SlowClientAsync(paris.BaseAddress)).ToList();

        var hostile = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "tests", "fuzz-corpus", "strict")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var genuine = Enumerable.Range(0, 100).Select(_ => Sign(Request(Guid.NewGuid()), Munich)).ToList();
        var work = Enumerable.Range(0, 800).Select(i => (Genuine: false, Body: hostile[i % hostile.Count]))
            .Concat(genuine.Concat(genuine).Select(b => (Genuine: true, Body: b)))
            .OrderBy(w => w.Body.Length * 7919 % 101)
            .ToList();
        Assert.Equal(1000, work.Count);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1000 };
        using var http = new HttpClient(handler) { BaseAddress = paris.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

        var answers = await Task.WhenAll(work.Select(async w => (w.Genuine, Status: await PostAsync(http, w.Body))));

        Assert.All(answers.Where(a => !a.Genuine), a => Assert.Equal(HttpStatusCode.UnprocessableEntity, a.Status));
        Assert.Equal(100, answers.Count(a => a.Genuine && a.Status == HttpStatusCode.Created));
        Assert.Equal(100, answers.Count(a => a.Genuine && a.Status == HttpStatusCode.OK));

        // The slow clients are cut by the server (408 or a closed connection), none of them is stored, and the node still
        // accepts a genuine message afterwards.
        var cut = await Task.WhenAll(slow);
        Assert.All(cut, c => Assert.True(c is "408" or "closed", c));
        Assert.Equal(100, (await paris.Store.ListInboxAsync(2000)).Count);
        Assert.Equal(HttpStatusCode.Created, await PostAsync(http, Sign(Request(Guid.NewGuid()), Munich)));
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.mlat+json; version=1.0");
        using var response = await http.PostAsync(MlatEndpoints.MessagesPath.TrimStart('/'), content);
        return response.StatusCode;
    }

    /// <summary>Trickles a body until the server answers or closes; "408", "closed", or the status line it got otherwise.</summary>
    private static async Task<string> SlowClientAsync(Uri node)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(node.Host, node.Port);
        var stream = client.GetStream();
        var head = System.Text.Encoding.ASCII.GetBytes(
            $"POST {MlatEndpoints.MessagesPath} HTTP/1.1\r\nHost: {node.Authority}\r\nContent-Type: application/vnd.mlat+json; version=1.0\r\nContent-Length: 100000\r\n\r\n{{");
        await stream.WriteAsync(head);
        var buffer = new byte[256];
        var read = stream.ReadAsync(buffer).AsTask();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1)); // against a hang, not a speed limit
        while (!read.IsCompleted && !guard.IsCancellationRequested)
        {
            try
            {
                await stream.WriteAsync(" "u8.ToArray());
            }
            catch (IOException)
            {
                break; // the server closed the connection
            }

            await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(2)));
        }

        int count;
        try
        {
            count = await read.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (IOException)
        {
            return "closed";
        }

        var text = System.Text.Encoding.ASCII.GetString(buffer, 0, count);
        return count == 0 ? "closed" : text.StartsWith("HTTP/1.1 408", StringComparison.Ordinal) ? "408" : text.Split('\r')[0];
    }
}
