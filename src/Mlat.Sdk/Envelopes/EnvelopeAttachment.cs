using System.Security.Cryptography;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// An attachment signed or verified beside an envelope, named by the id its <c>AttachmentRef</c> gives it and listed in
/// <c>sigD</c> as <c>cid:&lt;id&gt;</c>. Its bytes are read as a stream each time they are hashed, so memory stays flat
/// whatever the size (specification §7.5, §16).
/// </summary>
public sealed class EnvelopeAttachment
{
    private readonly Func<Stream> _open;

    /// <summary>Creates an attachment whose bytes come from a stream the callback opens (and the SDK disposes).</summary>
    /// <param name="id">The attachment id, as in the message's <c>AttachmentRef.id</c>.</param>
    /// <param name="open">Opens a readable stream positioned at the first byte; called once per hash.</param>
    public EnvelopeAttachment(string id, Func<Stream> open)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(open);
        Id = id;
        _open = open;
    }

    /// <summary>The attachment id.</summary>
    public string Id { get; }

    /// <summary>An attachment read from a file.</summary>
    /// <param name="id">The attachment id.</param>
    /// <param name="path">Path of the file.</param>
    /// <returns>The attachment.</returns>
    public static EnvelopeAttachment FromFile(string id, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new EnvelopeAttachment(id, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan));
    }

    /// <summary>An attachment held in memory.</summary>
    /// <param name="id">The attachment id.</param>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The attachment.</returns>
    public static EnvelopeAttachment FromBytes(string id, ReadOnlyMemory<byte> bytes)
        => new(id, () => System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false));

    /// <summary>
    /// The digest of the attachment's bytes, or — for a JAdES header without <c>"b64": false</c> (ETSI TS 119 182-1
    /// §5.2.8.3.3) — of their base64url encoding, computed while streaming.
    /// </summary>
    internal byte[] Hash(HashAlgorithmName hash, bool base64UrlEncoded = false)
    {
        var sink = new DigestSink([(hash, base64UrlEncoded)]);
        using (var stream = _open())
        {
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(ChunkSize);
            try
            {
                int read;
                while ((read = stream.Read(buffer, 0, ChunkSize)) > 0)
                {
                    sink.Append(buffer.AsSpan(0, read));
                }
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        return sink.Finish()[(hash, base64UrlEncoded)];
    }

    /// <summary>
    /// Every digest in <paramref name="needs"/> from one pass over the attachment, read with asynchronous reads only
    /// (the async signing and verification paths: a large file never blocks a thread).
    /// </summary>
    internal async ValueTask<Dictionary<(HashAlgorithmName Hash, bool Base64UrlEncoded), byte[]>> HashAsync(
        IReadOnlyCollection<(HashAlgorithmName Hash, bool Base64UrlEncoded)> needs, CancellationToken cancellationToken)
    {
        var sink = new DigestSink(needs);
        var stream = _open();
        await using (stream.ConfigureAwait(false))
        {
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(ChunkSize);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    sink.Append(buffer.AsSpan(0, read));
                }
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        return sink.Finish();
    }

    private const int ChunkSize = 81918; // a multiple of 3, so base64url chunks concatenate without a carry most of the time

    /// <summary>
    /// Several digests of one byte sequence fed in chunks: of the bytes themselves, or of their unpadded base64url
    /// encoding (a JAdES <c>sigD</c> without <c>"b64": false</c>, TS 119 182-1 §5.2.8.3.3).
    /// </summary>
    private sealed class DigestSink
    {
        private readonly List<((HashAlgorithmName Hash, bool Base64UrlEncoded) Need, IncrementalHash Hash)> _hashes = [];
        private readonly byte[] _carry = new byte[2];
        private int _carried;

        public DigestSink(IEnumerable<(HashAlgorithmName Hash, bool Base64UrlEncoded)> needs)
        {
            foreach (var need in needs.Distinct())
            {
                _hashes.Add((need, IncrementalHash.CreateHash(need.Hash)));
            }
        }

        private bool AnyEncoded => _hashes.Exists(h => h.Need.Base64UrlEncoded);

        public void Append(ReadOnlySpan<byte> chunk)
        {
            foreach (var (need, hash) in _hashes)
            {
                if (!need.Base64UrlEncoded)
                {
                    hash.AppendData(chunk);
                }
            }

            if (!AnyEncoded)
            {
                return;
            }

            // Encode whole 3-byte groups only, so the chunks' encodings concatenate to the encoding of the whole.
            var joined = new byte[_carried + chunk.Length];
            _carry.AsSpan(0, _carried).CopyTo(joined);
            chunk.CopyTo(joined.AsSpan(_carried));
            var whole = joined.Length - (joined.Length % 3);
            AppendEncoded(joined.AsSpan(0, whole));
            _carried = joined.Length - whole;
            joined.AsSpan(whole, _carried).CopyTo(_carry);
        }

        public Dictionary<(HashAlgorithmName Hash, bool Base64UrlEncoded), byte[]> Finish()
        {
            if (AnyEncoded)
            {
                AppendEncoded(_carry.AsSpan(0, _carried));
            }

            var digests = new Dictionary<(HashAlgorithmName, bool), byte[]>();
            foreach (var (need, hash) in _hashes)
            {
                digests[need] = hash.GetHashAndReset();
                hash.Dispose();
            }

            return digests;
        }

        private void AppendEncoded(ReadOnlySpan<byte> bytes)
        {
            var encoded = System.Text.Encoding.ASCII.GetBytes(Base64UrlStrict.Encode(bytes));
            foreach (var (need, hash) in _hashes)
            {
                if (need.Base64UrlEncoded)
                {
                    hash.AppendData(encoded);
                }
            }
        }
    }
}
