using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

/// <summary>specification §7.1 invariants: sign → verify; layout never matters; any single changed value breaks the signature.</summary>
public sealed class EnvelopeSignatureProperties
{
    private static readonly Gen<string> Text = Gen.Choose(0, 10).SelectMany(n => Gen.ListOf(
        Gen.OneOf(
            Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString()),
            Gen.Elements("é", "€", "\u2028", "\"", "\\", "/", "😂", "\u0001")), n))
        .Select(parts => string.Concat(parts));

    private static readonly Gen<string> Name = Gen.Choose(1, 8).SelectMany(n => Gen.ListOf(Gen.Elements("a", "b", "Z", "é", "_", "1", "€"), n))
        .Select(parts => string.Concat(parts));

    private static readonly Gen<JsonNode> Leaf = Gen.OneOf(
        Text.Select(s => (JsonNode)JsonValue.Create(s)),
        Gen.Choose(-1_000_000, 1_000_000).Select(i => (JsonNode)JsonValue.Create(i)),
        Gen.Elements(true, false).Select(b => (JsonNode)JsonValue.Create(b)));

    private static readonly Gen<JsonObject> Body = Object(2);

    /// <summary>A generated envelope: the fixed header of the test kit (fresh messageId), generated body and extensions.</summary>
    private static readonly Arbitrary<(string Envelope, int Seed)> Envelopes = Gen.Zip(Gen.Zip(Body, Object(1)), Gen.Choose(0, int.MaxValue))
        .Select(t =>
        {
            var node = JsonNode.Parse(EnvelopeJson())!.AsObject();
            node["body"] = t.Item1.Item1;
            node["extensions"] = new JsonObject { ["org.example.x"] = t.Item1.Item2 };
            return (node.ToJsonString(), t.Item2);
        })
        .ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Sign_then_verify_succeeds() => Prop.ForAll(Envelopes, e =>
    {
        var signed = Sign(Encoding.UTF8.GetBytes(e.Envelope), Issuer);
        return Verifier().Verify(signed).IsSuccess;
    });

    [Property(MaxTest = 30)]
    public Property Issue_with_attachments_then_countersign_verifies_and_a_changed_attachment_byte_fails() => Prop.ForAll(Envelopes, e =>
    {
        var random = new Random(e.Seed);
        var attachments = Enumerable.Range(0, random.Next(1, 4)).Select(i =>
        {
            var bytes = new byte[random.Next(0, 5000)];
            random.NextBytes(bytes);
            return (Id: "att-" + i, Bytes: bytes);
        }).ToList();
        var signed = Sign(Sign(Encoding.UTF8.GetBytes(e.Envelope), Issuer, attachments: attachments.Select(a => Sdk.Envelopes.EnvelopeAttachment.FromBytes(a.Id, a.Bytes))), JudgePki, Sdk.Envelopes.SignerRole.Validating);
        var policy = new Sdk.Envelopes.VerificationPolicy { RequiredRoles = [Sdk.Envelopes.SignerRole.Issuing, Sdk.Envelopes.SignerRole.Validating] };
        var good = Verifier(policy).Verify(signed, attachments.Select(a => Sdk.Envelopes.EnvelopeAttachment.FromBytes(a.Id, a.Bytes)));

        var victim = attachments[random.Next(attachments.Count)];
        var changed = victim.Bytes.Length == 0 ? [1] : (byte[])victim.Bytes.Clone();
        if (victim.Bytes.Length > 0)
        {
            changed[random.Next(changed.Length)] ^= (byte)(1 << random.Next(8));
        }

        var bad = Verifier(policy).Verify(signed, attachments.Select(a => Sdk.Envelopes.EnvelopeAttachment.FromBytes(a.Id, a.Id == victim.Id ? changed : a.Bytes)));
        return good.IsSuccess && good.Signatures.Count == 2
            && bad.Findings.Select(f => f.Code).SequenceEqual([FindingCodes.SigAttachmentDigest, FindingCodes.SigRoleMissing]);
    });

    [Property(MaxTest = 60)]
    public Property Re_indenting_and_reordering_members_still_verifies() => Prop.ForAll(Envelopes, e =>
    {
        var signed = Sign(Encoding.UTF8.GetBytes(e.Envelope), Issuer);
        var shuffled = Shuffle(JsonNode.Parse(signed)!, new Random(e.Seed));
        var bytes = Encoding.UTF8.GetBytes(shuffled.ToJsonString(new JsonSerializerOptions { WriteIndented = e.Seed % 2 == 0 }));
        return Verifier().Verify(bytes).IsSuccess;
    });

    [Property(MaxTest = 60)]
    public Property Compact_signing_keeps_a_compact_envelope_as_it_was_and_rewrites_an_indented_one() => Prop.ForAll(Envelopes, e =>
    {
        // The generated text is compact with non-ASCII escaped; the same envelope indented has whitespace between tokens.
        var compact = Encoding.UTF8.GetBytes(e.Envelope);
        var pretty = Encoding.UTF8.GetBytes(JsonNode.Parse(e.Envelope)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        using var key = Issuer.CreateSigningKey();

        var fromCompact = Signer().Sign(compact, key, Sdk.Envelopes.SignerRole.Issuing).Envelope!;
        var fromPretty = Signer().Sign(pretty, key, Sdk.Envelopes.SignerRole.Issuing).Envelope!;

        // Compact input: its members' bytes, escapes included, then the appended signatures.
        byte[] prefix = [.. compact.AsSpan(0, compact.Length - 1), .. ",\"signatures\":[{\"protected\":\""u8];
        var kept = fromCompact.AsSpan().StartsWith(prefix);

        // Indented input: re-written, exactly as the writer writes its own output again.
        var rewritten = !fromPretty.Contains((byte)'\n') && fromPretty.SequenceEqual(Rewrite(fromPretty));
        return kept && rewritten && Verifier().Verify(fromCompact).IsSuccess && Verifier().Verify(fromPretty).IsSuccess;
    });

    private static byte[] Rewrite(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.RootElement.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    [Property(MaxTest = 80)]
    public Property Changing_any_single_value_in_header_body_or_extensions_fails_verification() => Prop.ForAll(Envelopes, e =>
    {
        var signed = Sign(Encoding.UTF8.GetBytes(e.Envelope), Issuer);
        var node = JsonNode.Parse(signed)!;
        var leaves = new List<JsonValue>();
        foreach (var part in new[] { "header", "body", "extensions" })
        {
            CollectLeaves(node[part]!, leaves);
        }

        var target = leaves[e.Seed % leaves.Count];
        Change(target);
        var result = Verifier().Verify(Encoding.UTF8.GetBytes(node.ToJsonString()));
        // A changed version or message type is refused by the reader before any signature is looked at.
        var refusedEarly = result.Findings.Count > 0 && result.Findings.All(f => f.Code is FindingCodes.VersionUnsupported or FindingCodes.TypeUnknown);
        return !result.IsSuccess && (refusedEarly || result.Findings.Any(f => f.Code == FindingCodes.SigContentDigest));
    });

    private static Gen<JsonObject> Object(int depth) => Gen.Choose(1, 4).SelectMany(n => Gen.ListOf(
            Gen.Zip(Name, depth == 0 ? Leaf : Gen.Frequency((3, Leaf), (1, Object(depth - 1).Select(o => (JsonNode)o)), (1, Gen.ListOf(Leaf, 3).Select(l => (JsonNode)new JsonArray([.. l]))))),
            n))
        .Select(members =>
        {
            var obj = new JsonObject();
            foreach (var (name, value) in members)
            {
                obj[name] = value;
            }

            return obj;
        });

    private static JsonNode Shuffle(JsonNode node, Random random) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(_ => random.Next()).Select(m => KeyValuePair.Create(m.Key, m.Value is null ? null : Shuffle(m.Value, random)))),
        JsonArray array => new JsonArray([.. array.Select(v => v is null ? null : Shuffle(v, random))]),
        _ => node.DeepClone(),
    };

    private static void CollectLeaves(JsonNode node, List<JsonValue> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var member in obj)
                {
                    CollectLeaves(member.Value!, leaves);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectLeaves(item!, leaves);
                }

                break;
            case JsonValue value:
                leaves.Add(value);
                break;
        }
    }

    private static void Change(JsonValue value)
    {
        var parent = value.Parent!;
        JsonNode replacement = value.GetValueKind() switch
        {
            JsonValueKind.String => JsonValue.Create(value.GetValue<string>() + "x"),
            JsonValueKind.Number => JsonValue.Create(value.GetValue<decimal>() + 1),
            JsonValueKind.True => JsonValue.Create(false),
            _ => JsonValue.Create(true),
        };
        if (parent is JsonObject obj)
        {
            obj[value.GetPropertyName()] = replacement;
        }
        else
        {
            ((JsonArray)parent)[value.GetElementIndex()] = replacement;
        }
    }
}
