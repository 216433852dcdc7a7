using System.CommandLine;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mlat.Sdk;
using Mlat.Sdk.AspNetCore;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Http;
using Mlat.Sdk.Sqlite;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;

namespace Mlat.Cli;

/// <summary>
/// The node commands of the HTTP binding (specification §15, docs/exchange.md "Running a node"): <c>mlat serve</c> runs
/// a node from a configuration file, <c>mlat send</c> hands one message to a peer through the node's outbox and exits 0
/// only with a verified receipt, <c>mlat inbox list|show</c> and <c>mlat outbox list|deliver</c> read and work the
/// node's SQLite store.
/// </summary>
internal static class NodeCommand
{
    public static Command CreateServe(TextWriter stdout, TextWriter stderr)
    {
        var config = ConfigOption();
        var command = new Command("serve", "Run a node: the HTTP binding on the configured address, the node's store, and delivery of its outbox to its peers (docs/exchange.md).") { config };
        command.SetAction((parse, ct) => ServeAsync(parse.GetValue(config)!, stdout, stderr, ct));
        return command;
    }

    public static Command CreateSend(TextWriter stdout, TextWriter stderr)
    {
        var message = new Argument<string>("message") { Description = "The message (signed envelope or unsigned message JSON) to send to the peer its header names as recipient." };
        var config = ConfigOption();
        var receipt = new Option<string?>("--receipt") { Description = "Also write the verified receipt to this file." };
        var attach = new Option<string[]>("--attach") { Description = "An attachment of the message's manifest to send with it: FILE or ID=FILE (repeatable); covered by the signature when the message is unsigned.", AllowMultipleArgumentsPerToken = false };
        var command = new Command("send", "Send one message: sign if unsigned, negotiate with the peer, convert, encrypt, upload its attachments, post through the outbox; exit 0 only with a verified receipt.") { message, config, receipt, attach };
        command.SetAction((parse, ct) => SendAsync(parse.GetValue(message)!, parse.GetValue(config)!, parse.GetValue(receipt), parse.GetValue(attach) ?? [], stdout, stderr, ct));
        return command;
    }

    public static Command CreateInbox(TextWriter stdout, TextWriter stderr)
    {
        var config = ConfigOption();
        var format = FormatOption();
        var list = new Command("list", "List the messages the node accepted, oldest first.") { config, format };
        list.SetAction((parse, ct) => InboxListAsync(parse.GetValue(config)!, parse.GetValue(format)!, stdout, stderr, ct));

        var id = new Argument<string>("message-id") { Description = "The messageId of the accepted message." };
        var sender = new Option<string?>("--sender") { Description = "The sender's authority id, when two senders used the same messageId." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the signed envelope to this file instead of standard output." };
        var show = new Command("show", "Write an accepted message's signed envelope, exactly as received.") { id, config, sender, output };
        show.SetAction((parse, ct) => InboxShowAsync(parse.GetValue(id)!, parse.GetValue(config)!, parse.GetValue(sender), parse.GetValue(output), stdout, stderr, ct));
        return new Command("inbox", "The node's inbox: every accepted message, stored once per (sender, messageId).") { list, show };
    }

    public static Command CreateOutbox(TextWriter stdout, TextWriter stderr)
    {
        var config = ConfigOption();
        var format = FormatOption();
        var list = new Command("list", "List the node's outbox: each message sent, delivered (with a verified receipt) or pending.") { config, format };
        list.SetAction((parse, ct) => OutboxListAsync(parse.GetValue(config)!, parse.GetValue(format)!, stdout, stderr, ct));
        var deliver = new Command("deliver", "Deliver every pending outbox entry once; exit 0 when none is left pending.") { config };
        deliver.SetAction((parse, ct) => DeliverAsync(parse.GetValue(config)!, stdout, stderr, ct));
        return new Command("outbox", "The node's outbox: at-least-once delivery, delivered only with a verified receipt.") { list, deliver };
    }

    private static Option<string> ConfigOption() => new("--config") { Description = "The node configuration file (docs/exchange.md, \"Running a node\").", Required = true };

    private static Option<string> FormatOption()
    {
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    private static async Task<int> ServeAsync(string configPath, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (NodeConfig.Load(configPath, stderr) is not { } config
            || config.LoadTrustList(stderr) is not { } trust
            || config.LoadSigningKey(stderr) is not { } key)
        {
            return ExitCodes.Usage;
        }

        using (key)
        {
            if (!CliFiles.TryReadBytes(config.CapabilitiesPath, stderr, out var capabilitiesBytes)
                || !CliFiles.TryReadText(config.KeyPath, stderr, out var keyPem))
            {
                return ExitCodes.Usage;
            }

            var capabilities = CapabilitiesReader.Read(capabilitiesBytes);
            if (!capabilities.IsSuccess)
            {
                stderr.WriteLine($"mlat: the node's 'capabilities' is not a valid capabilities document ({CliCodes.BadConfig})");
                CliFiles.WriteFindingsText(stderr, capabilities.Findings);
                return ExitCodes.Usage;
            }

            var signedCapabilities = new EnvelopeSigner().SignCapabilities(capabilitiesBytes, key);
            if (!signedCapabilities.IsSuccess)
            {
                CliFiles.WriteFindingsText(stderr, signedCapabilities.Findings);
                return ExitCodes.Usage;
            }

            using var decryptor = EnvelopeDecryptor.FromPem(keyPem);
            if (await OpenStoreAsync(config, stderr, ct) is not { } store)
            {
                return ExitCodes.Usage;
            }

            await using var ownedStore = store;

            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(k =>
            {
                if (config.MaxSubmissionBytes is { } max)
                {
                    k.Limits.MaxRequestBodySize = max;
                }

                k.Listen(IPAddress.TryParse(config.Listen.Host, out var ip) ? ip : IPAddress.Loopback, config.Listen.Port);
            });
            builder.Logging.ClearProviders();
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Services.AddMlatSdk(o =>
            {
                o.TrustList = trust;
                o.Authority = config.Authority;
                o.Decryptor = decryptor;
                o.VerificationPolicy = new VerificationPolicy { VerifierAuthorityId = config.Authority.AuthorityId };
            });
            builder.Services.AddSingleton(store.Inbox);
            builder.Services.AddSingleton(store.Attachments);
            builder.Services.AddMlatNode(o =>
            {
                o.SigningKey = key;
                o.SignedCapabilities = signedCapabilities.Envelope;
                if (config.MaxSubmissionBytes is { } max)
                {
                    o.MaxSubmissionBytes = max;
                }

                if (config.MaxAttachmentBytes is { } maxAttachment)
                {
                    o.MaxAttachmentBytes = maxAttachment;
                }

                if (config.RateLimit is { } rate)
                {
                    o.RateLimit = new MlatRateLimit(rate.Permits, TimeSpan.FromSeconds(rate.WindowSeconds));
                }

                o.UseDistributedCache = config.Redis is not null;
            });
            if (config.Redis is { } redis)
            {
                builder.Services.AddStackExchangeRedisCache(o => o.Configuration = redis);
            }

            foreach (var (authorityId, peer) in config.Peers)
            {
                builder.Services.AddMlatPeer(authorityId, peer.Url);
            }

            await using var app = builder.Build();
            app.UseRateLimiter();
            app.MapMlatEndpoints();
            try
            {
                await app.StartAsync(ct);
            }
            catch (IOException)
            {
                stderr.WriteLine($"mlat: cannot listen on {config.Listen.Host}:{config.Listen.Port} (address in use or not allowed) ({CliCodes.BadConfig})");
                return ExitCodes.Usage;
            }

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            await stdout.WriteLineAsync($"{config.Authority.AuthorityId} listening on {address}");
            await stdout.FlushAsync(ct);

            // Stopped by Ctrl+C or SIGTERM (the host's console lifetime) or by the command's cancellation.
            var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, lifetime.ApplicationStopping);
            if (config.Peers.Count == 0)
            {
                // A node without peers only receives: it waits for the stop signal.
                await Task.Delay(Timeout.InfiniteTimeSpan, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                await app.StopAsync(CancellationToken.None);
                return ExitCodes.Success;
            }

            var dispatcher = new OutboxDispatcher(store.Outbox, store.Attachments, app.Services.GetRequiredService<MlatPeers>(), new CapabilitiesSignatureVerifier(trust));
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    // Failed deliveries stay pending (mlat outbox list) and are tried again next round.
                    await dispatcher.DeliverPendingAsync(1000, stop.Token);
                    await Task.Delay(TimeSpan.FromSeconds(config.OutboxIntervalSeconds), stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    break;
                }
            }

            await app.StopAsync(CancellationToken.None);
            return ExitCodes.Success;
        }
    }

    private static async Task<int> SendAsync(string messagePath, string configPath, string? receiptPath, IReadOnlyList<string> attach, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (NodeConfig.Load(configPath, stderr) is not { } config
            || !CliFiles.TryReadBytes(messagePath, stderr, out var message)
            || config.LoadTrustList(stderr) is not { } trust
            || !CliFiles.TryResolveAttachmentFiles(attach, message, stderr, out var attachmentFiles)
            || !ManifestNames(attachmentFiles, message, stderr))
        {
            return ExitCodes.Usage;
        }

        var (addressee, profile) = Addressing(message);
        if (addressee is not { } recipient)
        {
            stderr.WriteLine($"mlat: '{messagePath}' names no recipient authority in its header; validate it first ({CliCodes.BadRequest})");
            return ExitCodes.Usage;
        }

        if (!config.Peers.TryGetValue(recipient, out var peer))
        {
            stderr.WriteLine($"mlat: the message's recipient is not a peer of this node; add it under 'peers' ({CliCodes.UnknownPeer})");
            return ExitCodes.Usage;
        }

        if (!CliFiles.TryReadBytes(config.CapabilitiesPath, stderr, out var localBytes))
        {
            return ExitCodes.Usage;
        }

        System.Security.Cryptography.X509Certificates.X509Certificate2? peerCertificate = null;
        if (peer.CertificatePath is { } certificatePath)
        {
            if (!CliFiles.TryReadText(certificatePath, stderr, out var peerPem))
            {
                return ExitCodes.Usage;
            }

            try
            {
                peerCertificate = SigningKey.ReadCertificates(peerPem)[0];
            }
            catch (Exception ex) when (ex is ArgumentException or System.Security.Cryptography.CryptographicException)
            {
                stderr.WriteLine($"mlat: the peer's 'certificate' holds no certificate ({CliCodes.BadCertificate})");
                return ExitCodes.Usage;
            }
        }

        using var key = config.LoadSigningKey(stderr);
        if (key is null || await OpenStoreAsync(config, stderr, ct) is not { } store)
        {
            return ExitCodes.Usage;
        }

        await using var ownedStore = store;

        // Kept in the node's store: the outbox uploads them from there (now, and on every later delivery attempt).
        foreach (var (_, path) in attachmentFiles)
        {
            await using var file = File.OpenRead(path);
            await store.Attachments.AddAsync(file, cancellationToken: ct);
        }

        var services = new ServiceCollection();
        services.AddMlatPeer(recipient, peer.Url);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<MlatPeers>().For(recipient);
        var verifier = new CapabilitiesSignatureVerifier(trust);

        byte[] peerCapabilities;
        try
        {
            peerCapabilities = await client.GetCapabilitiesAsync(ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            stderr.WriteLine($"mlat: the peer's capabilities could not be fetched ({CliCodes.PeerUnreachable})");
            return ExitCodes.Failed;
        }

        var peerRead = CapabilitiesReader.Read(peerCapabilities, verifier);
        var localRead = CapabilitiesReader.Read(localBytes);
        if (!peerRead.IsSuccess || !localRead.IsSuccess)
        {
            await stdout.WriteLineAsync(peerRead.IsSuccess ? "REFUSED: the node's own capabilities document is invalid" : "REFUSED: the peer's capabilities document did not verify");
            CliFiles.WriteFindingsText(stdout, peerRead.IsSuccess ? localRead.Findings : peerRead.Findings);
            return ExitCodes.Failed;
        }

        // Without a configured certificate, the one the peer's verified capabilities publish for this instrument.
        if (peerCertificate is null)
        {
            var instrument = Mlat.Sdk.CountryProfiles.RequirementChecker.InstrumentOf(profile);
            var published = peerRead.Document!.Requirements?.Instruments.FirstOrDefault(i => i.Instrument == instrument && i.Encryption is not null)?.Encryption;
            if (published is null)
            {
                stderr.WriteLine($"mlat: no certificate to encrypt to: the peer's configuration names none and its capabilities publish none for this message's instrument ({CliCodes.BadCertificate})");
                return ExitCodes.Usage;
            }

            try
            {
                peerCertificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(published.Certificate.Span);
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                stderr.WriteLine($"mlat: the encryption certificate the peer's capabilities publish cannot be read ({CliCodes.BadCertificate})");
                return ExitCodes.Failed;
            }
        }

        var sender = new MessageSender(MlatValidator.Default, new EnvelopeSigner(), VersionNegotiator.Default, MlatConverter.Default);
        var prepared = sender.Prepare(message, new SendOptions
        {
            SigningKey = key,
            RecipientCertificate = peerCertificate,
            PeerCapabilities = peerRead.Document,
            LocalCapabilities = localRead.Document,
            Attachments = [.. attachmentFiles.Select(a => EnvelopeAttachment.FromFile(a.Id, a.Path))],
        });
        if (!prepared.IsSuccess)
        {
            await stdout.WriteLineAsync($"REFUSED at {prepared.Stage}: the message was not sent");
            CliFiles.WriteFindingsText(stdout, prepared.Findings);
            return ExitCodes.Failed;
        }

        // Every attachment the signatures cover must be in the node's store, or the peer would refuse the message.
        foreach (var carried in Attachments.Carried(prepared.SignedEnvelope))
        {
            if (await store.Attachments.GetAttachmentAsync(carried.Sha256, ct) is not { IsComplete: true })
            {
                stderr.WriteLine($"mlat: the message's signature covers an attachment that was not given with --attach (manifest entry {CliText.Escape(carried.Pointer)}) ({CliCodes.AttachmentMissing})");
                return ExitCodes.Usage;
            }
        }

        var messageId = MessageIdOf(prepared.SignedEnvelope) ?? Guid.Empty;
        var entry = new OutboxEntry
        {
            Recipient = recipient,
            MessageId = messageId,
            MediaType = prepared.MediaType!,
            Payload = prepared.Payload!,
            SignedEnvelope = prepared.SignedEnvelope!,
            EnqueuedAt = DateTimeOffset.UtcNow,
        };
        if (!await store.Outbox.EnqueueAsync(entry, ct))
        {
            // Sent before under this messageId: deliver what the outbox holds (the same bytes get the same receipt),
            // never a second, differently signed envelope under the same id.
            var stored = (await store.Outbox.ListOutboxAsync(int.MaxValue, ct)).First(e => e.Recipient == recipient && e.MessageId == messageId);
            if (stored.DeliveredAt is not null)
            {
                await stdout.WriteLineAsync($"DELIVERED {messageId} to {recipient} before, at {stored.DeliveredAt:O}; the stored receipt stands");
                return WriteReceipt(receiptPath, stored.Receipt, stderr) ? ExitCodes.Success : ExitCodes.Usage;
            }

            entry = stored;
            await stdout.WriteLineAsync($"{messageId} is already in the outbox: delivering the stored envelope");
        }

        DeliveryResult delivery;
        try
        {
            delivery = await client.DeliverAsync(entry, verifier, store.Attachments, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            stderr.WriteLine($"mlat: the peer could not be reached; the message stays in the outbox for 'mlat outbox deliver' or the node ({CliCodes.PeerUnreachable})");
            return ExitCodes.Failed;
        }

        if (!delivery.IsSuccess)
        {
            await stdout.WriteLineAsync($"NOT DELIVERED {messageId} to {recipient}: HTTP {delivery.Submission.StatusCode}; it stays pending in the outbox");
            CliFiles.WriteFindingsText(stdout, delivery.Findings);
            return ExitCodes.Failed;
        }

        var receipt = delivery.Submission.Receipt!;
        await store.Outbox.MarkDeliveredAsync(recipient, messageId, receipt, DateTimeOffset.UtcNow, ct);
        await stdout.WriteLineAsync($"DELIVERED {messageId} to {recipient} (HTTP {delivery.Submission.StatusCode}, version {prepared.Version}): receipt verified");
        return WriteReceipt(receiptPath, receipt, stderr) ? ExitCodes.Success : ExitCodes.Usage;
    }

    private static async Task<int> InboxListAsync(string configPath, string format, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (NodeConfig.Load(configPath, stderr) is not { } config || await OpenStoreAsync(config, stderr, ct) is not { } store)
        {
            return ExitCodes.Usage;
        }

        await using var ownedStore = store;

        var entries = await store.Inbox.ListInboxAsync(int.MaxValue, ct);
        if (format == "json")
        {
            await stdout.WriteLineAsync(CliJson.Build(w =>
            {
                w.WriteStartArray();
                foreach (var e in entries)
                {
                    w.WriteStartObject();
                    w.WriteString("messageId", e.MessageId);
                    w.WriteString("sender", e.Sender);
                    w.WriteString("messageType", Mlat.Sdk.Serialization.MlatJson.WireName(e.MessageType));
                    w.WriteString("receivedAt", e.ReceivedAt);
                    w.WriteString("digest", e.Digest);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }));
            return ExitCodes.Success;
        }

        await stdout.WriteLineAsync($"{entries.Count} message(s) in the inbox");
        foreach (var e in entries)
        {
            await stdout.WriteLineAsync($"  {e.MessageId}  {CliText.Escape(e.Sender),-28} {Mlat.Sdk.Serialization.MlatJson.WireName(e.MessageType),-34} {e.ReceivedAt:O}");
        }

        return ExitCodes.Success;
    }

    private static async Task<int> InboxShowAsync(string idText, string configPath, string? sender, string? output, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (!Guid.TryParseExact(idText, "D", out var id))
        {
            stderr.WriteLine("mlat: message-id must be a UUID (8-4-4-4-12 hexadecimal digits).");
            return ExitCodes.Usage;
        }

        if (NodeConfig.Load(configPath, stderr) is not { } config || await OpenStoreAsync(config, stderr, ct) is not { } store)
        {
            return ExitCodes.Usage;
        }

        await using var ownedStore = store;

        var matches = (await store.Inbox.ListInboxAsync(int.MaxValue, ct)).Where(e => e.MessageId == id && (sender is null || e.Sender == sender)).ToList();
        if (matches.Count != 1)
        {
            stderr.WriteLine(matches.Count == 0 ? $"mlat: no accepted message {id} in the inbox." : $"mlat: {matches.Count} senders used message {id}; name one with --sender.");
            return ExitCodes.Failed;
        }

        if (output is not null)
        {
            return CliFiles.TryWrite(output, matches[0].Envelope.Span, stderr) ? ExitCodes.Success : ExitCodes.Usage;
        }

        await stdout.WriteLineAsync(System.Text.Encoding.UTF8.GetString(matches[0].Envelope.Span));
        return ExitCodes.Success;
    }

    private static async Task<int> OutboxListAsync(string configPath, string format, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (NodeConfig.Load(configPath, stderr) is not { } config || await OpenStoreAsync(config, stderr, ct) is not { } store)
        {
            return ExitCodes.Usage;
        }

        await using var ownedStore = store;

        var entries = await store.Outbox.ListOutboxAsync(int.MaxValue, ct);
        if (format == "json")
        {
            await stdout.WriteLineAsync(CliJson.Build(w =>
            {
                w.WriteStartArray();
                foreach (var e in entries)
                {
                    w.WriteStartObject();
                    w.WriteString("messageId", e.MessageId);
                    w.WriteString("recipient", e.Recipient);
                    w.WriteString("enqueuedAt", e.EnqueuedAt);
                    w.WriteString("state", e.DeliveredAt is null ? "PENDING" : "DELIVERED");
                    if (e.DeliveredAt is { } at)
                    {
                        w.WriteString("deliveredAt", at);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }));
            return ExitCodes.Success;
        }

        await stdout.WriteLineAsync($"{entries.Count} message(s) in the outbox, {entries.Count(e => e.DeliveredAt is null)} pending");
        foreach (var e in entries)
        {
            await stdout.WriteLineAsync($"  {e.MessageId}  {CliText.Escape(e.Recipient),-28} {(e.DeliveredAt is { } at ? "DELIVERED " + at.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : "PENDING")}");
        }

        return ExitCodes.Success;
    }

    private static async Task<int> DeliverAsync(string configPath, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (NodeConfig.Load(configPath, stderr) is not { } config || config.LoadTrustList(stderr) is not { } trust || await OpenStoreAsync(config, stderr, ct) is not { } store)
        {
            return ExitCodes.Usage;
        }

        await using var ownedStore = store;

        var services = new ServiceCollection();
        foreach (var (authorityId, peer) in config.Peers)
        {
            services.AddMlatPeer(authorityId, peer.Url);
        }

        await using var provider = services.BuildServiceProvider();
        var results = await new OutboxDispatcher(store.Outbox, store.Attachments, provider.GetRequiredService<MlatPeers>(), new CapabilitiesSignatureVerifier(trust)).DeliverPendingAsync(int.MaxValue, ct);
        foreach (var (entry, result) in results)
        {
            await stdout.WriteLineAsync(result is { IsSuccess: true }
                ? $"  DELIVERED {entry.MessageId} to {CliText.Escape(entry.Recipient)}"
                : $"  PENDING   {entry.MessageId} to {CliText.Escape(entry.Recipient)} ({(result is null ? "unreachable or not a peer" : "HTTP " + result.Submission.StatusCode)})");
        }

        // Counted from the list, not PendingAsync: a shared store's PendingAsync claims the entries it returns.
        var pending = (await store.Outbox.ListOutboxAsync(int.MaxValue, ct)).Count(e => e.DeliveredAt is null);
        await stdout.WriteLineAsync($"{results.Count - results.Count(r => r.Result is not { IsSuccess: true })} delivered, {pending} pending");
        return pending == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static async Task<NodeStore?> OpenStoreAsync(NodeConfig config, TextWriter stderr, CancellationToken ct)
    {
        try
        {
            if (config.PostgreSql is { } connection)
            {
                var dataSource = Npgsql.NpgsqlDataSource.Create(connection);
                try
                {
                    var shared = await Mlat.Sdk.PostgreSql.PostgreSqlExchangeStore.OpenAsync(dataSource, new Mlat.Sdk.PostgreSql.PostgreSqlExchangeStoreOptions { Schema = config.PostgreSqlSchema }, cancellationToken: ct);
                    return new NodeStore(shared, shared, shared, dataSource);
                }
                catch
                {
                    await dataSource.DisposeAsync();
                    throw;
                }
            }

            var local = await SqliteExchangeStore.OpenAsync(config.StorePath!, ct);
            return new NodeStore(local, local, local, null);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException or ArgumentException or TimeoutException)
        {
            stderr.WriteLine($"mlat: the node's 'store' cannot be opened ({CliCodes.BadStore})");
            return null;
        }
    }

    /// <summary>
    /// Every <c>--attach</c> file must be the document the message's manifest names under its id (same SHA-256): the
    /// peer looks an attachment up by that digest, so another file would be refused there after it was uploaded.
    /// </summary>
    private static bool ManifestNames(List<(string Id, string Path)> files, ReadOnlyMemory<byte> message, TextWriter stderr)
    {
        if (files.Count == 0)
        {
            return true;
        }

        var manifest = Attachments.Manifest(message);
        foreach (var (id, path) in files)
        {
            using var stream = File.OpenRead(path);
            var digest = System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.SHA256.HashData(stream));
            if (!manifest.Any(m => m.Id == id && m.Sha256 == digest))
            {
                stderr.WriteLine($"mlat: --attach: a file is not the document the message's manifest names under its id (no AttachmentRef with that id and the file's SHA-256) ({CliCodes.AttachmentNotInManifest})");
                return false;
            }
        }

        return true;
    }

    private static bool WriteReceipt(string? path, ReadOnlyMemory<byte> receipt, TextWriter stderr)
        => path is null || CliFiles.TryWrite(path, receipt.Span, stderr);

    /// <summary>The header's recipient authority and the body's profile, read in one pass (null where absent).</summary>
    private static (string? Recipient, string? Profile) Addressing(ReadOnlySpan<byte> message)
    {
        try
        {
            var reader = new Utf8JsonReader(message, new JsonReaderOptions { MaxDepth = 64 });
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var recipient = root.TryGetProperty("header", out var header) && header.ValueKind == JsonValueKind.Object
                && header.TryGetProperty("recipient", out var party) && party.ValueKind == JsonValueKind.Object
                && party.TryGetProperty("authorityId", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
            var profile = root.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Object
                && body.TryGetProperty("profile", out var p) && p.ValueKind == JsonValueKind.String
                ? p.GetString()
                : null;
            return (recipient, profile);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static Guid? MessageIdOf(ReadOnlySpan<byte> envelope)
    {
        var reader = new Utf8JsonReader(envelope);
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetProperty("header").GetProperty("messageId").GetGuid();
    }
}

/// <summary>The node's store: its inbox, outbox and attachments (one SQLite file, or one PostgreSQL schema shared by instances).</summary>
internal sealed class NodeStore(IInboxStore inbox, IOutboxStore outbox, IAttachmentStore attachments, IAsyncDisposable? owner) : IAsyncDisposable
{
    public IInboxStore Inbox { get; } = inbox;

    public IOutboxStore Outbox { get; } = outbox;

    public IAttachmentStore Attachments { get; } = attachments;

    public ValueTask DisposeAsync() => owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}
