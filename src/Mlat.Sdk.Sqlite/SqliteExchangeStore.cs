using System.Globalization;
using Microsoft.Data.Sqlite;
using Mlat.Sdk.Cases;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Sqlite;

/// <summary>
/// The inbox, the outbox and the case logs of one node in one SQLite database file (WAL journal, so readers do not block
/// the writer). The inbox's primary key is (sender, messageId), a case log's (conversationId, messageId): an insert of a
/// key already present changes nothing, which makes "exactly once" a property of the database, not of the code around
/// it. Attachments (specification §15.7) are kept as rows of chunks under their digest, appended at the offset the
/// attachment row holds, so an interrupted upload resumes and a large one never sits in memory. Case log entries are read back through <see cref="MlatValidator.Default"/> (docs/cases.md). Thread-safe: each
/// operation opens its own pooled connection.
/// </summary>
public sealed class SqliteExchangeStore : IInboxStore, IOutboxStore, ICaseStore, IAttachmentStore
{
    private readonly string _connectionString;

    private SqliteExchangeStore(string connectionString) => _connectionString = connectionString;

    /// <summary>Opens (creating when absent) the database at <paramref name="path"/> and its two tables.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The store.</returns>
    public static async Task<SqliteExchangeStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 };
        var store = new SqliteExchangeStore(builder.ToString());
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS inbox (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              sender TEXT NOT NULL,
              message_id TEXT NOT NULL,
              message_type TEXT NOT NULL,
              digest TEXT NOT NULL,
              envelope BLOB NOT NULL,
              receipt BLOB NOT NULL,
              received_at TEXT NOT NULL,
              UNIQUE (sender, message_id));
            CREATE TABLE IF NOT EXISTS outbox (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              recipient TEXT NOT NULL,
              message_id TEXT NOT NULL,
              media_type TEXT NOT NULL,
              payload BLOB NOT NULL,
              envelope BLOB NOT NULL,
              enqueued_at TEXT NOT NULL,
              receipt BLOB,
              delivered_at TEXT,
              UNIQUE (recipient, message_id));
            CREATE TABLE IF NOT EXISTS case_log (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              conversation_id TEXT NOT NULL,
              message_id TEXT NOT NULL,
              message BLOB NOT NULL,
              UNIQUE (conversation_id, message_id));
            CREATE TABLE IF NOT EXISTS attachment (
              sha256 TEXT PRIMARY KEY,
              length INTEGER NOT NULL,
              received INTEGER NOT NULL,
              complete INTEGER NOT NULL,
              created_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS attachment_chunk (
              sha256 TEXT NOT NULL,
              byte_offset INTEGER NOT NULL,
              data BLOB NOT NULL,
              PRIMARY KEY (sha256, byte_offset));
            """;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <inheritdoc />
    public async ValueTask<InboxAddResult> TryAddAsync(InboxEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var insert = connection.CreateCommand())
        {
            // One statement: the unique key decides between concurrent requests and between node restarts.
            insert.CommandText = """
                INSERT INTO inbox (sender, message_id, message_type, digest, envelope, receipt, received_at)
                VALUES ($sender, $id, $type, $digest, $envelope, $receipt, $at)
                ON CONFLICT (sender, message_id) DO NOTHING
                """;
            insert.Parameters.AddWithValue("$sender", entry.Sender);
            insert.Parameters.AddWithValue("$id", Id(entry.MessageId));
            insert.Parameters.AddWithValue("$type", MlatJson.WireName(entry.MessageType));
            insert.Parameters.AddWithValue("$digest", entry.Digest);
            insert.Parameters.AddWithValue("$envelope", entry.Envelope.ToArray());
            insert.Parameters.AddWithValue("$receipt", entry.Receipt.ToArray());
            insert.Parameters.AddWithValue("$at", Time(entry.ReceivedAt));
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return new InboxAddResult(InboxAddOutcome.Added, entry.Receipt);
            }
        }

        var stored = await GetAsync(connection, entry.Sender, entry.MessageId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The inbox refused an insert but holds no entry for its key.");
        return new InboxAddResult(stored.Digest == entry.Digest ? InboxAddOutcome.Duplicate : InboxAddOutcome.Conflict, stored.Receipt);
    }

    /// <inheritdoc />
    public async ValueTask<InboxEntry?> GetAsync(string sender, Guid messageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sender);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await GetAsync(connection, sender, messageId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<InboxEntry>> ListInboxAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sender, message_id, message_type, digest, envelope, receipt, received_at FROM inbox ORDER BY seq LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadInbox(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO outbox (recipient, message_id, media_type, payload, envelope, enqueued_at)
            VALUES ($recipient, $id, $type, $payload, $envelope, $at)
            ON CONFLICT (recipient, message_id) DO NOTHING
            """;
        insert.Parameters.AddWithValue("$recipient", entry.Recipient);
        insert.Parameters.AddWithValue("$id", Id(entry.MessageId));
        insert.Parameters.AddWithValue("$type", entry.MediaType);
        insert.Parameters.AddWithValue("$payload", entry.Payload.ToArray());
        insert.Parameters.AddWithValue("$envelope", entry.SignedEnvelope.ToArray());
        insert.Parameters.AddWithValue("$at", Time(entry.EnqueuedAt));
        return await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<OutboxEntry>> PendingAsync(int limit, CancellationToken cancellationToken = default)
        => ListOutbox("WHERE receipt IS NULL", limit, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<OutboxEntry>> ListOutboxAsync(int limit, CancellationToken cancellationToken = default)
        => ListOutbox(string.Empty, limit, cancellationToken);

    /// <inheritdoc />
    public async ValueTask MarkDeliveredAsync(string recipient, Guid messageId, ReadOnlyMemory<byte> receipt, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE outbox SET receipt = $receipt, delivered_at = $at WHERE recipient = $recipient AND message_id = $id AND receipt IS NULL";
        update.Parameters.AddWithValue("$receipt", receipt.ToArray());
        update.Parameters.AddWithValue("$at", Time(deliveredAt));
        update.Parameters.AddWithValue("$recipient", recipient);
        update.Parameters.AddWithValue("$id", Id(messageId));
        await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<CaseAppendOutcome> AppendAsync(MlatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var json = MlatJson.SerializeToUtf8Bytes(message);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO case_log (conversation_id, message_id, message) VALUES ($conversation, $id, $message)
                ON CONFLICT (conversation_id, message_id) DO NOTHING
                """;
            insert.Parameters.AddWithValue("$conversation", Id(message.Header.ConversationId));
            insert.Parameters.AddWithValue("$id", Id(message.Header.MessageId));
            insert.Parameters.AddWithValue("$message", json);
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return CaseAppendOutcome.Added;
            }
        }

        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT message FROM case_log WHERE conversation_id = $conversation AND message_id = $id";
        select.Parameters.AddWithValue("$conversation", Id(message.Header.ConversationId));
        select.Parameters.AddWithValue("$id", Id(message.Header.MessageId));
        var stored = (byte[]?)await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The case log refused an insert but holds no entry for its key.");
        return stored.AsSpan().SequenceEqual(json) ? CaseAppendOutcome.Duplicate : CaseAppendOutcome.Conflict;
    }

    /// <inheritdoc />
    public async ValueTask<CaseLog> LoadAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT message FROM case_log WHERE conversation_id = $conversation ORDER BY seq";
        command.Parameters.AddWithValue("$conversation", Id(conversationId));
        var messages = new List<MlatMessage>();
        var findings = new List<Finding>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var report = MlatValidator.Default.Validate((byte[])reader.GetValue(0));
            if (report.Message is { } m)
            {
                messages.Add(m);
            }
            else
            {
                findings.AddRange(report.Findings.Where(f => f.Severity == FindingSeverity.Error));
            }
        }

        return new CaseLog { ConversationId = conversationId, Messages = [.. CaseState.Start(conversationId).ApplyAll(messages).Messages], Findings = findings };
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Guid>> ListConversationsAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT conversation_id FROM case_log ORDER BY conversation_id LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(Guid.ParseExact(reader.GetString(0), "D"));
        }

        // The lower-case "D" text of a Guid sorts as Guid.CompareTo does (unsigned fields, then bytes in order).
        return [.. ids.Order()];
    }

    /// <inheritdoc />
    public async ValueTask<AttachmentUpload?> GetAttachmentAsync(string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await GetAttachmentAsync(connection, null, sha256, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<AttachmentUpload> AppendAttachmentAsync(string sha256, long length, long offset, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (offset == 0)
        {
            await using var begin = connection.CreateCommand();
            begin.Transaction = transaction;
            begin.CommandText = "INSERT INTO attachment (sha256, length, received, complete, created_at) VALUES ($sha, $length, 0, 0, $at) ON CONFLICT (sha256) DO NOTHING";
            begin.Parameters.AddWithValue("$sha", sha256);
            begin.Parameters.AddWithValue("$length", length);
            begin.Parameters.AddWithValue("$at", Time(DateTimeOffset.UtcNow));
            await begin.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // The row's received count is the only offset an append may use: a second writer at the same offset finds the
        // count moved and changes nothing.
        await using (var advance = connection.CreateCommand())
        {
            advance.Transaction = transaction;
            advance.CommandText = """
                UPDATE attachment SET received = received + $n
                WHERE sha256 = $sha AND length = $length AND received = $offset AND complete = 0 AND $offset + $n <= length
                """;
            advance.Parameters.AddWithValue("$n", (long)bytes.Length);
            advance.Parameters.AddWithValue("$sha", sha256);
            advance.Parameters.AddWithValue("$length", length);
            advance.Parameters.AddWithValue("$offset", offset);
            if (await advance.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1 && !bytes.IsEmpty)
            {
                await using var chunk = connection.CreateCommand();
                chunk.Transaction = transaction;
                chunk.CommandText = "INSERT INTO attachment_chunk (sha256, byte_offset, data) VALUES ($sha, $offset, $data)";
                chunk.Parameters.AddWithValue("$sha", sha256);
                chunk.Parameters.AddWithValue("$offset", offset);
                chunk.Parameters.AddWithValue("$data", bytes.ToArray());
                await chunk.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        var state = await GetAttachmentAsync(connection, transaction, sha256, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return state ?? new AttachmentUpload { Sha256 = sha256, Length = length, Received = 0, IsComplete = false };
    }

    /// <inheritdoc />
    public Stream OpenAttachment(string sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        using (var connection = new SqliteConnection(_connectionString))
        {
            connection.Open();
            using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT 1 FROM attachment WHERE sha256 = $sha";
            exists.Parameters.AddWithValue("$sha", sha256);
            if (exists.ExecuteScalar() is null)
            {
                throw new KeyNotFoundException("No attachment is held under this digest.");
            }
        }

        return Attachments.ReadChunks(Chunks(sha256));
    }

    /// <inheritdoc />
    public async ValueTask CompleteAttachmentAsync(string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE attachment SET complete = 1 WHERE sha256 = $sha AND received = length";
        command.Parameters.AddWithValue("$sha", sha256);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DeleteAttachmentAsync(string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM attachment_chunk WHERE sha256 = $sha; DELETE FROM attachment WHERE sha256 = $sha";
        command.Parameters.AddWithValue("$sha", sha256);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private IEnumerable<ReadOnlyMemory<byte>> Chunks(string sha256)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM attachment_chunk WHERE sha256 = $sha ORDER BY byte_offset";
        command.Parameters.AddWithValue("$sha", sha256);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (byte[])reader.GetValue(0);
        }
    }

    private static async ValueTask<AttachmentUpload?> GetAttachmentAsync(SqliteConnection connection, SqliteTransaction? transaction, string sha256, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT length, received, complete FROM attachment WHERE sha256 = $sha";
        command.Parameters.AddWithValue("$sha", sha256);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new AttachmentUpload { Sha256 = sha256, Length = reader.GetInt64(0), Received = reader.GetInt64(1), IsComplete = reader.GetInt64(2) == 1 }
            : null;
    }

    private async ValueTask<IReadOnlyList<OutboxEntry>> ListOutbox(string where, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // "where" is one of two constants of this class, never input.
        command.CommandText = $"SELECT recipient, message_id, media_type, payload, envelope, enqueued_at, receipt, delivered_at FROM outbox {where} ORDER BY seq LIMIT $limit";
#pragma warning restore CA2100
        command.Parameters.AddWithValue("$limit", limit);
        var entries = new List<OutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new OutboxEntry
            {
                Recipient = reader.GetString(0),
                MessageId = Guid.ParseExact(reader.GetString(1), "D"),
                MediaType = reader.GetString(2),
                Payload = (byte[])reader.GetValue(3),
                SignedEnvelope = (byte[])reader.GetValue(4),
                EnqueuedAt = ParseTime(reader.GetString(5)),
                Receipt = reader.IsDBNull(6) ? ReadOnlyMemory<byte>.Empty : (byte[])reader.GetValue(6),
                DeliveredAt = reader.IsDBNull(7) ? null : ParseTime(reader.GetString(7)),
            });
        }

        return entries;
    }

    private static async ValueTask<InboxEntry?> GetAsync(SqliteConnection connection, string sender, Guid messageId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sender, message_id, message_type, digest, envelope, receipt, received_at FROM inbox WHERE sender = $sender AND message_id = $id";
        command.Parameters.AddWithValue("$sender", sender);
        command.Parameters.AddWithValue("$id", Id(messageId));
        var entries = await ReadInbox(command, cancellationToken).ConfigureAwait(false);
        return entries.Count == 0 ? null : entries[0];
    }

    private static async ValueTask<IReadOnlyList<InboxEntry>> ReadInbox(SqliteCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<InboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new InboxEntry
            {
                Sender = reader.GetString(0),
                MessageId = Guid.ParseExact(reader.GetString(1), "D"),
                MessageType = MlatJson.TryParseWireName<MessageType>(reader.GetString(2), out var type) ? type : throw new InvalidDataException("An inbox row names a message type this SDK does not know."),
                Digest = reader.GetString(3),
                Envelope = (byte[])reader.GetValue(4),
                Receipt = (byte[])reader.GetValue(5),
                ReceivedAt = ParseTime(reader.GetString(6)),
            });
        }

        return entries;
    }

    private async ValueTask<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static string Id(Guid id) => id.ToString("D");

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
