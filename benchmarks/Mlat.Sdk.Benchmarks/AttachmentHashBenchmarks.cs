using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// Hashing an attachment as a stream, as the signer and verifier do, against <see cref="SHA256.HashData(Stream)"/> over
/// the same stream. The attachment is generated while it is read (never held in memory, never on disk), so allocated
/// bytes measure the hashing alone: they must not grow with the size (specification §7.5). Expected time ratio ≈1.0.
/// </summary>
[Config(typeof(BenchConfig))]
public class AttachmentHashBenchmarks
{
    /// <summary>The attachment size in bytes: 1 MB, 100 MB, 1 GiB.</summary>
    [ParamsSource(typeof(BenchSizes), nameof(BenchSizes.Attachments))]
    public long Size { get; set; }

    [Benchmark(Baseline = true, Description = "raw: SHA256.HashData(stream)")]
    public int Sha256_HashData_stream()
    {
        using var stream = new GeneratedStream(Size);
        return SHA256.HashData(stream)[0];
    }

    [Benchmark(Description = "SDK: EnvelopeAttachment hash (SHA-256)")]
    public int Sdk_attachment_hash()
    {
        var attachment = new EnvelopeAttachment("att-1", () => new GeneratedStream(Size));
        return attachment.Hash(HashAlgorithmName.SHA256)[0];
    }

    /// <summary>A read-only stream of a repeating byte pattern that allocates nothing per read.</summary>
    internal sealed class GeneratedStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, length - _position);
            for (var i = 0; i < n; i++)
            {
                buffer[i] = (byte)(_position + i);
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
