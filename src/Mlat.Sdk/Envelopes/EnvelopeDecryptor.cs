using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Envelopes;

/// <summary>What a decryptor accepts (specification §9). Immutable.</summary>
public sealed record DecryptionPolicy
{
    /// <summary>The default policy: every algorithm of the standard, 64 MiB.</summary>
    public static DecryptionPolicy Default { get; } = new();

    /// <summary>Accepted key management algorithms; <see cref="JweAlgorithms.KeyManagement"/> by default.</summary>
    public IReadOnlyList<string> AcceptedKeyManagement { get; init; } = JweAlgorithms.KeyManagement;

    /// <summary>Accepted content encryption algorithms; <see cref="JweAlgorithms.ContentEncryption"/> by default.</summary>
    public IReadOnlyList<string> AcceptedContentEncryption { get; init; } = JweAlgorithms.ContentEncryption;

    /// <summary>The longest compact JWE accepted, in characters; checked before anything is decoded.</summary>
    public int MaxLength { get; init; } = 64 * 1024 * 1024;
}

/// <summary>The outcome of <see cref="EnvelopeDecryptor.Decrypt(string)"/>.</summary>
public sealed class DecryptionResult : IMlatResult
{
    private readonly ReadOnlyMemory<byte>? _plaintext;

    internal DecryptionResult(ReadOnlyMemory<byte>? plaintext, IReadOnlyList<Finding> findings, string? algorithm, string? encryption)
    {
        _plaintext = plaintext;
        Findings = findings;
        Algorithm = algorithm;
        Encryption = encryption;
    }

    /// <summary>True when the JWE was decrypted and its tag verified.</summary>
    public bool IsSuccess => _plaintext is not null;

    /// <summary>The plaintext (normally a signed envelope, still to be verified); null on failure.</summary>
    public ReadOnlyMemory<byte>? Plaintext => _plaintext;

    /// <summary>Why decryption failed (<c>MLAT-ENC-*</c>); empty on success.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The <c>alg</c> of the header, once read.</summary>
    public string? Algorithm { get; }

    /// <summary>The <c>enc</c> of the header, once read.</summary>
    public string? Encryption { get; }

    /// <summary>Returns the plaintext or throws <see cref="MlatException"/> carrying the findings.</summary>
    /// <exception cref="MlatException">The JWE could not be decrypted.</exception>
    public ReadOnlyMemory<byte> PlaintextOrThrow() => MlatException.Unless(this, Plaintext);
}

/// <summary>
/// Decrypts compact JWEs addressed to one private key, with algorithm allow-lists; bad input gives coded findings
/// (<c>MLAT-ENC-*</c>), never an exception. Thread-safe for keys that are (the .NET implementations are).
/// </summary>
public sealed class EnvelopeDecryptor : IDisposable
{
    private static readonly ReaderLimits HeaderLimits = new() { MaxBytes = 64 * 1024, MaxDepth = 8 };

    private readonly AsymmetricAlgorithm _key;
    private readonly DecryptionPolicy _policy;
    private readonly bool _ownsKey;

    /// <summary>Creates a decryptor for a private key the caller holds and keeps ownership of.</summary>
    /// <param name="privateKey">An <see cref="ECDiffieHellman"/>, <see cref="ECDsa"/> (exportable) or <see cref="RSA"/> private key.</param>
    /// <param name="policy">Allow-lists and limits; <see cref="DecryptionPolicy.Default"/> when null.</param>
    public EnvelopeDecryptor(AsymmetricAlgorithm privateKey, DecryptionPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        if (privateKey is not (ECDiffieHellman or ECDsa or RSA))
        {
            throw new ArgumentException("Only EC and RSA keys decrypt.", nameof(privateKey));
        }

        _key = privateKey;
        _policy = policy ?? DecryptionPolicy.Default;
    }

    private EnvelopeDecryptor(AsymmetricAlgorithm privateKey, DecryptionPolicy? policy, bool ownsKey)
        : this(privateKey, policy)
    {
        _ownsKey = ownsKey;
    }

    /// <summary>Creates a decryptor from an unencrypted PKCS#8 PEM private key (EC or RSA); the decryptor owns the key.</summary>
    /// <param name="pkcs8Pem">The PEM text (<c>PRIVATE KEY</c>).</param>
    /// <param name="policy">Allow-lists and limits; <see cref="DecryptionPolicy.Default"/> when null.</param>
    /// <returns>The decryptor; dispose it to release the key.</returns>
    /// <exception cref="ArgumentException">The PEM is not a readable EC or RSA PKCS#8 key.</exception>
    public static EnvelopeDecryptor FromPem(string pkcs8Pem, DecryptionPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(pkcs8Pem);
        var ec = ECDiffieHellman.Create();
        try
        {
            ec.ImportFromPem(pkcs8Pem);
            return new EnvelopeDecryptor(ec, policy, ownsKey: true);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            ec.Dispose();
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pkcs8Pem);
            return new EnvelopeDecryptor(rsa, policy, ownsKey: true);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
            throw new ArgumentException("The PEM is not a readable EC or RSA PKCS#8 private key.", nameof(pkcs8Pem), e);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsKey)
        {
            _key.Dispose();
        }
    }

    /// <summary>Decrypts a compact JWE.</summary>
    /// <param name="compact">The JWE in compact serialisation.</param>
    /// <returns>The plaintext, or the findings.</returns>
    public DecryptionResult Decrypt(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return DecryptCore(compact.AsSpan());
    }

    /// <summary>
    /// Decrypts a compact JWE given as the ASCII bytes it arrived in (an HTTP body), without making a string of it.
    /// </summary>
    /// <param name="utf8Compact">The JWE in compact serialisation, as ASCII (UTF-8) bytes.</param>
    /// <returns>The plaintext, or the findings.</returns>
    public DecryptionResult Decrypt(ReadOnlyMemory<byte> utf8Compact) => DecryptCore(utf8Compact.Span);

    // One array is allocated in proportion to the message: the ciphertext is decoded from its span of the compact text
    // straight into it and decrypted there, and the plaintext is returned as a slice of it. No part is split into a
    // string, and no base64 text is re-encoded to check it (specification §9; benchmarks/README.md, EncryptionBenchmarks).
    private DecryptionResult DecryptCore<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IEquatable<T>
    {
        if (text.Length > _policy.MaxLength)
        {
            return Fail(FindingCodes.EncTooLarge, "The JWE exceeds the maximum length.");
        }

        Span<Range> parts = stackalloc Range[5];
        if (!SplitFive(text, parts))
        {
            return Fail(FindingCodes.EncMalformed, "A compact JWE has five parts.");
        }

        var ciphertextText = text[parts[3]];
        var ciphertext = GC.AllocateUninitializedArray<byte>(Base64UrlStrict.DecodedLength(ciphertextText.Length));
        if (!TryDecode(text[parts[0]], out var headerBytes) || !TryDecode(text[parts[1]], out var encryptedKey)
            || !TryDecode(text[parts[2]], out var iv) || !TryDecode(text[parts[4]], out var tag) || !TryDecode(ciphertextText, ciphertext))
        {
            return Fail(FindingCodes.EncMalformed, "A part is not strict base64url.");
        }

        // The one strict decoding path (docs/security.md): no duplicate member, no escaped lone surrogate, I-JSON numbers.
        var header = StrictJsonReader.Parse(headerBytes, HeaderLimits, out _);
        if (header is null)
        {
            return Fail(FindingCodes.EncMalformed, "The protected header is not strict I-JSON (UTF-8, no duplicate member, no lone surrogate).");
        }

        using (header)
        {
            var root = header.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(FindingCodes.EncMalformed, "The protected header is not a JSON object.");
            }

            var alg = root.TryGetProperty("alg", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
            var enc = root.TryGetProperty("enc", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            if (alg is null || !JweAlgorithms.KeyManagement.Contains(alg) || !_policy.AcceptedKeyManagement.Contains(alg))
            {
                return Fail(FindingCodes.EncAlgNotAccepted, "The key management algorithm is not accepted.");
            }

            if (enc is null || !JweAlgorithms.ContentEncryption.Contains(enc) || !_policy.AcceptedContentEncryption.Contains(enc))
            {
                return Fail(FindingCodes.EncEncNotAccepted, "The content encryption algorithm is not accepted.", alg);
            }

            foreach (var unsupported in (string[])["zip", "crit", "jku", "jwk", "x5u"])
            {
                if (root.TryGetProperty(unsupported, out _))
                {
                    return Fail(FindingCodes.EncHeaderUnsupported, "The header uses " + unsupported + ", which is not supported.", alg, enc);
                }
            }

            var cek = RecoverKey(alg, enc, root, encryptedKey, out var keyFailure);
            if (keyFailure is not null)
            {
                return Fail(keyFailure, "The key does not fit the algorithm or the ephemeral key is invalid.", alg, enc);
            }

            // RFC 7516 §5.2 step 14: the additional authenticated data is the ASCII of the encoded protected header.
            var length = JweAlgorithms.DecryptContentInPlace(enc, cek!, iv, ciphertext, tag, Ascii(text[parts[0]]));
            CryptographicOperations.ZeroMemory(cek);
            return length < 0
                ? Fail(FindingCodes.EncDecryptionFailed, "Decryption failed.", alg, enc)
                : new DecryptionResult(new ReadOnlyMemory<byte>(ciphertext, 0, length), [], alg, enc);
        }
    }

    private static bool SplitFive<T>(ReadOnlySpan<T> text, Span<Range> parts)
        where T : unmanaged, IEquatable<T>
    {
        var dot = typeof(T) == typeof(char) ? MemoryMarshal.Cast<char, T>(".".AsSpan())[0] : MemoryMarshal.Cast<byte, T>("."u8)[0];
        var start = 0;
        for (var i = 0; i < 4; i++)
        {
            var at = text[start..].IndexOf(dot);
            if (at < 0)
            {
                return false;
            }

            parts[i] = new Range(start, start + at);
            start += at + 1;
        }

        parts[4] = new Range(start, text.Length);
        return text[start..].IndexOf(dot) < 0;
    }

    private static bool TryDecode<T>(ReadOnlySpan<T> text, out byte[] bytes)
        where T : unmanaged, IEquatable<T>
        => typeof(T) == typeof(char)
            ? Base64UrlStrict.TryDecode(MemoryMarshal.Cast<T, char>(text), out bytes)
            : Base64UrlStrict.TryDecode(MemoryMarshal.Cast<T, byte>(text), out bytes);

    private static bool TryDecode<T>(ReadOnlySpan<T> text, Span<byte> destination)
        where T : unmanaged, IEquatable<T>
        => typeof(T) == typeof(char)
            ? Base64UrlStrict.TryDecode(MemoryMarshal.Cast<T, char>(text), destination, out _)
            : Base64UrlStrict.TryDecode(MemoryMarshal.Cast<T, byte>(text), destination, out _);

    // The header part has been checked as strict base64url, so it is ASCII.
    private static byte[] Ascii<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IEquatable<T>
    {
        if (typeof(T) != typeof(char))
        {
            return MemoryMarshal.Cast<T, byte>(text).ToArray();
        }

        var bytes = new byte[text.Length];
        Encoding.ASCII.GetBytes(MemoryMarshal.Cast<T, char>(text), bytes);
        return bytes;
    }

    private byte[]? RecoverKey(string alg, string enc, JsonElement header, byte[] encryptedKey, out string? failure)
    {
        failure = null;
        var length = JweAlgorithms.CekLength(enc);
        if (alg == JweAlgorithms.EcdhEsA256KW)
        {
            var parameters = JwkKeys.PublicEcParameters(_key);
            if (parameters is null || !header.TryGetProperty("epk", out var epkElement))
            {
                failure = FindingCodes.EncKeyMismatch;
                return null;
            }

            using var epk = JwkKeys.ReadEpk(epkElement, parameters.Value.Curve);
            if (epk is null)
            {
                failure = FindingCodes.EncKeyMismatch;
                return null;
            }

            var apu = ReadOptionalBytes(header, "apu");
            var apv = ReadOptionalBytes(header, "apv");
            if (apu is null || apv is null)
            {
                failure = FindingCodes.EncMalformed;
                return null;
            }

            try
            {
                // Only a key converted here is disposed here: an ECDiffieHellman key belongs to the caller (or to this
                // decryptor when built from PEM) and must survive for the next message (specification §16: keys loaded once).
                using var converted = _key is ECDiffieHellman ? null : ECDiffieHellman.Create(((ECDsa)_key).ExportParameters(true));
                var ecdh = _key as ECDiffieHellman ?? converted!;
                var z = ecdh.DeriveRawSecretAgreement(epk.PublicKey);
                var kek = JweAlgorithms.ConcatKdf(z, alg, apu, apv);
                var cek = JweAlgorithms.UnwrapKey(kek, encryptedKey);
                CryptographicOperations.ZeroMemory(z);
                CryptographicOperations.ZeroMemory(kek);
                return cek.Length == length ? cek : RandomNumberGenerator.GetBytes(length);
            }
            catch (Exception ex) when (ex is CryptographicException or ArgumentException or Microsoft.IdentityModel.Tokens.SecurityTokenException)
            {
                // Continue with a random key: the tag check fails the same way as for a bad tag (RFC 7516 §11.5).
                return RandomNumberGenerator.GetBytes(length);
            }
        }

        if (_key is not RSA rsa)
        {
            failure = FindingCodes.EncKeyMismatch;
            return null;
        }

        try
        {
            var cek = rsa.Decrypt(encryptedKey, alg == JweAlgorithms.RsaOaep256 ? RSAEncryptionPadding.OaepSHA256 : RSAEncryptionPadding.OaepSHA1);
            return cek.Length == length ? cek : RandomNumberGenerator.GetBytes(length);
        }
        catch (CryptographicException)
        {
            return RandomNumberGenerator.GetBytes(length);
        }
    }

    private static byte[]? ReadOptionalBytes(JsonElement header, string name)
    {
        if (!header.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.String && Base64UrlStrict.TryDecode(value.GetString()!, out var bytes) ? bytes : null;
    }

    private static DecryptionResult Fail(string code, string message, string? alg = null, string? enc = null)
        => new(null, [Finding.Error(code, string.Empty, message)], alg, enc);
}
