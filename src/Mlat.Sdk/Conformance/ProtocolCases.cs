using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Conformance;

/// <summary>
/// Every case of the kit as requests of the adapter protocol (docs/conformance.md) and the judgement of the answers.
/// The same code judges this SDK in process and any product through its adapter, so the in-process run proves the
/// protocol carries everything a case needs. Failures name verdicts, codes and pointers only.
/// </summary>
internal static class ProtocolCases
{
    public static async Task<IReadOnlyList<string>> ValidateAsync(
        IConformanceProduct product, string id, byte[] message, string? profile, byte[]? request, bool isRule, bool expectValid,
        IReadOnlyList<(string Code, string Pointer)> expected, CancellationToken ct)
    {
        var answer = await AskAsync(product, "validate", new JsonObject
        {
            ["case"] = id,
            ["message"] = Convert.ToBase64String(message),
            ["profile"] = profile,
            ["request"] = request is null ? null : Convert.ToBase64String(request),
        }, ct).ConfigureAwait(false);
        if (answer.Failure is { } failure)
        {
            return [failure];
        }

        var a = answer.Answer!;
        if (a["valid"] is not JsonValue v || v.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False) || !TryFindings(a, out var findings))
        {
            return ["the answer is not {\"valid\": bool, \"findings\": [{\"code\", \"pointer\", \"severity\"?}]}"];
        }

        // Rule cases compare every finding (a WARNING rule leaves the message valid); the others compare errors only.
        var actual = findings.Where(f => isRule || f.Severity != "WARNING").Select(f => (f.Code, f.Pointer));
        return ConformanceRunner.Compare(expectValid, expected, v.GetValue<bool>(), actual);
    }

    public static async Task<IReadOnlyList<string>> NegotiateAsync(IConformanceProduct product, string path, CancellationToken ct)
    {
        var c = JsonNode.Parse(File.ReadAllBytes(path))!.AsObject();
        var answer = await AskAsync(product, "negotiate", new JsonObject
        {
            ["case"] = "negotiation/" + Path.GetFileNameWithoutExtension(path),
            ["sender"] = c["sender"]!.DeepClone(),
            ["receiver"] = c["receiver"]!.DeepClone(),
            ["messageType"] = (string)c["messageType"]!,
            ["today"] = (string)c["today"]!,
            ["mustUnderstand"] = c["mustUnderstand"]?.DeepClone() ?? new JsonArray(),
            ["conversationVersion"] = (string?)c["conversationVersion"],
        }, ct).ConfigureAwait(false);
        if (answer.Failure is { } failure)
        {
            return [failure];
        }

        var a = answer.Answer!;
        var expected = c["expected"]!;
        var failures = new List<string>();
        ConformanceRunner.Expect(failures, "version", (string?)expected["version"], Text(a, "version"));
        ConformanceRunner.Expect(failures, "convertFrom", (string?)expected["convertFrom"], Text(a, "convertFrom"));
        ConformanceRunner.Expect(failures, "error", (string?)expected["error"], Text(a, "code"));
        var reasons = (a["reasons"] as JsonArray ?? []).Select(r => r is JsonValue s && s.GetValueKind() == JsonValueKind.String ? (string)s! : string.Empty).ToHashSet(StringComparer.Ordinal);
        failures.AddRange((expected["reasons"]?.AsArray().Select(v => (string)v!) ?? []).Where(r => !reasons.Contains(r)).Select(r => $"missing reason {r}"));
        return failures;
    }

    public static async Task<IReadOnlyList<string>> ConvertAsync(IConformanceProduct product, string dir, CancellationToken ct)
    {
        var report = JsonNode.Parse(File.ReadAllBytes(Path.Combine(dir, "expected-report.json")))!;
        var answer = await AskAsync(product, "convert", new JsonObject
        {
            ["case"] = "conversion/" + Path.GetFileName(dir),
            ["message"] = Convert.ToBase64String(File.ReadAllBytes(Path.Combine(dir, "input.json"))),
            ["to"] = (string)report["to"]!,
        }, ct).ConfigureAwait(false);
        if (answer.Failure is { } failure)
        {
            return [failure];
        }

        var a = answer.Answer!;
        var failures = new List<string>();
        var success = a["success"] is JsonValue sv && sv.GetValueKind() == JsonValueKind.True;
        ConformanceRunner.Expect(failures, "success", ConformanceRunner.Bool((bool)report["success"]!), ConformanceRunner.Bool(success));
        ConformanceRunner.Expect(failures, "path", string.Join(">", report["path"]!.AsArray().Select(v => (string)v!)), string.Join(">", Strings(a["path"])));
        static string Change(JsonNode? c) => c is JsonObject o
            ? $"{Text(o, "kind")} {Text(o, "step")} {Text(o, "pointer")} {Text(o, "extensionKey")} {Text(o, "original")} {Text(o, "fallback")}"
            : "?";
        var changes = report["changes"]!.AsArray().Select(Change).ToList();
        var actualChanges = (a["changes"] as JsonArray ?? []).Select(Change).ToList();
        if (!changes.SequenceEqual(actualChanges, StringComparer.Ordinal))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"changes differ: expected {changes.Count}, got {actualChanges.Count}"));
        }

        var findings = report["findings"]!.AsArray().Select(f => $"{(string)f!["code"]!} {(string)f["pointer"]!}").ToList();
        var actualFindings = TryFindings(a, out var got) ? got.Select(f => $"{f.Code} {f.Pointer}").ToList() : ["(not a findings array)"];
        if (!findings.SequenceEqual(actualFindings, StringComparer.Ordinal))
        {
            failures.Add("findings differ: expected " + string.Join(", ", findings) + "; got " + string.Join(", ", actualFindings));
        }

        var expectedOutput = Path.Combine(dir, "expected-output.json");
        if (success && File.Exists(expectedOutput))
        {
            var output = Base64(a, "output");
            if (output is null)
            {
                failures.Add("no output (base64) in the answer");
            }
            else if (!SameCanonical(File.ReadAllBytes(expectedOutput), output))
            {
                failures.Add("output differs from expected-output.json (RFC 8785)");
            }
        }

        return failures;
    }

    public static async Task<IReadOnlyList<string>> VerifyAsync(IConformanceProduct product, string folder, string trustFile, JsonNode item, CancellationToken ct)
    {
        var attachments = new JsonObject();
        foreach (var (id, file) in item["attachments"]!.AsObject())
        {
            attachments[id] = Convert.ToBase64String(File.ReadAllBytes(Path.Combine(folder, (string)file!)));
        }

        var answer = await AskAsync(product, "verify", new JsonObject
        {
            ["case"] = (string)item["id"]!,
            ["envelope"] = Convert.ToBase64String(File.ReadAllBytes(Path.Combine(folder, (string)item["file"]!))),
            ["trustList"] = Convert.ToBase64String(File.ReadAllBytes(trustFile)),
            ["verifyAt"] = (string)item["verifyAt"]!,
            ["verifierAuthorityId"] = (string?)item["verifierAuthorityId"],
            ["requiredRoles"] = item["requiredRoles"]!.DeepClone(),
            ["attachments"] = attachments,
        }, ct).ConfigureAwait(false);
        if (answer.Failure is { } failure)
        {
            return [failure];
        }

        var a = answer.Answer!;
        var failures = new List<string>();
        ConformanceRunner.Expect(failures, "verified", ConformanceRunner.Bool((bool)item["expectVerified"]!), ConformanceRunner.Bool(a["verified"] is JsonValue v && v.GetValueKind() == JsonValueKind.True));
        var expected = item["expectedFindings"]!.AsArray().Select(f => $"{(string)f!["code"]!} {(string)f["pointer"]!}").ToList();
        var actual = TryFindings(a, out var got) ? got.Select(f => $"{f.Code} {f.Pointer}").ToList() : ["(not a findings array)"];
        if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            failures.Add("findings differ: expected " + string.Join(", ", expected) + "; got " + string.Join(", ", actual));
        }

        return failures;
    }

    public static async Task<IReadOnlyList<string>> SignAsync(IConformanceProduct product, string folder, JsonNode item, CancellationToken ct)
    {
        string At(string member) => Path.Combine(folder, (string)item[member]!);
        var message = File.ReadAllBytes(At("message"));
        var role = (string)item["role"]!;
        // The attachments the signature must cover travel as in verify: id -> base64 bytes (specification §7.5).
        var attachments = (item["attachments"]?.AsObject() ?? []).Select(a => (Id: a.Key, Bytes: File.ReadAllBytes(Path.Combine(folder, (string)a.Value!)))).ToList();
        var answer = await AskAsync(product, "sign", new JsonObject
        {
            ["case"] = (string)item["id"]!,
            ["message"] = Convert.ToBase64String(message),
            ["key"] = File.ReadAllText(At("key")),
            ["chain"] = File.ReadAllText(At("chain")),
            ["role"] = role,
            ["alg"] = (string?)item["alg"],
            ["signingTime"] = (string)item["signingTime"]!,
            ["attachments"] = new JsonObject(attachments.Select(a => KeyValuePair.Create(a.Id, (JsonNode?)Convert.ToBase64String(a.Bytes)))),
        }, ct).ConfigureAwait(false);
        if (answer.Failure is { } failure)
        {
            return [failure];
        }

        if (Base64(answer.Answer!, "envelope") is not { } envelope)
        {
            return ["the answer has no envelope (base64)"];
        }

        // The kit verifies the product's signature itself, as a conforming verifier would (specification §7.8).
        var trust = TrustList.Read(File.ReadAllBytes(At("trustList"))).TrustList!;
        var at = DateTimeOffset.Parse((string)item["verifyAt"]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var policy = new VerificationPolicy { VerifierAuthorityId = (string?)item["verifierAuthorityId"], RequiredRoles = [SdkConformanceAdapter.Role(role)] };
        // Handed the attachments, the verifier refuses one that the product's signature does not cover.
        var result = new EnvelopeVerifier(trust, policy, new SdkConformanceAdapter.FixedTime(at)).Verify(envelope, [.. attachments.Select(a => EnvelopeAttachment.FromBytes(a.Id, a.Bytes))]);
        var failures = result.Findings.Select(f => $"the kit's verifier reports {f.Code} at '{f.Pointer}'").ToList();
        if (!result.IsSuccess && failures.Count == 0)
        {
            failures.Add("the kit's verifier does not verify the envelope");
        }

        if (!SameContent(message, envelope))
        {
            failures.Add("the signed envelope's content without signatures is not the message's (RFC 8785)");
        }

        if ((string?)item["alg"] is { } alg && NewSignatureAlgorithm(envelope) is { } used && used != alg)
        {
            failures.Add($"the new signature uses {used}, the case asks for {alg}");
        }

        // A signer appends its signature and copies the existing ones unchanged (specification §7.4, §7.7).
        if (!KeepsSignatures(message, envelope))
        {
            failures.Add("the signed envelope does not keep the message's signatures unchanged before the new one");
        }

        return failures;
    }

    public static async Task<IReadOnlyList<string>> EncryptionAsync(IConformanceProduct product, string folder, JsonNode item, CancellationToken ct)
    {
        var message = File.ReadAllBytes(Path.Combine(folder, (string)item["message"]!));
        using var key = KitKey.Create((string)item["keyType"]!);
        if ((string)item["op"]! == "decrypt")
        {
            var jwe = EnvelopeEncryptor.EncryptToCertificate(message, key.Certificate, (string?)item["alg"], (string?)item["enc"]);
            var answer = await AskAsync(product, "decrypt", new JsonObject { ["case"] = (string)item["id"]!, ["jwe"] = jwe, ["key"] = key.PrivateKeyPem }, ct).ConfigureAwait(false);
            if (answer.Failure is { } failure)
            {
                return [failure];
            }

            return Base64(answer.Answer!, "plaintext") is { } plaintext
                ? plaintext.AsSpan().SequenceEqual(message) ? [] : ["the plaintext is not the bytes the kit encrypted"]
                : ["the answer has no plaintext (base64)"];
        }
        else
        {
            var answer = await AskAsync(product, "encrypt", new JsonObject { ["case"] = (string)item["id"]!, ["message"] = Convert.ToBase64String(message), ["certificate"] = key.Certificate.ExportCertificatePem() }, ct).ConfigureAwait(false);
            if (answer.Failure is { } failure)
            {
                return [failure];
            }

            if (Text(answer.Answer!, "jwe") is not { } jwe)
            {
                return ["the answer has no jwe (compact serialization)"];
            }

            using var decryptor = EnvelopeDecryptor.FromPem(key.PrivateKeyPem);
            var result = decryptor.Decrypt(jwe);
            return result.Plaintext is { } plaintext
                ? plaintext.Span.SequenceEqual(message) ? [] : ["the kit decrypts the JWE to other bytes than the message"]
                : [.. result.Findings.Select(f => $"the kit's decryptor reports {f.Code} at '{f.Pointer}'")];
        }
    }

    private readonly record struct Asked(JsonObject? Answer, string? Failure);

    private static async Task<Asked> AskAsync(IConformanceProduct product, string op, JsonObject request, CancellationToken ct)
    {
        if (!product.Operations.Contains(op))
        {
            return new(null, $"the product does not offer the operation {op}");
        }

        request["op"] = op;
        var answer = await product.CallAsync(request, ct).ConfigureAwait(false);
        return answer["error"] is not null ? new(null, "the product answered an error: " + ConformanceAdapterClient.Describe(answer)) : new(answer, null);
    }

    private sealed record AnswerFinding(string Code, string Pointer, string? Severity);

    private static bool TryFindings(JsonObject answer, out List<AnswerFinding> findings)
    {
        findings = [];
        if (answer["findings"] is not JsonArray array)
        {
            return false;
        }

        foreach (var f in array)
        {
            if (f is not JsonObject o || Text(o, "code") is not { } code || Text(o, "pointer") is not { } pointer)
            {
                return false;
            }

            findings.Add(new AnswerFinding(code, pointer, Text(o, "severity")));
        }

        return true;
    }

    private static string? Text(JsonObject o, string member) => o[member] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? (string)v! : null;

    private static IEnumerable<string> Strings(JsonNode? node) => (node as JsonArray ?? []).Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? (string)v! : "?");

    private static byte[]? Base64(JsonObject o, string member)
    {
        try
        {
            return Text(o, member) is { } text ? Convert.FromBase64String(text) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool SameCanonical(byte[] a, byte[] b)
    {
        try
        {
            return JsonCanonicalizer.Canonicalize(a).AsSpan().SequenceEqual(JsonCanonicalizer.Canonicalize(b));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool SameContent(byte[] message, byte[] envelope)
    {
        try
        {
            var signed = JsonNode.Parse(envelope)!.AsObject();
            signed.Remove("signatures");
            var unsigned = JsonNode.Parse(message)!.AsObject();
            unsigned.Remove("signatures");
            return SameCanonical(System.Text.Encoding.UTF8.GetBytes(unsigned.ToJsonString()), System.Text.Encoding.UTF8.GetBytes(signed.ToJsonString()));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The <c>alg</c> of the envelope's last signature, or null when it cannot be read (the verifier then says why).</summary>
    private static string? NewSignatureAlgorithm(byte[] envelope)
    {
        try
        {
            var last = (JsonNode.Parse(envelope)!["signatures"] as JsonArray)?.LastOrDefault();
            return last?["protected"] is JsonValue p && p.GetValueKind() == JsonValueKind.String && Base64UrlStrict.TryDecode((string)p!, out var header)
                && JsonNode.Parse(header)?["alg"] is JsonValue a && a.GetValueKind() == JsonValueKind.String ? (string)a! : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>True when the envelope's signatures are the message's, member for member, followed by exactly one more.</summary>
    private static bool KeepsSignatures(byte[] message, byte[] envelope)
    {
        try
        {
            var before = JsonNode.Parse(message)!["signatures"] as JsonArray ?? [];
            var after = JsonNode.Parse(envelope)!["signatures"] as JsonArray ?? [];
            return after.Count == before.Count + 1 && before.Select((s, i) => JsonNode.DeepEquals(s, after[i])).All(same => same);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>A TEST-ONLY key pair with a self-signed certificate, made for one case and thrown away.</summary>
    private sealed class KitKey : IDisposable
    {
        private KitKey(X509Certificate2 certificate, string privateKeyPem)
        {
            Certificate = certificate;
            PrivateKeyPem = privateKeyPem;
        }

        public X509Certificate2 Certificate { get; }

        public string PrivateKeyPem { get; }

        public static KitKey Create(string keyType)
        {
            var subject = new X500DistinguishedName("CN=MLAT TEST ONLY conformance kit encryption key, O=MLAT TEST ONLY");
            var from = DateTimeOffset.UtcNow.AddDays(-1);
            if (keyType == "EC-P256")
            {
                using var ec = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
                using var signer = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                var request = new CertificateRequest(subject, new PublicKey(ec), HashAlgorithmName.SHA256);
                request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyAgreement, critical: true));
                var cert = request.Create(subject, X509SignatureGenerator.CreateForECDsa(signer), from, from.AddDays(2), [1, 2, 3, 4]);
                return new KitKey(cert, ec.ExportPkcs8PrivateKeyPem());
            }

            if (keyType == "RSA-3072")
            {
                using var rsa = RSA.Create(3072);
                var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
                return new KitKey(request.CreateSelfSigned(from, from.AddDays(2)), rsa.ExportPkcs8PrivateKeyPem());
            }

            throw new FormatException("Unknown key type.");
        }

        public void Dispose() => Certificate.Dispose();
    }
}
