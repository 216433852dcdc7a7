using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// Certificates a verifier has already decoded from <c>x5c</c>, keyed by the SHA-256 of their DER (for <c>x5c[0]</c> that
/// is the <c>x5t#S256</c> the header must carry), with what is derived from the certificate alone: its validity window,
/// the authority it names, whether its key may sign, and its public key per JWS algorithm. Loading a certificate and its
/// key is the largest fixed cost of a verification (benchmarks/README.md, "Where the time goes"); a node sees the same
/// few signer certificates again and again.
/// </summary>
/// <remarks>
/// Nothing that depends on a time is cached here: whether the certificate was valid at <c>iat</c>, the chain at
/// <c>iat</c> (the verifier's chain cache, with its own window), revocation and the age of a signature are judged on
/// every call, so a cached certificate gives exactly the findings a freshly loaded one gives. An entry is dropped once
/// the verifier's clock is past the certificate's notAfter and is not added after it: an expired certificate is loaded
/// afresh each time, as before the cache. Bounded: when full, expired entries are dropped; if it is still full, new
/// certificates are loaded per call and not kept. Only certificates that passed the DER and loading checks are kept, so
/// a hostile header cannot fill it with garbage, only with well-formed certificates, and never beyond the bound.
/// Cached certificates and keys are never disposed (a concurrent verification may be using one); an evicted one is left
/// to the finalizer. Thread-safe.
/// </remarks>
internal sealed class CertificateCache
{
    internal const int DefaultCapacity = 1024;

    private readonly ConcurrentDictionary<Sha256Key, Entry> _entries = new();
    private readonly TimeProvider _time;
    private readonly int _capacity;

    public CertificateCache(TimeProvider time, int capacity = DefaultCapacity)
    {
        _time = time;
        _capacity = capacity;
    }

    /// <summary>How many certificates are cached (for tests).</summary>
    internal int Count => _entries.Count;

    /// <summary>
    /// The entry for a certificate whose DER is exactly <paramref name="der"/>, or null when there is none or it has
    /// expired (then it is dropped).
    /// </summary>
    public Entry? Find(ReadOnlySpan<byte> der)
    {
        var key = Sha256Key.Of(der);
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (_time.GetUtcNow() > entry.NotAfter)
        {
            _entries.TryRemove(new KeyValuePair<Sha256Key, Entry>(key, entry));
            return null;
        }

        // The key is a collision-resistant hash, but the bytes are compared anyway: the cache must never change a result.
        return entry.Der.AsSpan().SequenceEqual(der) ? entry : null;
    }

    /// <summary>
    /// Keeps <paramref name="certificate"/>, loaded from <paramref name="der"/> after the DER checks. Returns true when
    /// the cache took ownership of it (the caller must then not dispose it), false when it is expired or the cache is
    /// full.
    /// </summary>
    public bool TryAdd(byte[] der, X509Certificate2 certificate)
    {
        var now = _time.GetUtcNow();
        var entry = new Entry(der, certificate);
        try
        {
            if (now > entry.NotAfter)
            {
                return false;
            }
        }
        catch (CryptographicException)
        {
            // Not kept; the verifier meets the same failure where it reads the validity and reports it there.
            return false;
        }

        if (_entries.Count >= _capacity)
        {
            foreach (var pair in _entries)
            {
                if (now > pair.Value.NotAfter)
                {
                    _entries.TryRemove(pair);
                }
            }

            if (_entries.Count >= _capacity)
            {
                return false;
            }
        }

        return _entries.TryAdd(Sha256Key.Of(der), entry);
    }

    /// <summary>A certificate and what is derived from it alone.</summary>
    internal sealed class Entry : IDisposable
    {
        private readonly ConcurrentDictionary<string, (AsymmetricAlgorithm? Key, string? Code)> _keys = new(StringComparer.Ordinal);
        private readonly Lazy<string?> _authority;
        private readonly Lazy<bool?> _maySign;
        private readonly Lazy<DateTimeOffset> _notBefore;
        private readonly Lazy<DateTimeOffset> _notAfter;

        public Entry(byte[] der, X509Certificate2 certificate)
        {
            Der = der;
            Certificate = certificate;

            // Read when first needed, where the verifier read them before the cache (a failure is then reported in the
            // same place); PublicationOnly so that an exception is not cached but thrown again.
            _notBefore = new(() => new DateTimeOffset(certificate.NotBefore.ToUniversalTime()), LazyThreadSafetyMode.PublicationOnly);
            _notAfter = new(() => new DateTimeOffset(certificate.NotAfter.ToUniversalTime()), LazyThreadSafetyMode.PublicationOnly);
            _authority = new(() => SignerCertificate.AuthorityOf(certificate), LazyThreadSafetyMode.ExecutionAndPublication);
            _maySign = new(() => SignerCertificate.MaySign(certificate), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public byte[] Der { get; }

        public X509Certificate2 Certificate { get; }

        public DateTimeOffset NotBefore => _notBefore.Value;

        public DateTimeOffset NotAfter => _notAfter.Value;

        /// <summary><see cref="SignerCertificate.AuthorityOf"/> of the certificate.</summary>
        public string? AuthorityId => _authority.Value;

        /// <summary><see cref="SignerCertificate.MaySign"/> of the certificate.</summary>
        public bool? MaySign => _maySign.Value;

        /// <summary><see cref="SignerCertificate.LoadKey"/> for <paramref name="alg"/>, once per algorithm; the key belongs to the entry.</summary>
        public AsymmetricAlgorithm? Key(string alg, out string? code)
        {
            var outcome = _keys.GetOrAdd(alg, static (a, certificate) => (SignerCertificate.LoadKey(certificate, a, out var c), c), Certificate);
            code = outcome.Code;
            return outcome.Key;
        }

        /// <summary>Disposes the certificate and keys of an entry that was never cached.</summary>
        public void Dispose()
        {
            foreach (var pair in _keys)
            {
                pair.Value.Key?.Dispose();
            }

            Certificate.Dispose();
        }
    }

    /// <summary>A SHA-256 digest as a value, so a lookup allocates nothing.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Sha256Key(ulong A, ulong B, ulong C, ulong D)
    {
        public static Sha256Key Of(ReadOnlySpan<byte> data)
        {
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(data, hash);
            return new Sha256Key(
                BitConverter.ToUInt64(hash[..8]),
                BitConverter.ToUInt64(hash[8..16]),
                BitConverter.ToUInt64(hash[16..24]),
                BitConverter.ToUInt64(hash[24..]));
        }
    }
}
