using System.Reflection;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Tests.Serialization;
using Mlat.Sdk.Versioning;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Security;

/// <summary>
/// Issue #12 properties: random bytes, random JSON and random mutations of a signed envelope (its headers, x5c, sigD and
/// attachments) never throw from <c>Verify</c>, <c>Decrypt</c>, <c>TrustList.Read</c> or <c>CapabilitiesReader.Read</c>,
/// every finding has a permanent code, and no changed envelope verifies.
/// </summary>
public sealed class HardeningProperties
{
    private static readonly byte[] AttachmentBytes = "scanned order, page 1"u8.ToArray();

    private static readonly Lazy<byte[]> Signed = new(() => Sign(
        Sign(Envelope(), Issuer, attachments: [EnvelopeAttachment.FromBytes("att-1", AttachmentBytes)]),
        JudgePki,
        SignerRole.Validating));

    private static readonly Lazy<EnvelopeDecryptor> Decryptor = new(() => new EnvelopeDecryptor(RecipientPki.SignerKey));

    private static readonly HashSet<string> KnownCodes = typeof(FindingCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    private static bool Coded(IReadOnlyList<Finding> findings)
        => findings.Count > 0 && findings.All(f => KnownCodes.Contains(f.Code) || f.Code.StartsWith("schema.", StringComparison.Ordinal));

    private static EnvelopeVerifier NewVerifier() => Verifier(new VerificationPolicy
    {
        VerifierAuthorityId = Recipient,
        RequiredRoles = [SignerRole.Issuing, SignerRole.Validating],
        ReplayStore = new NoReplay(),
    });

    /// <summary>Every reader of hostile input answers the same bytes with coded findings, never an exception.</summary>
    private static bool AllReadersRefuseWithCodes(byte[] bytes)
    {
        var verified = NewVerifier().Verify(bytes);
        var decrypted = Decryptor.Value.Decrypt(Encoding.Latin1.GetString(bytes));
        var trust = TrustList.Read(bytes);
        var capabilities = CapabilitiesReader.Read(bytes, new CapabilitiesSignatureVerifier(Trust, timeProvider: new Envelopes.ManualTimeProvider(Now)));
        return !verified.IsSuccess && Coded(verified.Findings)
            && !decrypted.IsSuccess && Coded(decrypted.Findings)
            && (trust.TrustList is null ? Coded(trust.Findings) : trust.Findings.Count == 0)
            && (capabilities.Document is null ? Coded(capabilities.Findings) : capabilities.SignatureVerified != true);
    }

    [Property(MaxTest = 200)]
    public Property Random_bytes_never_throw_from_any_reader_and_are_refused_with_codes()
        => Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), AllReadersRefuseWithCodes);

    [Property(MaxTest = 150)]
    public Property Random_JSON_never_throws_from_any_reader_and_is_refused_with_codes()
        => Prop.ForAll(Gen.Zip(JsonTrees.Object, JsonTrees.Style).ToArbitrary(), t => AllReadersRefuseWithCodes(JsonTrees.ToUtf8(t.Item1, t.Item2)));

    private enum Part
    {
        HeaderMember,
        X5c,
        SigD,
        AttachmentBytes,
        AttachmentId,
    }

    private static readonly Arbitrary<(Part Part, int Seed)> Mutations =
        Gen.Zip(Gen.Elements(Enum.GetValues<Part>()), Gen.Choose(0, int.MaxValue)).Select(t => (t.Item1, t.Item2)).ToArbitrary();

    [Property(MaxTest = 150)]
    public Property A_signed_envelope_changed_in_its_headers_x5c_sigD_or_attachments_never_verifies_and_never_throws() => Prop.ForAll(Mutations, m =>
    {
        var random = new Random(m.Seed);
        var envelope = Signed.Value;
        var attachments = new List<EnvelopeAttachment> { EnvelopeAttachment.FromBytes("att-1", AttachmentBytes) };
        switch (m.Part)
        {
            case Part.HeaderMember:
                envelope = EditHeader(envelope, random, h =>
                {
                    var names = h.Select(p => p.Key).ToList();
                    var name = names[random.Next(names.Count)];
                    switch (random.Next(3))
                    {
                        case 0: h.Remove(name); break;
                        case 1: h[name] = random.Next(2) == 0 ? JsonValue.Create(random.Next()) : JsonValue.Create("x" + random.Next()); break;
                        default: h["x-" + random.Next(100)] = JsonValue.Create(true); break;
                    }
                });
                break;
            case Part.X5c:
                envelope = EditHeader(envelope, random, h =>
                {
                    var x5c = h["x5c"]!.AsArray();
                    var i = random.Next(x5c.Count);
                    var der = Convert.FromBase64String(x5c[i]!.GetValue<string>());
                    der[random.Next(der.Length)] ^= (byte)(1 << random.Next(8));
                    x5c[i] = Convert.ToBase64String(der);
                });
                break;
            case Part.SigD:
                envelope = EditHeader(envelope, random, h =>
                {
                    var sigD = h["sigD"]!.AsObject();
                    var hashV = sigD["hashV"]!.AsArray();
                    var i = random.Next(hashV.Count);
                    if (random.Next(2) == 0)
                    {
                        var digest = Base64UrlDecode(hashV[i]!.GetValue<string>());
                        digest[random.Next(digest.Length)] ^= (byte)(1 << random.Next(8));
                        hashV[i] = Base64UrlEncode(digest);
                    }
                    else
                    {
                        var pars = sigD["pars"]!.AsArray();
                        pars[i] = pars[i]!.GetValue<string>() + "x";
                    }
                });
                break;
            case Part.AttachmentBytes:
                var changed = AttachmentBytes.ToArray();
                changed[random.Next(changed.Length)] ^= (byte)(1 << random.Next(8));
                attachments = [EnvelopeAttachment.FromBytes("att-1", changed)];
                break;
            default:
                attachments.Add(EnvelopeAttachment.FromBytes("att-" + random.Next(2, 100), AttachmentBytes));
                break;
        }

        var result = NewVerifier().Verify(envelope, attachments);
        return !result.IsSuccess && result.Envelope is null && Coded(result.Findings);
    });

    [Fact]
    public void The_unchanged_envelope_verifies_so_the_mutation_property_can_fail()
    {
        var result = NewVerifier().Verify(Signed.Value, [EnvelopeAttachment.FromBytes("att-1", AttachmentBytes)]);

        Assert.True(result.IsSuccess, string.Join(",", result.Findings.Select(f => f.Code)));
        Assert.Equal([0, 1], result.Signatures.Select(s => s.Index));
    }

    /// <summary>Rewrites the protected header of a random signature without re-signing it.</summary>
    private static byte[] EditHeader(byte[] envelope, Random random, Action<JsonObject> edit) => Mutate(envelope, n =>
    {
        var signatures = n["signatures"]!.AsArray();
        var signature = signatures[random.Next(signatures.Count)]!;
        var header = JsonNode.Parse(Base64UrlDecode(signature["protected"]!.GetValue<string>()))!.AsObject();
        edit(header);
        signature["protected"] = Base64UrlEncode(Encoding.UTF8.GetBytes(header.ToJsonString()));
    });

    private sealed class NoReplay : IReplayStore
    {
        public bool TryRecord(string senderAuthorityId, string messageId, DateTimeOffset expiresAt) => true;
    }
}
