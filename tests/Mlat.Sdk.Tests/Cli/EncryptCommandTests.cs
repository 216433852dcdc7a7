using System.Text;

namespace Mlat.Sdk.Tests.Cli;

public sealed class EncryptCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("mlat-enc-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Encrypted(byte[] plaintext)
    {
        var input = Path.Combine(dir, "plain.bin");
        File.WriteAllBytes(input, plaintext);
        var jwe = Path.Combine(dir, "plain.jwe");
        Assert.Equal(0, CliRunner.Run("encrypt", input, "--to", CliKeys.RecipientChain, "--out", jwe).Exit);
        return jwe;
    }

    [Fact]
    public void Encrypt_then_decrypt_with_the_recipients_key_gives_the_same_bytes()
    {
        var plaintext = Encoding.UTF8.GetBytes(CliKeys.EnvelopeJson());
        var jwe = Encrypted(plaintext);
        var output = Path.Combine(dir, "out.json");

        var text = File.ReadAllText(jwe);
        var (exit, stdout, error) = CliRunner.Run("decrypt", jwe, "--key", CliKeys.RecipientKey, "--out", output);

        Assert.Equal(5, text.Split('.').Length);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("ECDH-ES+A256KW", stdout, StringComparison.Ordinal);
        Assert.Equal(plaintext, File.ReadAllBytes(output));
    }

    [Fact]
    public void Jwe_with_a_trailing_newline_still_decrypts()
    {
        var jwe = Encrypted([1, 2, 3]);
        File.AppendAllText(jwe, "\n");
        var output = Path.Combine(dir, "out.bin");

        Assert.Equal(0, CliRunner.Run("decrypt", jwe, "--key", CliKeys.RecipientKey, "--out", output).Exit);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(output));
    }

    [Fact]
    public void Decrypting_with_another_key_exits_1_with_an_enc_code_and_writes_nothing()
    {
        var jwe = Encrypted([1, 2, 3]);
        var output = Path.Combine(dir, "out.bin");

        var (exit, stdout, error) = CliRunner.Run("decrypt", jwe, "--key", CliKeys.IssuerKey, "--out", output);

        Assert.Equal(1, exit);
        Assert.Empty(error);
        Assert.Contains("NOT DECRYPTED", stdout, StringComparison.Ordinal);
        Assert.Contains("MLAT-ENC-", stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Truncated_jwe_exits_1_with_malformed()
    {
        var jwe = Encrypted([1, 2, 3]);
        var text = File.ReadAllText(jwe);
        File.WriteAllText(jwe, text[..text.LastIndexOf('.')]);

        var (exit, stdout, _) = CliRunner.Run("decrypt", jwe, "--key", CliKeys.RecipientKey, "--out", Path.Combine(dir, "o"));

        Assert.Equal(1, exit);
        Assert.Contains("MLAT-ENC-MALFORMED", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Jwe_with_a_changed_ciphertext_exits_1_with_decryption_failed()
    {
        var jwe = Encrypted(new byte[64]);
        var parts = File.ReadAllText(jwe).Split('.');
        parts[3] = (parts[3][0] == 'A' ? "B" : "A") + parts[3][1..];
        File.WriteAllText(jwe, string.Join('.', parts));

        var (exit, stdout, _) = CliRunner.Run("decrypt", jwe, "--key", CliKeys.RecipientKey, "--out", Path.Combine(dir, "o"));

        Assert.Equal(1, exit);
        Assert.Contains("MLAT-ENC-DECRYPTION-FAILED", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_key_pem_exits_2_with_bad_key()
    {
        var jwe = Encrypted([1]);
        var key = Path.Combine(dir, "key.pem");
        File.WriteAllText(key, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        var (exit, _, error) = CliRunner.Run("decrypt", jwe, "--key", key, "--out", Path.Combine(dir, "o"));

        Assert.Equal(2, exit);
        Assert.Contains("MLAT-CLI-BAD-KEY", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Recipient_file_without_a_certificate_exits_2_with_bad_certificate()
    {
        var input = Path.Combine(dir, "plain.bin");
        File.WriteAllBytes(input, [1]);

        var (exit, _, error) = CliRunner.Run("encrypt", input, "--to", CliKeys.RecipientKey, "--out", Path.Combine(dir, "o.jwe"));

        Assert.Equal(2, exit);
        Assert.Contains("MLAT-CLI-BAD-CERTIFICATE", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_files_exit_2_with_unreadable()
    {
        var jwe = Encrypted([1]);

        var encrypt = CliRunner.Run("encrypt", Path.Combine(dir, "none"), "--to", CliKeys.RecipientChain, "--out", Path.Combine(dir, "o.jwe"));
        var decrypt = CliRunner.Run("decrypt", jwe, "--key", Path.Combine(dir, "none.pem"), "--out", Path.Combine(dir, "o"));

        Assert.Equal(2, encrypt.Exit);
        Assert.Contains("MLAT-CLI-UNREADABLE", encrypt.Err, StringComparison.Ordinal);
        Assert.Equal(2, decrypt.Exit);
        Assert.Contains("MLAT-CLI-UNREADABLE", decrypt.Err, StringComparison.Ordinal);
    }
}
