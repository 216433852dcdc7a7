using System.Security.Cryptography.X509Certificates;
using System.Text;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Fuzz;

/// <summary>
/// The fuzz targets (docs/security.md, "Fuzzing"): each feeds one input to one reader of hostile data and returns the
/// finding codes it produced (empty when the input was accepted). An exception escaping from here is a defect: afl++
/// records it as a crash, and the corpus replay in the test suite fails on it. The same class runs under afl++ and in
/// the test suite, so a corpus input means the same thing in both.
/// </summary>
internal sealed class FuzzTargets : IDisposable
{
    /// <summary>The target names, in campaign order.</summary>
    public static readonly IReadOnlyList<string> Names = ["strict", "jws-header", "jwe", "trust-list", "capabilities", "verify"];

    // The instant the verification samples are verified at (samples/envelopes/verification/manifest.json).
    private static readonly DateTimeOffset VerifyAt = new(2027, 1, 12, 12, 1, 0, TimeSpan.Zero);

    private readonly TrustList _trustList;
    private readonly EnvelopeDecryptor _decryptor;
    private readonly CapabilitiesSignatureVerifier _capabilities;
    private readonly EnvelopeAttachment[] _attachments;
    private readonly FixedTime _time = new(VerifyAt);

    public FuzzTargets(string repoRoot)
    {
        var keys = Path.Combine(repoRoot, "samples", "envelopes", "verification", "keys");
        _trustList = TrustList.Read(File.ReadAllBytes(Path.Combine(keys, "test-only-trust-list.json"))).TrustList
            ?? throw new InvalidOperationException("The sample trust list does not read.");
        _decryptor = EnvelopeDecryptor.FromPem(File.ReadAllText(Path.Combine(keys, "test-only-issuer.key.pem")));
        _capabilities = new CapabilitiesSignatureVerifier(_trustList, timeProvider: _time);
        _attachments = [EnvelopeAttachment.FromFile("att-1", Path.Combine(repoRoot, "samples", "envelopes", "verification", "attachments", "att-1.bin"))];
        RepoRoot = repoRoot;
    }

    public string RepoRoot { get; }

    /// <summary>Runs one target on one input; returns the finding codes.</summary>
    public IReadOnlyList<string> Run(string target, byte[] input) => target switch
    {
        "strict" => Strict(input),
        "jws-header" => JwsHeader(input),
        "jwe" => Jwe(input),
        "trust-list" => Codes(TrustList.Read(input).Findings),
        "capabilities" => Capabilities(input),
        "verify" => Codes(NewVerifier().Verify(input, _attachments).Findings),
        _ => throw new ArgumentException("Unknown target.", nameof(target)),
    };

    /// <summary>The seed inputs of a target, built from the samples (file name, bytes).</summary>
    public IEnumerable<(string Name, byte[] Bytes)> Seeds(string target)
    {
        var samples = Path.Combine(RepoRoot, "samples");
        var cases = Path.Combine(samples, "envelopes", "verification", "cases");
        switch (target)
        {
            case "strict":
                // The smallest samples: afl++ mutates small inputs best.
                foreach (var kind in (string[])["valid", "invalid"])
                {
                    foreach (var file in Directory.EnumerateFiles(Path.Combine(samples, "1.1", kind), "*.json", SearchOption.AllDirectories)
                        .OrderBy(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal).Take(10))
                    {
                        yield return (kind + "-" + Path.GetFileName(file), File.ReadAllBytes(file));
                    }
                }

                break;
            case "jws-header":
                foreach (var file in Directory.EnumerateFiles(cases, "*.json").Order(StringComparer.Ordinal))
                {
                    foreach (var (index, header) in ProtectedHeaders(File.ReadAllBytes(file)))
                    {
                        yield return (Path.GetFileNameWithoutExtension(file) + "-" + index + ".json", header);
                    }
                }

                break;
            case "jwe":
                {
                    var chain = new X509Certificate2Collection();
                    chain.ImportFromPemFile(Path.Combine(samples, "envelopes", "verification", "keys", "test-only-issuer.chain.pem"));
                    foreach (var name in (string[])["valid-issued.json", "valid-issued-and-validated.json"])
                    {
                        var plaintext = File.ReadAllBytes(Path.Combine(cases, name));
                        foreach (var enc in (string[])["A256GCM", "A256CBC-HS512"])
                        {
                            yield return (Path.GetFileNameWithoutExtension(name) + "-" + enc + ".jwe", Encoding.ASCII.GetBytes(EnvelopeEncryptor.EncryptToCertificate(plaintext, chain[0], encryption: enc)));
                        }
                    }

                    foreach (var item in chain)
                    {
                        item.Dispose();
                    }
                }

                break;
            case "trust-list":
                yield return ("verification.json", File.ReadAllBytes(Path.Combine(samples, "envelopes", "verification", "keys", "test-only-trust-list.json")));
                yield return ("worked-example.json", File.ReadAllBytes(Path.Combine(samples, "envelopes", "worked-example", "test-only-trust-list.json")));
                break;
            case "capabilities":
                foreach (var file in Directory.EnumerateFiles(Path.Combine(samples, "negotiation"), "*.json").Order(StringComparer.Ordinal).Take(6))
                {
                    using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(file));
                    if (document.RootElement.TryGetProperty("sender", out var sender))
                    {
                        yield return (Path.GetFileNameWithoutExtension(file) + "-sender.json", Encoding.UTF8.GetBytes(sender.GetRawText()));
                    }
                }

                break;
            case "verify":
                foreach (var file in Directory.EnumerateFiles(cases, "*.json").Order(StringComparer.Ordinal))
                {
                    yield return (Path.GetFileName(file), File.ReadAllBytes(file));
                }

                break;
            default:
                throw new ArgumentException("Unknown target.", nameof(target));
        }
    }

    public void Dispose() => _decryptor.Dispose();

    private EnvelopeVerifier NewVerifier()
        => new(_trustList, VerificationPolicy.Default with { VerifierAuthorityId = "CZ:OSZ-Praha-1" }, _time);

    private static IReadOnlyList<string> Strict(byte[] input)
    {
        using var read = StrictJsonReader.Read(input, ReaderLimits.Default);
        return Codes(read.Findings);
    }

    private static IReadOnlyList<string> JwsHeader(byte[] input)
    {
        var header = JadesHeader.Read(input, JwsAlgorithms.DefaultAccepted, out var code, out _);
        return header is null ? [code ?? "(no code)"] : [];
    }

    private IReadOnlyList<string> Jwe(byte[] input)
    {
        var decrypted = _decryptor.Decrypt(Encoding.Latin1.GetString(input));
        if (decrypted.Plaintext is not { } plaintext)
        {
            return Codes(decrypted.Findings);
        }

        // End to end, as mlat decrypt then verify: the plaintext is a signed envelope still to be verified.
        return Codes(NewVerifier().Verify(plaintext, _attachments).Findings);
    }

    private IReadOnlyList<string> Capabilities(byte[] input)
    {
        var read = CapabilitiesReader.Read(input, _capabilities);
        return Codes(read.Findings);
    }

    private static IEnumerable<(int Index, byte[] Header)> ProtectedHeaders(byte[] envelope)
    {
        using var document = System.Text.Json.JsonDocument.Parse(envelope);
        if (!document.RootElement.TryGetProperty("signatures", out var signatures))
        {
            yield break;
        }

        var i = 0;
        foreach (var signature in signatures.EnumerateArray())
        {
            if (signature.TryGetProperty("protected", out var p) && Base64UrlStrict.TryDecode(p.GetString()!, out var bytes))
            {
                yield return (i, bytes);
            }

            i++;
        }
    }

    private static IReadOnlyList<string> Codes(IReadOnlyList<Finding> findings) => [.. findings.Select(f => f.Code)];

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
