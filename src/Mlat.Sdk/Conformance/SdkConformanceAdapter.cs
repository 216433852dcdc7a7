using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Conformance;

/// <summary>
/// This SDK as a product under test: answers the requests of the conformance adapter protocol
/// (<see cref="ConformanceAdapterClient.Protocol"/>, docs/conformance.md) by calling the library, nothing else. The
/// in-process run of the kit asks it directly; <c>mlat conformance adapter</c> serves it over standard input and
/// output, so that the kit can drive the SDK through the protocol exactly as it drives another product.
/// </summary>
internal sealed class SdkConformanceAdapter : IConformanceProduct
{
    // The kit checks the SDK as shipped: default limits, each case's own profile unless the request forces one.
    private static readonly MlatValidator Validator = new(new MlatValidatorOptions());

    public static SdkConformanceAdapter Instance { get; } = new();

    public string Name => "Mlat.Sdk " + (typeof(SdkConformanceAdapter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    public IReadOnlySet<string> Operations { get; } = ConformanceAdapterClient.AllOperations;

    public Task<JsonObject> CallAsync(JsonObject request, CancellationToken cancellationToken) => Task.FromResult(Handle(request));

    /// <summary>Serves the protocol: one request per line in, one answer per line out, until the input ends.</summary>
    public static async Task ServeAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            JsonObject answer;
            try
            {
                answer = JsonNode.Parse(line) is JsonObject request ? Instance.Handle(request) : Error(null, "a request must be a JSON object");
            }
            catch (JsonException)
            {
                answer = Error(null, "a request must be one line of JSON");
            }

            await output.WriteLineAsync(answer.ToJsonString()).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public JsonObject Handle(JsonObject request)
    {
        var id = request["id"]?.DeepClone();
        try
        {
            var answer = (string?)request["op"] switch
            {
                "hello" => Hello(),
                "validate" => Validate(request),
                "verify" => Verify(request),
                "negotiate" => Negotiate(request),
                "convert" => Convert(request),
                "sign" => Sign(request),
                "decrypt" => Decrypt(request),
                "encrypt" => Encrypt(request),
                _ => Error(null, "unknown op"),
            };
            answer["id"] = id;
            return answer;
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or NullReferenceException or JsonException or ArgumentException or CryptographicException or KeyNotFoundException)
        {
            // A request the adapter cannot read is the kit's defect, answered by kind only.
            return Error(id, "request not understood: " + ex.GetType().Name);
        }
    }

    private static JsonObject Error(JsonNode? id, string text) => new() { ["id"] = id, ["error"] = text };

    private JsonObject Hello() => new()
    {
        ["protocol"] = ConformanceAdapterClient.Protocol,
        ["product"] = Name,
        ["operations"] = new JsonArray([.. ConformanceAdapterClient.AllOperations.Order(StringComparer.Ordinal).Select(o => (JsonNode)o)]),
    };

    private static JsonObject Validate(JsonObject r)
    {
        var validator = (string?)r["profile"] is { } p ? new MlatValidator(new MlatValidatorOptions { Profile = ConformanceRunner.ParseProfile(p) }) : Validator;
        var bytes = Bytes(r, "message");
        ValidationReport report;
        if (r["request"] is null)
        {
            report = validator.Validate(bytes);
        }
        else
        {
            var context = Validator.Validate(Bytes(r, "request")).Message;
            if (context is null)
            {
                return new JsonObject { ["error"] = "the request giving the context does not validate" };
            }

            report = validator.Validate(bytes, context);
        }

        return new JsonObject { ["valid"] = report.IsSuccess, ["findings"] = Findings(report.Findings, withSeverity: true) };
    }

    private static JsonObject Verify(JsonObject r)
    {
        var trust = TrustList.Read(Bytes(r, "trustList"));
        if (trust.TrustList is null)
        {
            return new JsonObject { ["verified"] = false, ["findings"] = Findings(trust.Findings, withSeverity: false) };
        }

        var policy = new VerificationPolicy
        {
            VerifierAuthorityId = (string?)r["verifierAuthorityId"],
            RequiredRoles = [.. (r["requiredRoles"]?.AsArray() ?? []).Select(v => Role((string)v!))],
        };
        var attachments = (r["attachments"]?.AsObject() ?? []).Select(a => EnvelopeAttachment.FromBytes(a.Key, System.Convert.FromBase64String((string)a.Value!))).ToList();
        var at = Instant(r, "verifyAt");
        var result = new EnvelopeVerifier(trust.TrustList, policy, new FixedTime(at)).Verify(Bytes(r, "envelope"), attachments);
        return new JsonObject { ["verified"] = result.IsSuccess, ["findings"] = Findings(result.Findings, withSeverity: false) };
    }

    private static JsonObject Negotiate(JsonObject r)
    {
        var sides = new CapabilitiesDocument[2];
        foreach (var (side, i) in new[] { ("sender", 0), ("receiver", 1) })
        {
            var read = CapabilitiesReader.Read(Encoding.UTF8.GetBytes(r[side]!.ToJsonString()));
            if (read.Document is null)
            {
                return new JsonObject { ["version"] = null, ["convertFrom"] = null, ["code"] = read.Findings.Select(f => f.Code).FirstOrDefault(), ["reasons"] = new JsonArray() };
            }

            sides[i] = read.Document;
        }

        var today = DateOnly.Parse((string)r["today"]!, CultureInfo.InvariantCulture);
        var negotiator = new VersionNegotiator(new FixedTime(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));
        // Cases name types as capabilities documents do, including types of a newer release this SDK does not know.
        var typeName = (string)r["messageType"]!;
        var result = negotiator.Negotiate(
            new NegotiationRequest
            {
                Sender = sides[0],
                Receiver = sides[1],
                MessageType = Enum.IsDefined(typeof(MessageType), typeName) ? Enum.Parse<MessageType>(typeName) : default,
                MustUnderstand = r["mustUnderstand"]?.AsArray().Select(v => (string)v!).ToArray() ?? [],
                ConversationVersion = (string?)r["conversationVersion"] is { } v ? MlatVersion.Parse(v) : null,
            },
            typeName);
        var errors = string.Join(",", result.Findings.Select(f => f.Code).Distinct());
        return new JsonObject
        {
            ["version"] = result.Version?.ToString(),
            ["convertFrom"] = result.ConvertFrom?.ToString(),
            ["code"] = errors.Length > 0 ? errors : null,
            ["reasons"] = new JsonArray([.. result.Reasons.Select(x => (JsonNode)ConformanceRunner.Snake(x.Code.ToString()))]),
        };
    }

    private static JsonObject Convert(JsonObject r)
    {
        var result = new MlatConverter(Validator).Convert(Bytes(r, "message"), MlatVersion.Parse((string)r["to"]!));
        return new JsonObject
        {
            ["success"] = result.IsSuccess,
            ["path"] = new JsonArray([.. result.Path.Select(p => (JsonNode)p.ToString())]),
            ["changes"] = new JsonArray([.. result.Changes.Select(c => (JsonNode)new JsonObject
            {
                ["kind"] = ConformanceRunner.Snake(c.Kind.ToString()),
                ["step"] = c.Step.ToString(),
                ["pointer"] = c.Pointer,
                ["extensionKey"] = c.ExtensionKey,
                ["original"] = c.Original,
                ["fallback"] = c.Fallback,
            })]),
            ["findings"] = Findings(result.Findings, withSeverity: false),
            ["output"] = result.Output is { } o ? System.Convert.ToBase64String(o) : null,
        };
    }

    private static JsonObject Sign(JsonObject r)
    {
        using var key = SigningKey.FromPem((string)r["key"]!, (string)r["chain"]!, (string?)r["alg"]);
        var attachments = (r["attachments"]?.AsObject() ?? []).Select(a => EnvelopeAttachment.FromBytes(a.Key, System.Convert.FromBase64String((string)a.Value!))).ToList();
        var result = new EnvelopeSigner(new FixedTime(Instant(r, "signingTime"))).Sign(Bytes(r, "message"), key, Role((string)r["role"]!), attachments);
        return result.Envelope is { } envelope
            ? new JsonObject { ["envelope"] = System.Convert.ToBase64String(envelope) }
            : new JsonObject { ["error"] = "not signed: " + string.Join(", ", result.Findings.Select(f => f.Code + " " + f.Pointer)) };
    }

    private static JsonObject Decrypt(JsonObject r)
    {
        using var decryptor = EnvelopeDecryptor.FromPem((string)r["key"]!);
        var result = decryptor.Decrypt((string)r["jwe"]!);
        return result.Plaintext is { } plaintext
            ? new JsonObject { ["plaintext"] = System.Convert.ToBase64String(plaintext.Span) }
            : new JsonObject { ["error"] = "not decrypted: " + string.Join(", ", result.Findings.Select(f => f.Code)) };
    }

    private static JsonObject Encrypt(JsonObject r)
    {
        using var certificate = X509Certificate2.CreateFromPem((string)r["certificate"]!);
        return new JsonObject { ["jwe"] = EnvelopeEncryptor.EncryptToCertificate(Bytes(r, "message"), certificate) };
    }

    private static byte[] Bytes(JsonObject r, string member) => System.Convert.FromBase64String((string)r[member]!);

    private static DateTimeOffset Instant(JsonObject r, string member)
        => DateTimeOffset.Parse((string)r[member]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    internal static SignerRole Role(string wire) => wire switch
    {
        "ISSUING" => SignerRole.Issuing,
        "VALIDATING" => SignerRole.Validating,
        "EXECUTING" => SignerRole.Executing,
        _ => throw new FormatException("Unknown signer role."),
    };

    private static JsonArray Findings(IEnumerable<Finding> findings, bool withSeverity) => new([.. findings.Select(f =>
    {
        var o = new JsonObject { ["code"] = f.Code, ["pointer"] = f.Pointer };
        if (withSeverity)
        {
            o["severity"] = f.Severity == FindingSeverity.Error ? "ERROR" : "WARNING";
        }

        return (JsonNode)o;
    })]);

    internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
