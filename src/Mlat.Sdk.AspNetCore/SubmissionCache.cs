using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;

namespace Mlat.Sdk.AspNetCore;

/// <summary>
/// The node's shared submission cache (<see cref="MlatNodeOptions.UseDistributedCache"/>): the receipt of an accepted
/// submission under the digest of its exact bytes, and an in-flight mark while an instance processes them. It only
/// saves work; the inbox's one atomic insert decides what is stored, so a lost or stale cache entry can cost a second
/// run of the pipeline, never a second stored message or another receipt.
/// </summary>
internal sealed class SubmissionCache(IDistributedCache cache, MlatNodeOptions options)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan ClaimLifetime = TimeSpan.FromSeconds(30);
    private static readonly byte[] Mark = [1];

    /// <summary>
    /// The key of one submission to one node: the receiving authority, the media type and the exact bytes. Only the same
    /// bytes under the same media type to the same receiver can be answered from the cache; a re-encrypted resend has
    /// other bytes and goes through the pipeline, where the inbox answers it.
    /// </summary>
    public static string Key(string receiver, string? mediaType, ReadOnlySpan<byte> body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(receiver));
        hash.AppendData([0]);
        hash.AppendData(Encoding.UTF8.GetBytes((mediaType ?? string.Empty).Trim().ToLowerInvariant()));
        hash.AppendData([0]);
        hash.AppendData(body);
        return "mlat:submission:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The cached receipt of these bytes; or, when none, null after marking them in flight — unless another instance
    /// holds the mark, in which case its receipt is awaited for at most <see cref="MlatNodeOptions.InFlightWait"/>.
    /// IDistributedCache has no atomic add, so two instances that look at the same moment may both proceed: the inbox
    /// decides between them.
    /// </summary>
    public async Task<byte[]?> ReceiptOrClaimAsync(string key, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(key, cancellationToken).ConfigureAwait(false) is { Length: > 0 } receipt)
        {
            return receipt;
        }

        var claim = key + ":in-flight";
        if (await cache.GetAsync(claim, cancellationToken).ConfigureAwait(false) is null)
        {
            await cache.SetAsync(claim, Mark, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = ClaimLifetime }, cancellationToken).ConfigureAwait(false);
            return null;
        }

        // A wait on another instance's work, counted in polls: not a time of day, so not the node's TimeProvider.
        for (var waited = TimeSpan.Zero; waited < options.InFlightWait; waited += Poll)
        {
            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
            if (await cache.GetAsync(key, cancellationToken).ConfigureAwait(false) is { Length: > 0 } awaited)
            {
                return awaited;
            }
        }

        return null;
    }

    /// <summary>Keeps the receipt of bytes the inbox holds, and lifts the in-flight mark.</summary>
    public async Task StoreAsync(string key, ReadOnlyMemory<byte> receipt, CancellationToken cancellationToken)
    {
        if (receipt.IsEmpty)
        {
            throw new ArgumentException("A receipt has bytes.", nameof(receipt));
        }

        await cache.SetAsync(key, receipt.ToArray(), new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.CachedReceiptLifetime }, cancellationToken).ConfigureAwait(false);
        await cache.RemoveAsync(key + ":in-flight", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lifts the in-flight mark of bytes that were not accepted (refused, conflicting, or the store failed).</summary>
    public Task ReleaseAsync(string key, CancellationToken cancellationToken) => cache.RemoveAsync(key + ":in-flight", cancellationToken);
}
