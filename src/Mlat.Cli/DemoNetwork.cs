using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mlat.Sdk;
using Mlat.Sdk.AspNetCore;
using Mlat.Sdk.Cases;
using Mlat.Sdk.DependencyInjection;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Http;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Sqlite;
using Mlat.Sdk.Testing;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;

namespace Mlat.Cli;

/// <summary>
/// <c>mlat demo --network</c>: the same EIO story, but Munich and Paris are two nodes on loopback (Kestrel, each with
/// its SQLite store) and every message crosses the HTTP binding of specification §15: Munich fetches and verifies the
/// Paris capabilities over HTTP, both sides post through their outboxes, Paris uploads the evidence's attachments by
/// digest before the message that names them, and every delivery ends with a signed technical receipt that is verified.
/// </summary>
internal static partial class DemoCommand
{
    private sealed partial class Demo
    {
        public async Task<bool> PlayNetworkAsync()
        {
            stdout.WriteLine("mlat demo --network: EIO for bank records, Staatsanwaltschaft München I -> Parquet de Paris, over HTTP (TEST-ONLY keys)");
            stdout.WriteLine($"artifacts: {root}");
            stdout.WriteLine();
            prosecutor.WriteTo(Path.Combine(root, "keys", "de-prosecutor"));
            judge.WriteTo(Path.Combine(root, "keys", "de-judge"));
            parquet.WriteTo(Path.Combine(root, "keys", "fr-parquet"));
            var trustPath = Save("keys/trust-list.json", trust.ToJson());

            // Each node publishes its signed capabilities at the well-known URL; Paris's carry its country profile.
            using var parisPublishing = parquet.CreateSigningKey();
            using var munichPublishing = prosecutor.CreateSigningKey();
            var frCapabilities = Signed(new EnvelopeSigner(clock).SignCapabilities(Capabilities(Paris, ["1.1", "1.2"], ParisProfile()), parisPublishing), "Paris capabilities signed");
            var deCapabilities = Signed(new EnvelopeSigner(clock).SignCapabilities(Capabilities(Munich, ["1.0", "1.1", "1.2"]), munichPublishing), "Munich capabilities signed");
            await using var munichNode = await DemoNode.StartAsync(Munich, prosecutor, trust, deCapabilities, Path.Combine(root, "de", "node.db"), clock, [SignerRole.Executing]);
            await using var parisNode = await DemoNode.StartAsync(Paris, parquet, trust, frCapabilities, Path.Combine(root, "fr", "node.db"), clock, [SignerRole.Issuing, SignerRole.Validating]);
            Step("both", $"Munich node on {munichNode.Address}, Paris node on {parisNode.Address} (SQLite stores, shared trust list)", trustPath);

            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(clock);
            services.AddMlatPeer(Paris.AuthorityId, parisNode.Address);
            services.AddMlatPeer(Munich.AuthorityId, munichNode.Address);
            await using var provider = services.BuildServiceProvider();
            var peers = provider.GetRequiredService<MlatPeers>();
            var receipts = new CapabilitiesSignatureVerifier(trust, null, clock);

            // 1. Munich fetches the Paris capabilities over HTTP, verifies them, negotiates (specification §10.4, §15.2).
            var fetched = await peers.For(Paris.AuthorityId).GetCapabilitiesAsync();
            var frRead = CapabilitiesReader.Read(fetched, receipts);
            Check(frRead.IsSuccess, "Paris capabilities fetched and verified", frRead.Findings);
            var negotiation = new VersionNegotiator(clock).Negotiate(new NegotiationRequest
            {
                Sender = CapabilitiesReader.Read(deCapabilities).Document!,
                Receiver = frRead.Document!,
                MessageType = MessageType.AssistanceRequest,
            });
            Check(negotiation.IsSuccess, "version negotiated");
            var version = negotiation.Version ?? MlatVersion.Latest;
            Step("DE", $"GET {MlatEndpoints.CapabilitiesPath}: Paris capabilities verified; negotiated version {version}", Save("capabilities/fr.fetched.json", fetched));

            // 2. The prosecutor's EIO, checked against the Paris profile, signed and approved by the judge.
            var request = BuildRequest(version);
            var requestJson = MlatJson.SerializeToUtf8Bytes(request);
            var profile = frRead.Document?.Requirements;
            var checkedDraft = profile is null ? MlatValidator.Default.Validate(requestJson) : MlatValidator.Default.Validate(requestJson, profile);
            Check(profile is not null && checkedDraft.IsSuccess, "request valid and meets the Paris profile", checkedDraft.Findings);
            using var prosecutorKey = prosecutor.CreateSigningKey();
            using var judgeKey = judge.CreateSigningKey();
            var signer = new EnvelopeSigner(clock);
            var signed = Signed(signer.Sign(requestJson, prosecutorKey, SignerRole.Issuing), "issuing signature");
            clock.Now = clock.Now.AddHours(2);
            var approved = Signed(signer.Sign(signed, judgeKey, SignerRole.Validating), "parallel approval signature");
            Step("DE", "EIO valid, every Paris requirement met, signed (ISSUING) and approved (VALIDATING)", Save("de/02-eio-request.signed.json", approved));

            // 3. Sent through Munich's outbox: encrypted to the certificate the Paris profile publishes, posted, receipt verified.
            using var encryptTo = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(profile?.Instruments[0].Encryption?.Certificate.ToArray() ?? parquet.SignerCertificate.RawData);
            var sender = new MessageSender(MlatValidator.Default, signer, new VersionNegotiator(clock), MlatConverter.Default);
            await EnqueueAsync(munichNode.Store, sender, approved, Paris.AuthorityId, encryptTo, prosecutorKey);
            clock.Now = clock.Now.AddMinutes(1);
            var requestReceipt = await DeliverAsync(munichNode.Store, peers, receipts, "request");
            Step("DE", $"POST {MlatEndpoints.MessagesPath} (application/jose): {requestReceipt}", Save("de/receipts/request.receipt.json", (await munichNode.Store.ListOutboxAsync(10))[0].Receipt.ToArray()));

            // 4. Paris takes the request from its inbox: the node decrypted, verified both signatures and validated it.
            clock.Now = clock.Now.AddHours(3);
            var inbox = await parisNode.Store.ListInboxAsync(10);
            Check(inbox.Count == 1, "request in the Paris inbox");
            var received = inbox.Count == 1 ? inbox[0].Envelope.ToArray() : [];
            var requestMessage = MlatValidator.Default.Validate(received).Message ?? request;
            Step("FR", $"inbox: {inbox.Count} message (the node decrypted, verified ISSUING and VALIDATING, validated)", Save("fr/03-eio-request.received.json", received));

            // 5. Paris replies: acknowledgement, recognition, evidence with two attachments — through its outbox.
            using var parquetKey = parquet.CreateSigningKey();
            var encryptToMunich = prosecutor.SignerCertificate;
            clock.Now = clock.Now.AddHours(1);
            var ack = Acknowledgement(requestMessage);
            await EnqueueAsync(parisNode.Store, sender, Signed(signer.Sign(MlatJson.SerializeToUtf8Bytes(ack), parquetKey, SignerRole.Executing), "acknowledgement signature"), Munich.AuthorityId, encryptToMunich, parquetKey);
            clock.Now = clock.Now.AddHours(20);
            var recognition = Recognition(requestMessage);
            await EnqueueAsync(parisNode.Store, sender, Signed(signer.Sign(MlatJson.SerializeToUtf8Bytes(recognition), parquetKey, SignerRole.Executing), "recognition signature"), Munich.AuthorityId, encryptToMunich, parquetKey);

            clock.Now = clock.Now.AddHours(4);
            var (statements, opening) = (Statements, Opening);
            foreach (var file in new[] { statements, opening })
            {
                await parisNode.Store.AddAsync(new MemoryStream(file));
            }

            var evidence = Evidence(requestMessage);
            var evidenceSigned = Signed(
                signer.Sign(MlatJson.SerializeToUtf8Bytes(evidence), parquetKey, SignerRole.Executing, [EnvelopeAttachment.FromBytes("A1", statements), EnvelopeAttachment.FromBytes("A2", opening)]),
                "evidence signature");
            await EnqueueAsync(parisNode.Store, sender, evidenceSigned, Munich.AuthorityId, encryptToMunich, parquetKey);
            clock.Now = clock.Now.AddMinutes(1);
            var replies = await DeliverAsync(parisNode.Store, peers, receipts, "replies", parisNode.Store);
            Step("FR", $"acknowledgement, recognition and evidence sent; 2 attachments uploaded by digest (PUT {MlatEndpoints.AttachmentsPath}/...) before the evidence: {replies}", Save("fr/05-evidence.signed.json", evidenceSigned));

            // 6. Munich: the three replies in its inbox, the attachments held exactly as signed, the case folded.
            clock.Now = clock.Now.AddHours(2);
            var munichInbox = await munichNode.Store.ListInboxAsync(10);
            Check(munichInbox.Count == 3, "three replies in the Munich inbox");
            var attachmentsIntact = true;
            foreach (var file in new[] { statements, opening })
            {
                var digest = System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.SHA256.HashData(file));
                attachmentsIntact &= (await munichNode.Store.GetAttachmentAsync(digest))?.IsComplete == true;
                await using var held = munichNode.Store.OpenAttachment(digest);
                using var copy = new MemoryStream();
                await held.CopyToAsync(copy);
                attachmentsIntact &= copy.ToArray().AsSpan().SequenceEqual(file);
            }

            Check(attachmentsIntact, "attachments held complete and identical at Munich");
            var cases = new FileSystemCaseStore(Path.Combine(root, "cases"));
            foreach (var bytes in new[] { approved }.Concat(munichInbox.Select(e => e.Envelope.ToArray())))
            {
                var stored = MlatValidator.Default.Validate(bytes).Message;
                Check(stored is not null && await cases.AppendAsync(stored) == CaseAppendOutcome.Added, "message stored in the case store");
            }

            var state = (await cases.LoadAsync(request.Header.ConversationId)).Fold();
            Check(!state.Findings.Any(f => f.Finding.Severity == FindingSeverity.Error), "case folded without a flow error", state.Findings.Select(f => f.Finding).ToList());
            Step("DE", $"inbox: {munichInbox.Count} replies (decrypted, verified, validated; the evidence's 2 attachments checked against its signature before acceptance); case {CaseStateJson.Code(state.State)}", Path.Combine(root, "de", "node.db"));

            var receiptPath = Path.Combine(root, "de", "receipts", "request.receipt.json");
            stdout.WriteLine();
            stdout.WriteLine($"check them yourself: mlat verify {Rel(receiptPath)} --envelope {Rel(Path.Combine(root, "de", "02-eio-request.signed.json"))} --trust {Rel(trustPath)} --as {Paris.AuthorityId}");
            stdout.WriteLine(ok ? "demo complete: every check passed" : "demo FAILED: see the lines marked FAILED");
            return ok;
        }

        private async Task EnqueueAsync(SqliteExchangeStore outbox, MessageSender sender, byte[] envelope, string recipient, System.Security.Cryptography.X509Certificates.X509Certificate2 encryptTo, SigningKey key)
        {
            var prepared = sender.Prepare(envelope, new SendOptions { SigningKey = key, RecipientCertificate = encryptTo });
            Check(prepared.IsSuccess, "prepared for sending", prepared.Findings);
            if (!prepared.IsSuccess)
            {
                return;
            }

            var id = MlatValidator.Default.Validate(envelope).Message?.Header.MessageId ?? Guid.Empty;
            Check(await outbox.EnqueueAsync(new OutboxEntry
            {
                Recipient = recipient,
                MessageId = id,
                MediaType = prepared.MediaType!,
                Payload = prepared.Payload,
                SignedEnvelope = prepared.SignedEnvelope,
                EnqueuedAt = clock.Now,
            }), "queued in the outbox");
        }

        private async Task<string> DeliverAsync(SqliteExchangeStore outbox, MlatPeers peers, CapabilitiesSignatureVerifier receipts, string what, IAttachmentStore? attachments = null)
        {
            var dispatcher = attachments is null
                ? new OutboxDispatcher(outbox, peers, receipts, clock)
                : new OutboxDispatcher(outbox, attachments, peers, receipts, clock);
            var results = await dispatcher.DeliverPendingAsync();
            var delivered = results.Count(r => r.Result is { IsSuccess: true });
            Check(results.Count > 0 && delivered == results.Count, what + " delivered with verified receipts", [.. results.SelectMany(r => r.Result?.Findings ?? [])]);
            return $"{delivered}/{results.Count} delivered, HTTP {string.Join(", ", results.Select(r => r.Result?.Submission.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unreachable"))}, each receipt signed by the peer and verified for the envelope sent";
        }
    }

    /// <summary>One demo node: Kestrel on 127.0.0.1 (a free port), the binding's endpoints, a SQLite store.</summary>
    private sealed class DemoNode : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly SigningKey _key;
        private readonly EnvelopeDecryptor _decryptor;

        private DemoNode(WebApplication app, SigningKey key, EnvelopeDecryptor decryptor, SqliteExchangeStore store, Uri address)
        {
            _app = app;
            _key = key;
            _decryptor = decryptor;
            Store = store;
            Address = address;
        }

        public SqliteExchangeStore Store { get; }

        public Uri Address { get; }

        public static async Task<DemoNode> StartAsync(Party authority, TestPkiBundle pki, TrustList trust, byte[] signedCapabilities, string databasePath, TimeProvider clock, IReadOnlyList<SignerRole> requiredRoles)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
            var store = await SqliteExchangeStore.OpenAsync(databasePath);
            var key = pki.CreateSigningKey();
            var decryptor = new EnvelopeDecryptor(pki.SignerKey);
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton(clock);
            builder.Services.AddMlatSdk(o =>
            {
                o.TrustList = trust;
                o.Authority = authority;
                o.Decryptor = decryptor;
                o.VerificationPolicy = new VerificationPolicy { VerifierAuthorityId = authority.AuthorityId, RequiredRoles = requiredRoles };
            });
            builder.Services.AddSingleton<IInboxStore>(store);
            builder.Services.AddSingleton<IAttachmentStore>(store);
            builder.Services.AddMlatNode(o =>
            {
                o.SigningKey = key;
                o.SignedCapabilities = signedCapabilities;
            });
            var app = builder.Build();
            app.MapMlatEndpoints();
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new DemoNode(app, key, decryptor, store, new Uri(address + "/"));
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _key.Dispose();
            _decryptor.Dispose();
        }
    }
}
