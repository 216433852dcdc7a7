using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.Exchange;

/// <summary>
/// What a node holds of one attachment, keyed by the SHA-256 digest of its bytes (specification §15.7): the length it was
/// begun with, how many bytes have arrived, and whether the whole was checked against the digest.
/// </summary>
public sealed record AttachmentUpload
{
    /// <summary>The SHA-256 digest of the attachment's bytes, base64url without padding (as <c>AttachmentRef.sha256</c>).</summary>
    public required string Sha256 { get; init; }

    /// <summary>The attachment's whole length in bytes, as declared when its upload began.</summary>
    public required long Length { get; init; }

    /// <summary>How many bytes have arrived, from the first; the offset an interrupted upload resumes at.</summary>
    public required long Received { get; init; }

    /// <summary>True once all <see cref="Length"/> bytes arrived and their digest was found to be <see cref="Sha256"/>.</summary>
    public required bool IsComplete { get; init; }
}

/// <summary>
/// A node's attachment store (specification §15.7): content-addressed by SHA-256, filled by appends at a known offset so
/// an interrupted upload resumes where it stopped, and read as a stream so an attachment's size does not bound memory.
/// The node checks the digest before it calls <see cref="CompleteAttachmentAsync"/>; only complete attachments are handed to the
/// verifier. Implementations must be safe for concurrent use (two appends at the same offset: one wins, the other sees
/// the new state).
/// </summary>
public interface IAttachmentStore
{
    /// <summary>What the store holds under a digest.</summary>
    /// <param name="sha256">The digest.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The state, or null when nothing is held.</returns>
    ValueTask<AttachmentUpload?> GetAttachmentAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends bytes at <paramref name="offset"/>, atomically, only when the store holds exactly <paramref name="offset"/>
    /// bytes of an incomplete attachment begun with <paramref name="length"/> (or nothing, for offset 0: the upload
    /// begins). Otherwise nothing changes; the state returned tells the caller why.
    /// </summary>
    /// <param name="sha256">The digest.</param>
    /// <param name="length">The whole length declared by the uploader.</param>
    /// <param name="offset">Where the bytes go.</param>
    /// <param name="bytes">The bytes; <c>offset + bytes.Length</c> must not exceed <paramref name="length"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The state after the call.</returns>
    ValueTask<AttachmentUpload> AppendAttachmentAsync(string sha256, long length, long offset, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default);

    /// <summary>Opens the bytes held under a digest (complete or not), from the first, for reading.</summary>
    /// <param name="sha256">The digest.</param>
    /// <returns>A readable stream; the caller disposes it.</returns>
    /// <exception cref="KeyNotFoundException">Nothing is held under the digest.</exception>
    Stream OpenAttachment(string sha256);

    /// <summary>Marks an attachment whose bytes all arrived and matched the digest as complete.</summary>
    /// <param name="sha256">The digest.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task.</returns>
    ValueTask CompleteAttachmentAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>Removes what is held under a digest (bytes that did not match it).</summary>
    /// <param name="sha256">The digest.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task.</returns>
    ValueTask DeleteAttachmentAsync(string sha256, CancellationToken cancellationToken = default);
}

/// <summary>Helpers of the attachment binding: digests, manifests, and the store's checked completion.</summary>
public static class Attachments
{
    /// <summary>The media type of an attachment upload's body.</summary>
    public const string UploadMediaType = "application/octet-stream";

    /// <summary>True when <paramref name="value"/> has the form of <c>AttachmentRef.sha256</c>: 43 base64url characters.</summary>
    /// <param name="value">The candidate.</param>
    /// <returns>Whether it is a digest's spelling.</returns>
    public static bool IsDigest(string? value)
    {
        if (value is null || value.Length != 43)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_'))
            {
                return false;
            }
        }

        // 43 characters carry 258 bits for 256: the last one holds 4 bits of the digest and its 2 low bits must be zero.
        return "AEIMQUYcgkosw048".Contains(value[42], StringComparison.Ordinal);
    }

    /// <summary>The SHA-256 digest of a stream's bytes, base64url without padding, read to its end.</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The digest.</returns>
    public static async Task<string> Sha256Async(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Base64Url.EncodeToString(hash);
    }

    /// <summary>
    /// Checks what the store holds under <paramref name="sha256"/> once all its bytes arrived: marks it complete when
    /// their digest is <paramref name="sha256"/>, deletes it otherwise.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="sha256">The digest the bytes were uploaded under.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when the bytes matched and the attachment is complete.</returns>
    public static async Task<bool> CompleteCheckedAsync(this IAttachmentStore store, string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        string actual;
        await using (var stream = store.OpenAttachment(sha256))
        {
            actual = await Sha256Async(stream, cancellationToken).ConfigureAwait(false);
        }

        if (!string.Equals(actual, sha256, StringComparison.Ordinal))
        {
            await store.DeleteAttachmentAsync(sha256, cancellationToken).ConfigureAwait(false);
            return false;
        }

        await store.CompleteAttachmentAsync(sha256, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Adds a whole attachment to a store (a sender keeps what it will upload in its own store): streamed from
    /// <paramref name="content"/> in appends of at most <paramref name="chunkBytes"/>, then checked against its digest.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="content">The bytes; must be seekable or have a known length.</param>
    /// <param name="chunkBytes">Bytes per append; 1 MiB by default.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The digest the attachment is held under.</returns>
    public static async Task<string> AddAsync(this IAttachmentStore store, Stream content, int chunkBytes = 1 << 20, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkBytes, 1);
        var start = content.Position;
        var sha256 = await Sha256Async(content, cancellationToken).ConfigureAwait(false);
        var length = content.Position - start;
        content.Position = start;
        var state = await store.GetAttachmentAsync(sha256, cancellationToken).ConfigureAwait(false);
        if (state is { IsComplete: true })
        {
            return sha256;
        }

        if (state is not null)
        {
            await store.DeleteAttachmentAsync(sha256, cancellationToken).ConfigureAwait(false);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(chunkBytes);
        try
        {
            long offset = 0;
            while (offset < length)
            {
                var read = await content.ReadAtLeastAsync(buffer.AsMemory(0, (int)Math.Min(chunkBytes, length - offset)), 1, throwOnEndOfStream: true, cancellationToken).ConfigureAwait(false);
                var after = await store.AppendAttachmentAsync(sha256, length, offset, buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                if (after.Received != offset + read)
                {
                    throw new InvalidOperationException("Another writer is adding the same attachment; add it again.");
                }

                offset += read;
            }

            if (length == 0)
            {
                await store.AppendAttachmentAsync(sha256, 0, 0, ReadOnlyMemory<byte>.Empty, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return await store.CompleteCheckedAsync(sha256, cancellationToken).ConfigureAwait(false)
            ? sha256
            : throw new InvalidOperationException("The attachment changed while it was added.");
    }

    /// <summary>
    /// The attachment manifest of a message: every <c>AttachmentRef</c> (an object with string members <c>id</c> and
    /// <c>sha256</c>) under its <c>body</c>, with its pointer. Works on a signed envelope or a bare message.
    /// </summary>
    /// <param name="message">The message's root element.</param>
    /// <returns>The entries in document order.</returns>
    public static IReadOnlyList<AttachmentManifestEntry> Manifest(JsonElement message)
    {
        var entries = new List<AttachmentManifestEntry>();
        if (message.ValueKind == JsonValueKind.Object && message.TryGetProperty("body", out var body))
        {
            Collect(body, "/body", entries, 0);
        }

        return entries;
    }

    /// <summary>The attachment manifest of a signed envelope or message given as UTF-8 JSON.</summary>
    /// <param name="message">The bytes (already read strictly by whoever accepted them).</param>
    /// <returns>The entries in document order; empty when the bytes are not a JSON object.</returns>
    public static IReadOnlyList<AttachmentManifestEntry> Manifest(ReadOnlyMemory<byte> message)
    {
        try
        {
            using var document = JsonDocument.Parse(message, new JsonDocumentOptions { MaxDepth = 256 });
            return Manifest(document.RootElement);
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>
    /// The attachments a signed envelope carries (specification §15.7): the manifest entries whose id a signature's
    /// <c>sigD</c> names (<c>cid:&lt;id&gt;</c>) — what a sender uploads before posting the envelope. A manifest entry no
    /// signature names describes a document the message does not carry.
    /// </summary>
    /// <param name="envelope">The signed envelope's UTF-8 JSON.</param>
    /// <returns>The entries in manifest order, one per id; empty when the bytes are not a signed envelope.</returns>
    public static IReadOnlyList<AttachmentManifestEntry> Carried(ReadOnlyMemory<byte> envelope)
    {
        try
        {
            using var document = JsonDocument.Parse(envelope, new JsonDocumentOptions { MaxDepth = 256 });
            var root = document.RootElement;
            var named = new HashSet<string>(StringComparer.Ordinal);
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("signatures", out var signatures) && signatures.ValueKind == JsonValueKind.Array)
            {
                foreach (var signature in signatures.EnumerateArray())
                {
                    if (signature.ValueKind == JsonValueKind.Object && signature.TryGetProperty("protected", out var p) && p.ValueKind == JsonValueKind.String
                        && Base64UrlStrict.TryDecode(p.GetString()!, out var header))
                    {
                        using var protectedHeader = JsonDocument.Parse(header, new JsonDocumentOptions { MaxDepth = 16 });
                        if (protectedHeader.RootElement.ValueKind == JsonValueKind.Object
                            && protectedHeader.RootElement.TryGetProperty("sigD", out var sigD) && sigD.ValueKind == JsonValueKind.Object
                            && sigD.TryGetProperty("pars", out var pars) && pars.ValueKind == JsonValueKind.Array)
                        {
                            foreach (var par in pars.EnumerateArray())
                            {
                                if (par.ValueKind == JsonValueKind.String && par.GetString() is { } text && text.StartsWith("cid:", StringComparison.Ordinal))
                                {
                                    named.Add(text[4..]);
                                }
                            }
                        }
                    }
                }
            }

            return [.. Manifest(root).Where(e => named.Contains(e.Id)).DistinctBy(e => e.Id)];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static void Collect(JsonElement element, string pointer, List<AttachmentManifestEntry> entries, int depth)
    {
        if (depth > 256)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                    && element.TryGetProperty("sha256", out var sha) && sha.ValueKind == JsonValueKind.String)
                {
                    entries.Add(new AttachmentManifestEntry(id.GetString()!, sha.GetString()!, pointer));
                }

                foreach (var member in element.EnumerateObject())
                {
                    Collect(member.Value, pointer + "/" + JsonPointer.Escape(member.Name), entries, depth + 1);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, pointer + "/" + i++, entries, depth + 1);
                }

                break;
        }
    }

    /// <summary>
    /// A read-only stream over a sequence of chunks, read lazily: what a store that keeps an attachment as rows of chunks
    /// returns from <see cref="IAttachmentStore.OpenAttachment"/>. Disposing the stream disposes the enumeration (and
    /// with it whatever the enumeration holds open, such as the store's connection).
    /// </summary>
    /// <param name="chunks">The chunks in order; enumerated once, as the stream is read.</param>
    /// <returns>The stream.</returns>
    public static Stream ReadChunks(IEnumerable<ReadOnlyMemory<byte>> chunks) => new ChunkedReadStream(chunks);

    /// <summary>An attachment held complete in a store, for the verifier (opened once per digest computed).</summary>
    /// <param name="store">The store.</param>
    /// <param name="id">The attachment id of the manifest.</param>
    /// <param name="sha256">Its digest.</param>
    /// <returns>The attachment.</returns>
    public static EnvelopeAttachment FromStore(IAttachmentStore store, string id, string sha256)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new EnvelopeAttachment(id, () => store.OpenAttachment(sha256));
    }
}

/// <summary>A read-only stream over a sequence of chunks, read lazily (<see cref="Attachments.ReadChunks"/>).</summary>
internal sealed class ChunkedReadStream : Stream
{
    private readonly IEnumerator<ReadOnlyMemory<byte>> _chunks;
    private ReadOnlyMemory<byte> _current;
    private bool _ended;

    public ChunkedReadStream(IEnumerable<ReadOnlyMemory<byte>> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        _chunks = chunks.GetEnumerator();
    }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        while (_current.IsEmpty && !_ended)
        {
            if (_chunks.MoveNext())
            {
                _current = _chunks.Current;
            }
            else
            {
                _ended = true;
            }
        }

        var n = Math.Min(buffer.Length, _current.Length);
        _current.Span[..n].CopyTo(buffer);
        _current = _current[n..];
        return n;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _chunks.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>One <c>AttachmentRef</c> of a message's manifest.</summary>
/// <param name="Id">The attachment id, as <c>cid:&lt;id&gt;</c> in a signature's <c>sigD</c>.</param>
/// <param name="Sha256">The digest the manifest gives for its bytes.</param>
/// <param name="Pointer">The JSON Pointer of the manifest entry.</param>
public sealed record AttachmentManifestEntry(string Id, string Sha256, string Pointer);
