using System.Security.Cryptography;
using Mlat.Sdk.Envelopes;
using Xunit;

namespace Mlat.Sdk.Tests.Envelopes;

/// <summary>
/// A decryptor holds its key for many messages (specification §16: key material is loaded once). Found by the benchmarks: an
/// <see cref="ECDiffieHellman"/> key passed in was disposed after the first message, so the second one threw.
/// </summary>
public sealed class DecryptorKeyLifetimeTests
{
    [Fact]
    public void Decrypt_with_an_ECDiffieHellman_key_succeeds_for_a_second_message_and_leaves_the_key_usable()
    {
        using var key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        using var decryptor = new EnvelopeDecryptor(key);

        var first = decryptor.Decrypt(EnvelopeEncryptor.EncryptToKey("{\"a\":1}"u8.ToArray(), key));
        var second = decryptor.Decrypt(EnvelopeEncryptor.EncryptToKey("{\"a\":2}"u8.ToArray(), key));

        Assert.True(first.IsSuccess);
        Assert.True(second.IsSuccess);
        Assert.Equal("{\"a\":2}"u8.ToArray(), second.Plaintext!.Value.ToArray());
        Assert.NotNull(key.ExportParameters(false).Q.X);
    }

    [Fact]
    public void Decrypt_with_an_ECDsa_key_succeeds_for_a_second_message()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var decryptor = new EnvelopeDecryptor(key);

        var first = decryptor.Decrypt(EnvelopeEncryptor.EncryptToKey("{\"a\":1}"u8.ToArray(), key));
        var second = decryptor.Decrypt(EnvelopeEncryptor.EncryptToKey("{\"a\":2}"u8.ToArray(), key));

        Assert.True(first.IsSuccess);
        Assert.Equal("{\"a\":2}"u8.ToArray(), second.Plaintext!.Value.ToArray());
    }
}
