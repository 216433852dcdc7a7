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
}
