using System.Globalization;
using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.Tests.Envelopes;

/// <summary><see cref="EnvelopeVerifier.VerifyAsync"/> reads a stream and gives the same result as the in-memory call.</summary>
public sealed class VerifyAsyncTests
{
    private static readonly string Folder = Path.Combine(TestPaths.Samples, "envelopes", "verification");

    private static EnvelopeVerifier Verifier()
    {
        var trust = TrustList.Read(File.ReadAllBytes(Path.Combine(Folder, "keys", "test-only-trust-list.json"))).TrustList!;
        var at = DateTimeOffset.Parse("2027-01-12T12:01:00Z", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return new EnvelopeVerifier(trust, timeProvider: new FixedTime(at));
    }

    [Fact]
    public async Task VerifyAsync_on_a_file_stream_verifies_like_Verify_on_its_bytes()
    {
        var path = Path.Combine(Folder, "cases", "valid-issued.json");
        await using var stream = File.OpenRead(path);

        var fromStream = await Verifier().VerifyAsync(stream);
        var fromBytes = Verifier().Verify(File.ReadAllBytes(path));

        Assert.True(fromStream.IsSuccess);
        Assert.Equal(fromBytes.Signatures.Select(s => (s.Role, s.AuthorityId)), fromStream.Signatures.Select(s => (s.Role, s.AuthorityId)));
    }

    [Fact]
    public async Task VerifyAsync_reports_an_altered_envelope_with_the_same_codes_as_Verify()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "cases", "valid-issued.json"));
        var text = System.Text.Encoding.UTF8.GetString(bytes).Replace("\"language\": \"", "\"language\": \"x", StringComparison.Ordinal);
        var altered = System.Text.Encoding.UTF8.GetBytes(text);
        using var stream = new MemoryStream(altered);

        var result = await Verifier().VerifyAsync(stream);

        Assert.False(result.IsSuccess);
        Assert.Equal(Verifier().Verify(altered).Findings.Select(f => (f.Code, f.Pointer)), result.Findings.Select(f => (f.Code, f.Pointer)));
        Assert.NotEmpty(result.Findings);
    }

    [Fact]
    public async Task VerifyAsync_stops_when_cancelled()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        using var stream = new MemoryStream(File.ReadAllBytes(Path.Combine(Folder, "cases", "valid-issued.json")));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Verifier().VerifyAsync(stream, cancellationToken: cts.Token));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
