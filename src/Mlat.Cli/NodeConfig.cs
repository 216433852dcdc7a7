using System.Text.Json;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Cli;

/// <summary>
/// The node configuration file of <c>mlat serve</c>, <c>send</c>, <c>inbox</c> and <c>outbox</c> (docs/exchange.md,
/// "Running a node"). Relative paths are resolved against the file's folder. Read strictly: an unknown member, a
/// missing one or a wrong type is a usage error that names the member, so a typo never silently changes behaviour.
/// </summary>
internal sealed class NodeConfig
{
    private static readonly string[] Known = ["authority", "listen", "key", "certificate", "trustList", "trustListAnchor", "capabilities", "store", "peers", "maxSubmissionBytes", "maxAttachmentBytes", "rateLimit", "outboxIntervalSeconds", "redis"];

    public required Party Authority { get; init; }

    public required Uri Listen { get; init; }

    public required string KeyPath { get; init; }

    public required string CertificatePath { get; init; }

    public required string TrustListPath { get; init; }

    public string? TrustListAnchorPath { get; init; }

    public required string CapabilitiesPath { get; init; }

    /// <summary>The SQLite file, when <c>store</c> is a path.</summary>
    public string? StorePath { get; init; }

    /// <summary>The PostgreSQL connection string, when <c>store</c> is <c>{"postgres": ..., "schema": ...}</c>.</summary>
    public string? PostgreSql { get; init; }

    /// <summary>The PostgreSQL schema of the node's tables; <c>mlat</c> by default.</summary>
    public string PostgreSqlSchema { get; init; } = "mlat";

    /// <summary>The Redis server (host:port) the instances share for repeated submissions; only with a PostgreSQL store.</summary>
    public string? Redis { get; init; }

    public required IReadOnlyDictionary<string, NodePeer> Peers { get; init; }

    public long? MaxSubmissionBytes { get; init; }

    /// <summary>The largest attachment the node accepts; the node's default (1 GiB) when absent.</summary>
    public long? MaxAttachmentBytes { get; init; }

    /// <summary>Per-sender rate limit: <c>{"permits": n, "windowSeconds": s}</c>; none when absent.</summary>
    public (int Permits, int WindowSeconds)? RateLimit { get; init; }

    public int OutboxIntervalSeconds { get; init; } = 10;

    /// <summary>Reads the file; on failure writes one line naming the problem to <paramref name="stderr"/> and returns null.</summary>
    public static NodeConfig? Load(string path, TextWriter stderr)
    {
        if (!CliFiles.TryReadBytes(path, stderr, out var bytes))
        {
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigException("the file must hold one JSON object");
            }

            foreach (var member in root.EnumerateObject())
            {
                if (!Known.Contains(member.Name, StringComparer.Ordinal))
                {
                    throw new ConfigException($"unknown member '{member.Name}' (known: {string.Join(", ", Known)})");
                }
            }

            var listen = String(root, "listen");
            if (!Uri.TryCreate(listen, UriKind.Absolute, out var listenUri) || listenUri.Scheme != Uri.UriSchemeHttp || listenUri.AbsolutePath != "/")
            {
                throw new ConfigException("'listen' must be an http URL of a host and port, for example http://127.0.0.1:8080 (TLS is terminated in front of the node; see docs/exchange.md)");
            }

            var peers = new Dictionary<string, NodePeer>(StringComparer.Ordinal);
            if (root.TryGetProperty("peers", out var peerList))
            {
                if (peerList.ValueKind != JsonValueKind.Object)
                {
                    throw new ConfigException("'peers' must be an object keyed by authority id");
                }

                foreach (var peer in peerList.EnumerateObject())
                {
                    if (peer.Value.ValueKind != JsonValueKind.Object)
                    {
                        throw new ConfigException($"peer '{peer.Name}' must be an object with 'url' and, optionally, 'certificate'");
                    }

                    var url = String(peer.Value, "url", $"peers/{peer.Name}/");
                    if (!Uri.TryCreate(url, UriKind.Absolute, out var peerUri) || (peerUri.Scheme != Uri.UriSchemeHttp && peerUri.Scheme != Uri.UriSchemeHttps))
                    {
                        throw new ConfigException($"'peers/{peer.Name}/url' must be an absolute http or https URL");
                    }

                    foreach (var member in peer.Value.EnumerateObject())
                    {
                        if (member.Name is not ("url" or "certificate"))
                        {
                            throw new ConfigException($"unknown member 'peers/{peer.Name}/{member.Name}' (known: url, certificate)");
                        }
                    }

                    var certificate = peer.Value.TryGetProperty("certificate", out _) ? Resolve(folder, String(peer.Value, "certificate", $"peers/{peer.Name}/")) : null;
                    peers[peer.Name] = new NodePeer(new Uri(peerUri.AbsoluteUri.TrimEnd('/') + "/"), certificate);
                }
            }

            string? storePath = null, postgres = null, schema = "mlat";
            if (root.TryGetProperty("store", out var store) && store.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in store.EnumerateObject())
                {
                    if (member.Name is not ("postgres" or "schema"))
                    {
                        throw new ConfigException($"unknown member 'store/{member.Name}' (known: postgres, schema)");
                    }
                }

                postgres = String(store, "postgres", "store/");
                schema = store.TryGetProperty("schema", out _) ? String(store, "schema", "store/") : schema;
            }
            else
            {
                storePath = Resolve(folder, String(root, "store"));
            }

            var redis = root.TryGetProperty("redis", out _) ? String(root, "redis") : null;
            if (redis is not null && postgres is null)
            {
                throw new ConfigException("'redis' is shared by several instances of a node and needs a shared store: { \"postgres\": ... } under 'store'");
            }

            return new NodeConfig
            {
                Authority = ReadAuthority(root),
                Listen = listenUri,
                KeyPath = Resolve(folder, String(root, "key")),
                CertificatePath = Resolve(folder, String(root, "certificate")),
                TrustListPath = Resolve(folder, String(root, "trustList")),
                TrustListAnchorPath = root.TryGetProperty("trustListAnchor", out _) ? Resolve(folder, String(root, "trustListAnchor")) : null,
                CapabilitiesPath = Resolve(folder, String(root, "capabilities")),
                StorePath = storePath,
                PostgreSql = postgres,
                PostgreSqlSchema = schema,
                Redis = redis,
                Peers = peers,
                MaxSubmissionBytes = root.TryGetProperty("maxSubmissionBytes", out var max) ? Positive(max, "maxSubmissionBytes") : null,
                MaxAttachmentBytes = root.TryGetProperty("maxAttachmentBytes", out var maxAttachment) ? Positive(maxAttachment, "maxAttachmentBytes") : null,
                RateLimit = root.TryGetProperty("rateLimit", out var rate) ? ReadRateLimit(rate) : null,
                OutboxIntervalSeconds = root.TryGetProperty("outboxIntervalSeconds", out var interval) ? (int)Math.Min(Positive(interval, "outboxIntervalSeconds"), 3600) : 10,
            };
        }
        catch (JsonException)
        {
            stderr.WriteLine($"mlat: '{path}' is not a node configuration: it is not well-formed JSON ({CliCodes.BadConfig})");
            return null;
        }
        catch (ConfigException ex)
        {
            stderr.WriteLine($"mlat: '{path}' is not a node configuration: {ex.Message} ({CliCodes.BadConfig})");
            return null;
        }
    }

    private static (int Permits, int WindowSeconds) ReadRateLimit(JsonElement rate)
    {
        if (rate.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigException("'rateLimit' must be an object with 'permits' and 'windowSeconds'");
        }

        foreach (var member in rate.EnumerateObject())
        {
            if (member.Name is not ("permits" or "windowSeconds"))
            {
                throw new ConfigException($"unknown member 'rateLimit/{member.Name}' (known: permits, windowSeconds)");
            }
        }

        if (!rate.TryGetProperty("permits", out var permits) || !rate.TryGetProperty("windowSeconds", out var window))
        {
            throw new ConfigException("'rateLimit' needs both 'permits' and 'windowSeconds'");
        }

        return ((int)Math.Min(Positive(permits, "rateLimit/permits"), int.MaxValue), (int)Math.Min(Positive(window, "rateLimit/windowSeconds"), 86400));
    }

    /// <summary>Loads the node's signing key (PKCS#8 PEM) with its certificate chain; null with a message on failure.</summary>
    public SigningKey? LoadSigningKey(TextWriter stderr)
    {
        if (!CliFiles.TryReadText(KeyPath, stderr, out var keyPem) || !CliFiles.TryReadText(CertificatePath, stderr, out var chainPem))
        {
            return null;
        }

        try
        {
            return SigningKey.FromPem(keyPem, chainPem);
        }
        catch (Exception ex) when (ex is ArgumentException or System.Security.Cryptography.CryptographicException or NotSupportedException)
        {
            stderr.WriteLine($"mlat: the node's 'key' and 'certificate' do not form a signing key ({CliCodes.BadKey})");
            return null;
        }
    }

    /// <summary>Loads the trust list, under the operator anchor when one is configured; null with its findings on failure.</summary>
    public TrustList? LoadTrustList(TextWriter stderr)
    {
        if (!CliFiles.TryReadBytes(TrustListPath, stderr, out var bytes))
        {
            return null;
        }

        TrustListReadResult read;
        if (TrustListAnchorPath is { } anchorPath)
        {
            if (!CliFiles.TryReadText(anchorPath, stderr, out var anchorPem))
            {
                return null;
            }

            System.Security.Cryptography.X509Certificates.X509Certificate2 anchor;
            try
            {
                anchor = SigningKey.ReadCertificates(anchorPem)[0];
            }
            catch (Exception ex) when (ex is ArgumentException or System.Security.Cryptography.CryptographicException)
            {
                stderr.WriteLine($"mlat: the node's 'trustListAnchor' holds no certificate ({CliCodes.BadCertificate})");
                return null;
            }

            read = TrustList.Read(bytes, anchor);
        }
        else
        {
            read = TrustList.Read(bytes);
        }

        if (!read.IsSuccess)
        {
            stderr.WriteLine($"mlat: the node's 'trustList' is not a valid trust list ({CliCodes.BadTrustList})");
            foreach (var finding in read.Findings)
            {
                stderr.WriteLine($"  {finding.Code} {finding.Pointer}");
            }

            return null;
        }

        return read.TrustList;
    }

    private static Party ReadAuthority(JsonElement root)
    {
        if (!root.TryGetProperty("authority", out var authority) || authority.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigException("'authority' must be an object: { \"country\", \"authorityId\", \"name\", \"role\" } as in a message header");
        }

        Party? party;
        try
        {
            party = JsonSerializer.Deserialize(authority.GetRawText(), MlatJsonContext.Default.Party);
        }
        catch (JsonException)
        {
            party = null;
        }

        if (party is null || string.IsNullOrEmpty(party.AuthorityId) || string.IsNullOrEmpty(party.Name) || !Enum.IsDefined(party.Country) || !Enum.IsDefined(party.Role))
        {
            throw new ConfigException("'authority' must be a party as in a message header: country, authorityId, name and role with the standard's codes");
        }

        return party;
    }

    private static string String(JsonElement parent, string name, string prefix = "")
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } text)
        {
            throw new ConfigException($"'{prefix}{name}' must be a non-empty string");
        }

        return text;
    }

    private static long Positive(JsonElement value, string name)
        => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) && n > 0 ? n : throw new ConfigException($"'{name}' must be a positive integer");

    private static string Resolve(string folder, string path) => Path.GetFullPath(Path.Combine(folder, path));

    private sealed class ConfigException(string message) : Exception(message);
}

/// <summary>
/// A peer node: its root URL and the certificate its messages are encrypted to; without one, the encryption certificate
/// its signed capabilities publish for the message's instrument (specification §10.7).
/// </summary>
internal sealed record NodePeer(Uri Url, string? CertificatePath);
