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
    internal byte[] Hash(HashAlgorithmName hash, bool base64UrlEncoded)
    {
        if (!base64UrlEncoded)
        {
            return Hash(hash);
        }

        using var stream = _open();
        using var incremental = IncrementalHash.CreateHash(hash);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        var carry = new byte[2];
        var carried = 0;
        try
        {
            int read;
            while ((read = stream.Read(buffer, carried, 81918 - carried)) > 0)
            {
                // Encode whole 3-byte groups only, so the chunks concatenate to the encoding of the whole.
                carry.AsSpan(0, carried).CopyTo(buffer);
                var total = carried + read;
                var whole = total - (total % 3);
                incremental.AppendData(System.Text.Encoding.ASCII.GetBytes(Base64UrlStrict.Encode(buffer.AsSpan(0, whole))));
                carried = total - whole;
                buffer.AsSpan(whole, carried).CopyTo(carry);
            }

            incremental.AppendData(System.Text.Encoding.ASCII.GetBytes(Base64UrlStrict.Encode(carry.AsSpan(0, carried))));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        return incremental.GetHashAndReset();
    }

    internal byte[] Hash(HashAlgorithmName hash)
    {
        using var stream = _open();
        using var incremental = IncrementalHash.CreateHash(hash);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                incremental.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        return incremental.GetHashAndReset();
    }
}
