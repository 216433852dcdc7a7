using Mlat.Sdk.Cases;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;
using Npgsql;
using NpgsqlTypes;

namespace Mlat.Sdk.PostgreSql;

/// <summary>
/// The inbox, the outbox and the case logs of a node in one PostgreSQL database, shared by any number of node instances
/// (docs/exchange.md, "Several instances"). The inbox's primary key is (sender, messageId), a case log's
/// (conversationId, messageId): one <c>INSERT … ON CONFLICT DO NOTHING</c> decides between concurrent requests of every
/// instance, so "exactly once" is a property of the database. The outbox is claimed row by row
/// (<c>FOR UPDATE SKIP LOCKED</c> and a lease, <see cref="PostgreSqlExchangeStoreOptions.OutboxLease"/>): instances
/// delivering at the same time take different entries, and an entry whose instance died is taken again when its lease
/// ends — delivery is at least once. Attachments (specification §15.7) are rows of chunks under their digest, appended
/// at the offset their row holds (a row lock orders concurrent appends of one attachment), so an upload that began on one
/// instance resumes on another. Case log entries are read back through <see cref="MlatValidator.Default"/>.
/// Thread-safe; the data source (its pool) belongs to the caller.
/// </summary>
public sealed class PostgreSqlExchangeStore : IInboxStore, IOutboxStore, ICaseStore, IAttachmentStore
{
    // Any fixed number: serialises the CREATE statements of instances that start at the same time (two concurrent
    // CREATE TABLE IF NOT EXISTS of one table can both miss it and one then fails on the catalogue's unique key).
    private const long SchemaLockKey = 0x4D4C_4154_5343_484D; // "MLATSCHM"

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgreSqlExchangeStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly string _inbox;
    private readonly string _outbox;
    private readonly string _caseLog;
    private readonly string _attachment;
    private readonly string _chunk;

    private PostgreSqlExchangeStore(NpgsqlDataSource dataSource, PostgreSqlExchangeStoreOptions options, TimeProvider time)
    {
        _dataSource = dataSource;
        _options = options;
        _time = time;
        // The schema is a checked identifier (PostgreSqlExchangeStoreOptions.Check), never input from a message.
        _inbox = $"{options.Schema}.inbox";
        _outbox = $"{options.Schema}.outbox";
        _caseLog = $"{options.Schema}.case_log";
        _attachment = $"{options.Schema}.attachment";
        _chunk = $"{options.Schema}.attachment_chunk";
    }

    /// <summary>Opens the store in <paramref name="dataSource"/>'s database, creating its schema and tables when absent.</summary>
    /// <param name="dataSource">The database (its connection pool); the caller keeps and disposes it.</param>
    /// <param name="options">The schema and outbox lease; <see cref="PostgreSqlExchangeStoreOptions.Default"/> when null.</param>
    /// <param name="timeProvider">The clock of the outbox leases; <see cref="TimeProvider.System"/> when null. Instances
    /// sharing a store must agree on the time to well within the lease.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException">The schema is not a lower-case SQL identifier, or the lease is negative.</exception>
    public static async Task<PostgreSqlExchangeStore> OpenAsync(NpgsqlDataSource dataSource, PostgreSqlExchangeStoreOptions? options = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        options ??= PostgreSqlExchangeStoreOptions.Default;
        options.Check();
        var store = new PostgreSqlExchangeStore(dataSource, options, timeProvider ?? TimeProvider.System);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand(null, connection, transaction))
        {
#pragma warning disable CA2100 // The table names are built from a checked identifier, never from input.
            command.CommandText = $"""
                SELECT pg_advisory_xact_lock({SchemaLockKey});
                CREATE SCHEMA IF NOT EXISTS {options.Schema};
                CREATE TABLE IF NOT EXISTS {store._inbox} (
                  seq bigint GENERATED ALWAYS AS IDENTITY,
                  sender text NOT NULL,
                  message_id uuid NOT NULL,
                  message_type text NOT NULL,
                  digest text NOT NULL,
                  envelope bytea NOT NULL,
                  receipt bytea NOT NULL,
                  received_at timestamptz NOT NULL,
                  PRIMARY KEY (sender, message_id));
                CREATE INDEX IF NOT EXISTS inbox_seq ON {store._inbox} (seq);
                CREATE TABLE IF NOT EXISTS {store._outbox} (
                  seq bigint GENERATED ALWAYS AS IDENTITY,
                  recipient text NOT NULL,
                  message_id uuid NOT NULL,
                  media_type text NOT NULL,
                  payload bytea NOT NULL,
                  envelope bytea NOT NULL,
                  enqueued_at timestamptz NOT NULL,
                  receipt bytea,
                  delivered_at timestamptz,
                  claimed_until timestamptz,
                  PRIMARY KEY (recipient, message_id));
                CREATE INDEX IF NOT EXISTS outbox_pending ON {store._outbox} (seq) WHERE receipt IS NULL;
                CREATE TABLE IF NOT EXISTS {store._caseLog} (
                  seq bigint GENERATED ALWAYS AS IDENTITY,
                  conversation_id uuid NOT NULL,
                  message_id uuid NOT NULL,
                  message bytea NOT NULL,
                  PRIMARY KEY (conversation_id, message_id));
                CREATE TABLE IF NOT EXISTS {store._attachment} (
                  sha256 text PRIMARY KEY,
                  length bigint NOT NULL,
                  received bigint NOT NULL,
                  complete boolean NOT NULL,
                  created_at timestamptz NOT NULL);
                CREATE TABLE IF NOT EXISTS {store._chunk} (
                  sha256 text NOT NULL,
                  byte_offset bigint NOT NULL,
                  data bytea NOT NULL,
                  PRIMARY KEY (sha256, byte_offset));
                """;
#pragma warning restore CA2100
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <inheritdoc />
    public async ValueTask<InboxAddResult> TryAddAsync(InboxEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var insert = Command(connection, $"""
            INSERT INTO {_inbox} (sender, message_id, message_type, digest, envelope, receipt, received_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (sender, message_id) DO NOTHING
            """))
        {
            // One statement: the primary key decides between concurrent requests of every instance. A concurrent insert
            // of the same key waits for the other transaction and then does nothing (READ COMMITTED).
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Sender });
            insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = entry.MessageId });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = MlatJson.WireName(entry.MessageType) });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Digest });
            insert.Parameters.Add(Bytes(entry.Envelope));
            insert.Parameters.Add(Bytes(entry.Receipt));
            insert.Parameters.Add(Time(entry.ReceivedAt));
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return new InboxAddResult(InboxAddOutcome.Added, entry.Receipt);
            }
        }

        // A second statement, so a second snapshot: it sees the row the conflicting transaction committed.
        var stored = await GetAsync(connection, entry.Sender, entry.MessageId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The inbox refused an insert but holds no entry for its key.");
        return new InboxAddResult(stored.Digest == entry.Digest ? InboxAddOutcome.Duplicate : InboxAddOutcome.Conflict, stored.Receipt);
    }

    /// <inheritdoc />
    public async ValueTask<InboxEntry?> GetAsync(string sender, Guid messageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sender);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await GetAsync(connection, sender, messageId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<InboxEntry>> ListInboxAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"SELECT sender, message_id, message_type, digest, envelope, receipt, received_at FROM {_inbox} ORDER BY seq LIMIT $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        return await ReadInbox(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = Command(connection, $"""
            INSERT INTO {_outbox} (recipient, message_id, media_type, payload, envelope, enqueued_at)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (recipient, message_id) DO NOTHING
            """);
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Recipient });
        insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = entry.MessageId });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.MediaType });
        insert.Parameters.Add(Bytes(entry.Payload));
        insert.Parameters.Add(Bytes(entry.SignedEnvelope));
        insert.Parameters.Add(Time(entry.EnqueuedAt));
        return await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Entries without a receipt, oldest first, that no other caller holds a lease on — and claims them for
    /// <see cref="PostgreSqlExchangeStoreOptions.OutboxLease"/>: rows another instance is claiming at this moment are
    /// skipped (<c>FOR UPDATE SKIP LOCKED</c>), not waited for. With a zero lease, every entry without a receipt.
    /// </summary>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entries, now claimed by the caller.</returns>
    public async ValueTask<IReadOnlyList<OutboxEntry>> PendingAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (_options.OutboxLease == TimeSpan.Zero)
        {
            return await ListOutbox("WHERE receipt IS NULL", limit, cancellationToken).ConfigureAwait(false);
        }

        var now = _time.GetUtcNow();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var claim = Command(connection, $"""
            UPDATE {_outbox} SET claimed_until = $2
            WHERE seq IN (SELECT seq FROM {_outbox}
                          WHERE receipt IS NULL AND (claimed_until IS NULL OR claimed_until <= $1)
                          ORDER BY seq LIMIT $3 FOR UPDATE SKIP LOCKED)
            RETURNING seq, {OutboxColumns}
            """);
        claim.Parameters.Add(Time(now));
        claim.Parameters.Add(Time(now + _options.OutboxLease));
        claim.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        var claimed = new List<(long Seq, OutboxEntry Entry)>();
        await using (var reader = await claim.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                claimed.Add((reader.GetInt64(0), ReadOutbox(reader, 1)));
            }
        }

        // RETURNING gives the rows in no defined order.
        return [.. claimed.OrderBy(c => c.Seq).Select(c => c.Entry)];
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<OutboxEntry>> ListOutboxAsync(int limit, CancellationToken cancellationToken = default)
        => ListOutbox(string.Empty, limit, cancellationToken);

    /// <inheritdoc />
    public async ValueTask MarkDeliveredAsync(string recipient, Guid messageId, ReadOnlyMemory<byte> receipt, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // The first verified receipt stays: a second delivery (another instance after a lease ended) changes nothing.
        await using var update = Command(connection, $"UPDATE {_outbox} SET receipt = $1, delivered_at = $2, claimed_until = NULL WHERE recipient = $3 AND message_id = $4 AND receipt IS NULL");
        update.Parameters.Add(Bytes(receipt));
        update.Parameters.Add(Time(deliveredAt));
        update.Parameters.Add(new NpgsqlParameter<string> { TypedValue = recipient });
        update.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = messageId });
        await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<CaseAppendOutcome> AppendAsync(MlatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var json = MlatJson.SerializeToUtf8Bytes(message);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var insert = Command(connection, $"INSERT INTO {_caseLog} (conversation_id, message_id, message) VALUES ($1, $2, $3) ON CONFLICT (conversation_id, message_id) DO NOTHING"))
        {
            insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = message.Header.ConversationId });
            insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = message.Header.MessageId });
            insert.Parameters.Add(Bytes(json));
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return CaseAppendOutcome.Added;
            }
        }

        await using var select = Command(connection, $"SELECT message FROM {_caseLog} WHERE conversation_id = $1 AND message_id = $2");
        select.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = message.Header.ConversationId });
        select.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = message.Header.MessageId });
        var stored = (byte[]?)await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The case log refused an insert but holds no entry for its key.");
        return stored.AsSpan().SequenceEqual(json) ? CaseAppendOutcome.Duplicate : CaseAppendOutcome.Conflict;
    }

    /// <inheritdoc />
    public async ValueTask<CaseLog> LoadAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"SELECT message FROM {_caseLog} WHERE conversation_id = $1 ORDER BY seq");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = conversationId });
        var messages = new List<MlatMessage>();
        var findings = new List<Finding>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var report = MlatValidator.Default.Validate(reader.GetFieldValue<byte[]>(0));
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
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"SELECT DISTINCT conversation_id FROM {_caseLog} ORDER BY conversation_id LIMIT $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetGuid(0));
        }

        // PostgreSQL orders uuid by its 16 bytes in RFC 4122 order, as the "D" text sorts and as Guid.CompareTo does.
        return [.. ids.Order()];
    }

    private const string OutboxColumns = "recipient, message_id, media_type, payload, envelope, enqueued_at, receipt, delivered_at";

    /// <inheritdoc />
    public async ValueTask<AttachmentUpload?> GetAttachmentAsync(string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await GetAttachmentAsync(connection, null, sha256, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<AttachmentUpload> AppendAttachmentAsync(string sha256, long length, long offset, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (offset == 0)
        {
            await using var begin = new NpgsqlCommand($"INSERT INTO {_attachment} (sha256, length, received, complete, created_at) VALUES ($1, $2, 0, false, $3) ON CONFLICT (sha256) DO NOTHING", connection, transaction);
            begin.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256 });
            begin.Parameters.Add(new NpgsqlParameter<long> { TypedValue = length });
            begin.Parameters.Add(Time(_time.GetUtcNow()));
            await begin.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // The UPDATE locks the row: a concurrent append at the same offset waits, then re-reads the row (READ COMMITTED)
        // and finds the received count moved, so it changes nothing.
        await using (var advance = new NpgsqlCommand($"""
            UPDATE {_attachment} SET received = received + $1
            WHERE sha256 = $2 AND length = $3 AND received = $4 AND NOT complete AND $4 + $1 <= length
            """, connection, transaction))
        {
            advance.Parameters.Add(new NpgsqlParameter<long> { TypedValue = bytes.Length });
            advance.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256 });
            advance.Parameters.Add(new NpgsqlParameter<long> { TypedValue = length });
            advance.Parameters.Add(new NpgsqlParameter<long> { TypedValue = offset });
            if (await advance.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1 && !bytes.IsEmpty)
            {
                await using var chunk = new NpgsqlCommand($"INSERT INTO {_chunk} (sha256, byte_offset, data) VALUES ($1, $2, $3)", connection, transaction);
                chunk.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256 });
                chunk.Parameters.Add(new NpgsqlParameter<long> { TypedValue = offset });
                chunk.Parameters.Add(Bytes(bytes));
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
        using (var connection = _dataSource.OpenConnection())
        using (var exists = new NpgsqlCommand($"SELECT 1 FROM {_attachment} WHERE sha256 = $1", connection))
        {
            exists.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256 });
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
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"UPDATE {_attachment} SET complete = true WHERE sha256 = $1 AND received = length");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256 });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DeleteAttachmentAsync(string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var table in new[] { _chunk, _attachment })
        {
            await using var command = new NpgsqlCommand($"DELETE FROM {table} WHERE sha256 = $1", connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256 });
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private IEnumerable<ReadOnlyMemory<byte>> Chunks(string sha256)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = new NpgsqlCommand($"SELECT data FROM {_chunk} WHERE sha256 = $1 ORDER BY byte_offset", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256 });
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return reader.GetFieldValue<byte[]>(0);
        }
    }

    private async ValueTask<AttachmentUpload?> GetAttachmentAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sha256, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT length, received, complete FROM {_attachment} WHERE sha256 = $1", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256 });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new AttachmentUpload { Sha256 = sha256, Length = reader.GetInt64(0), Received = reader.GetInt64(1), IsComplete = reader.GetBoolean(2) }
            : null;
    }

    private async ValueTask<IReadOnlyList<OutboxEntry>> ListOutbox(string where, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // "where" is one of two constants of this class, never input.
        await using var command = Command(connection, $"SELECT {OutboxColumns} FROM {_outbox} {where} ORDER BY seq LIMIT $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        var entries = new List<OutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(ReadOutbox(reader, 0));
        }

        return entries;
    }

    private static OutboxEntry ReadOutbox(NpgsqlDataReader reader, int first) => new()
    {
        Recipient = reader.GetString(first),
        MessageId = reader.GetGuid(first + 1),
        MediaType = reader.GetString(first + 2),
        Payload = reader.GetFieldValue<byte[]>(first + 3),
        SignedEnvelope = reader.GetFieldValue<byte[]>(first + 4),
        EnqueuedAt = reader.GetFieldValue<DateTimeOffset>(first + 5),
        Receipt = reader.IsDBNull(first + 6) ? ReadOnlyMemory<byte>.Empty : reader.GetFieldValue<byte[]>(first + 6),
        DeliveredAt = reader.IsDBNull(first + 7) ? null : reader.GetFieldValue<DateTimeOffset>(first + 7),
    };

    private async ValueTask<InboxEntry?> GetAsync(NpgsqlConnection connection, string sender, Guid messageId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, $"SELECT sender, message_id, message_type, digest, envelope, receipt, received_at FROM {_inbox} WHERE sender = $1 AND message_id = $2");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sender });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = messageId });
        var entries = await ReadInbox(command, cancellationToken).ConfigureAwait(false);
        return entries.Count == 0 ? null : entries[0];
    }

    private static async ValueTask<IReadOnlyList<InboxEntry>> ReadInbox(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<InboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new InboxEntry
            {
                Sender = reader.GetString(0),
                MessageId = reader.GetGuid(1),
                MessageType = MlatJson.TryParseWireName<MessageType>(reader.GetString(2), out var type) ? type : throw new InvalidDataException("An inbox row names a message type this SDK does not know."),
                Digest = reader.GetString(3),
                Envelope = reader.GetFieldValue<byte[]>(4),
                Receipt = reader.GetFieldValue<byte[]>(5),
                ReceivedAt = reader.GetFieldValue<DateTimeOffset>(6),
            });
        }

        return entries;
    }

#pragma warning disable CA2100 // Every statement is a constant of this class around the checked schema name; values are parameters.
    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql) => new(sql, connection);
#pragma warning restore CA2100

    private static NpgsqlParameter<byte[]> Bytes(ReadOnlyMemory<byte> bytes) => new() { NpgsqlDbType = NpgsqlDbType.Bytea, TypedValue = bytes.ToArray() };

    private static NpgsqlParameter<DateTimeOffset> Time(DateTimeOffset at) => new() { NpgsqlDbType = NpgsqlDbType.TimestampTz, TypedValue = at.ToUniversalTime() };
}
