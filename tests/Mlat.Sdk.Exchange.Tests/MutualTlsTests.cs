using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Http;
using Mlat.Sdk.Testing;
using Mlat.Sdk.Tests.Exchange;
using static Mlat.Sdk.Tests.Exchange.ExchangeTestKit;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// Mutual TLS of the HTTP binding (specification §15.9) on real Kestrel: both sides present certificates that the trust
/// list authenticates — not the platform's store — and a connection speaks only for its own authority's messages.
/// </summary>
public sealed class MutualTlsTests
{
    [Fact]
    public async Task Only_a_client_the_trust_list_authenticates_as_the_sender_may_submit_and_the_client_accepts_only_the_peer_it_expects()
    {
        var clock = new ExchangeClock(Now);
        using var parisServer = WithKey(Paris);
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, clock, o => o.RequireClientCertificate = true, listen: o => o.UseHttps(new HttpsConnectionAdapterOptions
        {
            ServerCertificate = parisServer,
            ClientCertificateMode = Microsoft.AspNetCore.Server.Kestrel.Https.ClientCertificateMode.AllowCertificate,
            ClientCertificateValidation = (_, _, _) => true, // the node's trust-list check decides, with a coded answer
        }));
        Assert.Equal("https", paris.BaseAddress.Scheme);
        using var munichClient = WithKey(Munich);
        using var parisClient = WithKey(Paris);
        using var strangerClient = WithKey(Stranger);
        var envelope = Sign(Request(Guid.NewGuid()), Munich);

        // Munich's own certificate: accepted, with a receipt.
        var accepted = await Post(paris.BaseAddress, ParisId, munichClient, envelope);
        Assert.Equal(201, accepted.Status);

        // No certificate, a certificate whose root no trust list holds, and the right certificate of another authority.
        var none = await Post(paris.BaseAddress, ParisId, null, Sign(Request(Guid.NewGuid()), Munich));
        var stranger = await Post(paris.BaseAddress, ParisId, strangerClient, Sign(Request(Guid.NewGuid()), Munich));
        var other = await Post(paris.BaseAddress, ParisId, parisClient, Sign(Request(Guid.NewGuid()), Munich));
        Assert.Equal((403, FindingCodes.ExchangeClientCertificate, ""), none);
        Assert.Equal((403, FindingCodes.ExchangeClientCertificate, ""), stranger);
        Assert.Equal((403, FindingCodes.ExchangeClientCertificate, "/header/sender/authorityId"), other);
        Assert.Single(await paris.Store.ListInboxAsync(10));

        // Attachment uploads are gated the same way; the capabilities stay public.
        var parisAuthority = new TlsPeerAuthenticator(Trust, timeProvider: clock);
        using var anonymous = new HttpClient(new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, c, _, _) => c is X509Certificate2 leaf && parisAuthority.Authenticate(leaf) == ParisId } }) { BaseAddress = paris.BaseAddress };
        using var head = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, "mlat/attachments/" + new string('A', 43)));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, head.StatusCode);
        using var capabilities = await anonymous.GetAsync(".well-known/mlat-capabilities");
        Assert.Equal(System.Net.HttpStatusCode.OK, capabilities.StatusCode);

        // The client refuses a server the trust list authenticates as someone other than the peer it calls.
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => Post(paris.BaseAddress, MunichId, munichClient, envelope));
    }

    [Fact]
    public void The_authenticator_names_the_authority_of_a_certificate_chaining_to_its_anchors_only()
    {
        var authenticator = new TlsPeerAuthenticator(Trust, timeProvider: new ExchangeClock(Now));

        Assert.Equal(MunichId, authenticator.Authenticate(Munich.SignerCertificate));
        Assert.Equal(ParisId, authenticator.Authenticate(Paris.SignerCertificate));
        Assert.Null(authenticator.Authenticate(Stranger.SignerCertificate)); // names Munich, but chains to no listed anchor
        Assert.Null(authenticator.Authenticate(Munich.RootCertificate)); // a CA names no authority
        Assert.Null(new TlsPeerAuthenticator(Trust, timeProvider: new ExchangeClock(Munich.SignerCertificate.NotAfter.AddDays(1))).Authenticate(Munich.SignerCertificate)); // expired
    }

    private static X509Certificate2 WithKey(TestPkiBundle pki)
        => pki.SignerKey is ECDsa ec ? pki.SignerCertificate.CopyWithPrivateKey(ec) : pki.SignerCertificate.CopyWithPrivateKey((RSA)pki.SignerKey);

    /// <summary>Posts through a peer client set up with UseMlatTls; the status and the problem's first code and pointer.</summary>
    private static async Task<(int Status, string? Code, string? Pointer)> Post(Uri node, string expectedPeer, X509Certificate2? clientCertificate, byte[] envelope)
    {
        var services = new ServiceCollection();
        services.AddMlatPeer(expectedPeer, node).UseMlatTls(expectedPeer, Trust, clientCertificate);
        await using var provider = services.BuildServiceProvider();
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(MlatPeers.ClientName(expectedPeer));
        using var content = new ByteArrayContent(envelope);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.mlat+json; version=1.0");
        using var response = await http.PostAsync("mlat/messages", content);
        if ((int)response.StatusCode is 200 or 201)
        {
            return ((int)response.StatusCode, null, null);
        }

        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return ((int)response.StatusCode, problem["code"]?.GetValue<string>(), problem["pointer"]?.GetValue<string>());
    }
}
