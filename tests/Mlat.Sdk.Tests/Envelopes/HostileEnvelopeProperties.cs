using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

/// <summary>
/// specification §16: hostile input gets a coded finding, never an exception. Random damage to a signed envelope — to its bytes
/// anywhere, or to one character of a signature's protected header or value — is answered with permanent codes only.
/// </summary>
public sealed class HostileEnvelopeProperties
{
    private static readonly Lazy<byte[]> Signed = new(IssuedAndValidated);

    private static readonly HashSet<string> KnownCodes = typeof(FindingCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    private static readonly Arbitrary<(int Position, int Value, int Kind)> Damage =
        Gen.Zip(Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, 255)), Gen.Choose(0, 2))
            .Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Damaged_bytes_never_throw_and_every_finding_has_a_known_code() => Prop.ForAll(Damage, d =>
    {
        var bytes = Signed.Value.ToList();
        var at = d.Position % bytes.Count;
        switch (d.Kind)
        {
            case 0: bytes[at] = (byte)d.Value; break;          // overwrite
            case 1: bytes.RemoveRange(at, bytes.Count - at); break; // truncate
            default: bytes.Insert(at, (byte)d.Value); break;   // insert
        }

        var result = Verifier(new Sdk.Envelopes.VerificationPolicy { ReplayStore = new NoReplay() }).Verify(bytes.ToArray());
        return result.IsSuccess
            ? result.Findings.Count == 0
            : result.Findings.Count > 0 && result.Findings.All(f => KnownCodes.Contains(f.Code) || f.Code.StartsWith("schema.", StringComparison.Ordinal));
    });

    [Property(MaxTest = 200)]
    public Property Any_changed_character_of_a_signature_object_fails_with_a_signature_code() => Prop.ForAll(Damage, d =>
    {
        var node = JsonNode.Parse(Signed.Value)!;
        var signature = node["signatures"]![d.Value % 2]!;
        var member = d.Kind == 0 ? "signature" : "protected";
        var text = signature[member]!.GetValue<string>().ToCharArray();
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ .";
        var at = d.Position % text.Length;
        var replacement = Alphabet[d.Position % Alphabet.Length];
        if (replacement == text[at])
        {
            replacement = replacement == 'A' ? 'B' : 'A';
        }

        text[at] = replacement;
        signature[member] = new string(text);
        var result = Verifier(new Sdk.Envelopes.VerificationPolicy { ReplayStore = new NoReplay() }).Verify(Encoding.UTF8.GetBytes(node.ToJsonString()));
        return !result.IsSuccess && result.Findings.All(f => f.Code.StartsWith("MLAT-SIG-", StringComparison.Ordinal) || f.Code.StartsWith("MLAT-TRUST-", StringComparison.Ordinal));
    });

    private sealed class NoReplay : Sdk.Envelopes.IReplayStore
    {
        public bool TryRecord(string senderAuthorityId, string messageId, DateTimeOffset expiresAt) => true;
    }
}
