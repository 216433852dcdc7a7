using Mlat.Sdk.Envelopes;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

/// <summary>
/// <see cref="EnvelopeSigner.SignAsync"/> and <see cref="EnvelopeVerifier.VerifyAsync(ReadOnlyMemory{byte}, IEnumerable{EnvelopeAttachment}?, CancellationToken)"/>
/// read attachments with asynchronous reads only: a stream that refuses synchronous reads still signs and verifies,
/// with the same digests as the synchronous path.
/// </summary>
public sealed class AsyncAttachmentTests
{
    private static readonly byte[] Evidence = [.. Enumerable.Range(0, 200_003).Select(i => (byte)(i * 31 % 251))];

    private static EnvelopeAttachment AsyncOnly(string id, byte[] bytes) => new(id, () => new AsyncOnlyStream(bytes));

    [Fact]
    public async Task SignAsync_and_VerifyAsync_never_read_an_attachment_synchronously()
    {
        using var key = Issuer.CreateSigningKey();
        var signed = await Signer().SignAsync(Envelope(), key, SignerRole.Issuing, [AsyncOnly("A1", Evidence)]);
        Assert.True(signed.IsSuccess, string.Join(",", signed.Findings.Select(f => f.Code)));

        var verified = await Verifier().VerifyAsync(signed.Envelope!, [AsyncOnly("A1", Evidence)]);
        Assert.True(verified.IsSuccess, string.Join(",", verified.Findings.Select(f => f.Code)));
        Assert.Equal([0], Assert.Single(verified.Attachments).CoveringSignatures);

        // The synchronous path reads the same bytes from an ordinary stream and agrees on the digest.
        var synchronous = Verifier().Verify(signed.Envelope!, [EnvelopeAttachment.FromBytes("A1", Evidence)]);
        Assert.True(synchronous.IsSuccess);
        Assert.Throws<NotSupportedException>(() => Verifier().Verify(signed.Envelope!, [AsyncOnly("A1", Evidence)]));
    }

    [Fact]
    public async Task VerifyAsync_refuses_an_altered_attachment_with_the_digest_code()
    {
        using var key = Issuer.CreateSigningKey();
        var signed = Signer().Sign(Envelope(), key, SignerRole.Issuing, [EnvelopeAttachment.FromBytes("A1", Evidence)]).EnvelopeOrThrow();
        var altered = (byte[])Evidence.Clone();
        altered[100_000] ^= 1;

        var result = await Verifier().VerifyAsync(signed, [AsyncOnly("A1", altered)]);

        Assert.False(result.IsSuccess);
        Assert.Contains(FindingCodes.SigAttachmentDigest, Codes(result));
    }

    [Fact]
    public async Task SignAsync_stops_when_cancelled()
    {
        using var key = Issuer.CreateSigningKey();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Signer().SignAsync(Envelope(), key, SignerRole.Issuing, [AsyncOnly("A1", Evidence)], cancellationToken: cts.Token));
    }

    /// <summary>A stream whose synchronous reads throw, as a network or pipe stream may prefer.</summary>
    private sealed class AsyncOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes, writable: false);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("synchronous read");

        public override int Read(Span<byte> buffer) => throw new NotSupportedException("synchronous read");

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return _inner.Read(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
