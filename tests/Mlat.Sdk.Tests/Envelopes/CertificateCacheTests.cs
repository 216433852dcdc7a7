using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

/// <summary>
/// The verifier's cache of decoded x5c certificates (issue 17 point 3): it saves loading a certificate and its key on
/// every call, and must never change a result — not when the certificate expires between two calls, not for a
/// signature whose iat lies outside a cached certificate's validity, not when a caller disposes the certificate a result
/// hands out — and it stays bounded.
/// </summary>
public sealed class CertificateCacheTests : IDisposable
{
    // A signer certificate valid for one more hour at Now; its root for years.
    private static readonly DateTimeOffset NotAfter = Now.AddHours(1);
    private readonly TestPkiBundle _shortLived = TestPki.Generate(CountryCode.DE, Sender, JwsAlgorithms.ES256, [SignerRole.Issuing], Now.AddDays(-1), NotAfter);

    public void Dispose() => _shortLived.Dispose();

    private byte[] SignedAt(DateTimeOffset at)
    {
        using var key = _shortLived.CreateSigningKey();
        var createdAt = at.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var result = Signer(at).Sign(Envelope(createdAt: createdAt), key, SignerRole.Issuing);
        Assert.True(result.IsSuccess);
        return result.Envelope!;
    }

    private EnvelopeVerifier VerifierAt(ManualTimeProvider clock)
        => new(_shortLived.TrustList, new VerificationPolicy { VerifierAuthorityId = Recipient }, clock);

    private static IReadOnlyList<(string Code, string Pointer)> Outcome(VerificationResult result)
        => [.. result.Findings.Select(f => (f.Code, f.Pointer))];

    [Fact]
    public void Verify_caches_the_leaf_and_root_once_and_gives_the_same_result_from_the_cache()
    {
        var clock = new ManualTimeProvider(Now);
        var verifier = VerifierAt(clock);
        Assert.Equal(0, verifier.CachedCertificateCount);

        var first = verifier.Verify(SignedAt(Now));
        Assert.True(first.IsSuccess, string.Join(",", Codes(first)));
        Assert.Equal(2, verifier.CachedCertificateCount);

        var second = verifier.Verify(SignedAt(Now));
        Assert.True(second.IsSuccess, string.Join(",", Codes(second)));
        Assert.Equal(2, verifier.CachedCertificateCount);
        Assert.Equal(first.Signatures[0].Certificate.RawData, second.Signatures[0].Certificate.RawData);
    }

    [Fact]
    public void Verify_drops_a_cached_certificate_that_expired_between_two_calls_and_judges_as_a_fresh_verifier_does()
    {
        var clock = new ManualTimeProvider(Now);
        var verifier = VerifierAt(clock);
        Assert.True(verifier.Verify(SignedAt(Now)).IsSuccess);
        Assert.Equal(2, verifier.CachedCertificateCount);

        // The certificate expires; a message it signed while valid still verifies (iat within its validity), one it
        // "signed" after expiry does not, exactly as for a verifier that never cached it.
        clock.Now = NotAfter.AddHours(1);
        var signedBefore = SignedAt(Now);
        var signedAfter = SignedAt(NotAfter.AddMinutes(30));
        var cachedBefore = verifier.Verify(signedBefore);
        var cachedAfter = verifier.Verify(signedAfter);
        var fresh = VerifierAt(new ManualTimeProvider(clock.Now));

        Assert.True(cachedBefore.IsSuccess, string.Join(",", Codes(cachedBefore)));
        Assert.Equal(Outcome(fresh.Verify(signedBefore)), Outcome(cachedBefore));
        Assert.Equal(Outcome(VerifierAt(new ManualTimeProvider(clock.Now)).Verify(signedAfter)), Outcome(cachedAfter));
        Assert.Contains(FindingCodes.TrustCertificateNotValidAtIat, Codes(cachedAfter));

        // The expired leaf is no longer kept (nor added again); the root, valid for years, is.
        Assert.Equal(1, verifier.CachedCertificateCount);
    }

    [Fact]
    public void Verify_with_the_leaf_cached_still_refuses_an_iat_after_its_notAfter()
    {
        var clock = new ManualTimeProvider(Now);
        var verifier = VerifierAt(clock);
        Assert.True(verifier.Verify(SignedAt(Now)).IsSuccess);

        // The clock has not reached notAfter, so the entry is used; the signature claims a time after it.
        clock.Now = NotAfter.AddMinutes(-1);
        var late = verifier.Verify(SignedAt(NotAfter.AddMinutes(2)));

        Assert.Equal(2, verifier.CachedCertificateCount);
        Assert.Equal([(FindingCodes.TrustCertificateNotValidAtIat, "/signatures/0/protected")], Outcome(late));
    }

    [Fact]
    public void Disposing_the_certificate_of_a_result_leaves_the_cached_one_usable()
    {
        var verifier = VerifierAt(new ManualTimeProvider(Now));
        var first = verifier.Verify(SignedAt(Now));
        Assert.True(first.IsSuccess);
        first.Signatures[0].Certificate.Dispose();

        var second = verifier.Verify(SignedAt(Now));

        Assert.True(second.IsSuccess, string.Join(",", Codes(second)));
        Assert.Equal(_shortLived.SignerCertificate.RawData, second.Signatures[0].Certificate.RawData);
    }

    [Fact]
    public void Cache_keeps_no_more_than_its_capacity_and_makes_room_by_dropping_expired_entries()
    {
        var clock = new ManualTimeProvider(Now);
        var cache = new CertificateCache(clock, capacity: 2);
        using var other = TestPki.Generate(CountryCode.FR, Recipient, JwsAlgorithms.ES256, null, Now.AddDays(-1), Now.AddYears(1));
        var leaf = _shortLived.SignerCertificate.RawData;
        var root = _shortLived.RootCertificate.RawData;
        var third = other.SignerCertificate.RawData;

        Assert.True(cache.TryAdd(leaf, X509CertificateLoader.LoadCertificate(leaf)));
        Assert.True(cache.TryAdd(root, X509CertificateLoader.LoadCertificate(root)));
        using (var refused = X509CertificateLoader.LoadCertificate(third))
        {
            Assert.False(cache.TryAdd(third, refused));
        }

        Assert.Equal(2, cache.Count);
        Assert.Null(cache.Find(third));
        Assert.NotNull(cache.Find(leaf));

        // Once the short-lived leaf has expired, adding makes room by dropping it.
        clock.Now = NotAfter.AddSeconds(1);
        Assert.True(cache.TryAdd(third, X509CertificateLoader.LoadCertificate(third)));
        Assert.Equal(2, cache.Count);
        Assert.Null(cache.Find(leaf));
        Assert.NotNull(cache.Find(third));
        Assert.NotNull(cache.Find(root));
    }

    [Fact]
    public void Cache_refuses_an_expired_certificate_and_finds_nothing_for_other_bytes()
    {
        var clock = new ManualTimeProvider(NotAfter.AddDays(1));
        var cache = new CertificateCache(clock);
        var leaf = _shortLived.SignerCertificate.RawData;
        using (var expired = X509CertificateLoader.LoadCertificate(leaf))
        {
            Assert.False(cache.TryAdd(leaf, expired));
        }

        var root = _shortLived.RootCertificate.RawData;
        Assert.True(cache.TryAdd(root, X509CertificateLoader.LoadCertificate(root)));
        var altered = (byte[])root.Clone();
        altered[^1] ^= 1;
        Assert.Null(cache.Find(altered));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Cached_key_is_loaded_once_per_algorithm_with_the_codes_of_a_fresh_load()
    {
        var root = _shortLived.RootCertificate.RawData;
        using var entry = new CertificateCache.Entry(root, X509CertificateLoader.LoadCertificate(root));

        var key = entry.Key(JwsAlgorithms.ES256, out var code);
        Assert.Null(code);
        Assert.Same(key, entry.Key(JwsAlgorithms.ES256, out _));
        Assert.Null(entry.Key(JwsAlgorithms.ES384, out var wrongCurve));
        Assert.Equal(FindingCodes.SigAlgKeyMismatch, wrongCurve);
        Assert.Null(entry.Key(JwsAlgorithms.PS256, out var wrongType));
        Assert.Equal(FindingCodes.SigAlgKeyMismatch, wrongType);
        Assert.False(entry.MaySign);
        Assert.Null(entry.AuthorityId);
    }

    [Fact]
    public void Span_decoder_accepts_and_refuses_exactly_what_the_string_decoder_does()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var samples = new List<string> { string.Empty, "A", "AA=", "A A", "QQ", "QR", "QUE", "QUF", "+/", "\u00e9A", "AAAA", "AAAAB" };
        foreach (var a in alphabet)
        {
            foreach (var b in alphabet)
            {
                samples.Add(string.Concat(a, b));
                samples.Add(string.Concat("AAAA", a, b, "E"));
                samples.Add(string.Concat("AAA", a, b));
            }
        }

        var buffer = new byte[64];
        foreach (var text in samples)
        {
            // The definition of RFC 7515 §2 by re-encoding: the alphabet only, and the one encoding of the bytes.
            byte[]? reference = null;
            try
            {
                var decoded = System.Buffers.Text.Base64Url.DecodeFromChars(text);
                reference = text.All(c => alphabet.Contains(c)) && System.Buffers.Text.Base64Url.EncodeToString(decoded) == text ? decoded : null;
            }
            catch (FormatException)
            {
            }

            var utf8 = System.Text.Encoding.UTF8.GetBytes(text);
            Assert.True(Base64UrlStrict.TryDecode(text, out var fromString) == reference is not null, text);
            Assert.True(Base64UrlStrict.TryDecode(utf8, out var fromUtf8) == reference is not null, text);
            Assert.True(Base64UrlStrict.TryDecode(utf8, buffer, out var written) == reference is not null, text);
            Assert.True(Base64UrlStrict.TryDecode(text.AsSpan(), buffer.AsSpan(32), out var writtenFromChars) == reference is not null, text);
            if (reference is not null)
            {
                Assert.Equal(reference, fromString);
                Assert.Equal(reference, fromUtf8);
                Assert.Equal(reference, buffer[..written]);
                Assert.Equal(reference, buffer[32..(32 + writtenFromChars)]);
                Assert.Equal(reference.Length, Base64UrlStrict.DecodedLength(text.Length));
            }
        }
    }
}
