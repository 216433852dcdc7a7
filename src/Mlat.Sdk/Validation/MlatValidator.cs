using System.Collections.Frozen;
using System.Text.Json;
using Mlat.Sdk.Messages;
using Mlat.Sdk.CountryProfiles;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation.Compiled;
using Mlat.Sdk.Validation.Rules;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Validation;

/// <summary>Options of a <see cref="MlatValidator"/>.</summary>
public sealed record MlatValidatorOptions
{
    /// <summary>Size and depth limits, enforced while reading (specification §5.2).</summary>
    public ReaderLimits Limits { get; init; } = new();

    /// <summary>
    /// Forces the profile whose business rules run (specification §13). Null (the default): a request is checked under its
    /// own <c>profile</c> member; any other message type, which carries no profile, under the profile-independent
    /// rules only. Set it to check a request against another instrument, or a reply against the rules of the request's
    /// instrument (for example the refusal grounds of a RefusalNotice).
    /// </summary>
    public Profile? Profile { get; init; }

    /// <summary>
    /// Runs the schema stage with NJsonSchema on a second (Newtonsoft) parse instead of the compiled validator: the
    /// oracle the differential tests compare the compiled validator with, kept for those tests and measurements only.
    /// </summary>
    internal bool NJsonSchemaStage { get; init; }
}

/// <summary>
/// Runs the validation pipeline of specification §5.1 on a message's bytes: limits and strict parse, header (version and
/// message type) before the body, schema of that version and type, binding to the C# model when nothing is an
/// error, then the business rules of the message's profile on the bound message (so rules never see schema-invalid
/// data). Bad data never throws — every problem is a <see cref="Finding"/> in the <see cref="ValidationReport"/>.
/// Schemas are loaded once per process; an instance is immutable and safe to use from many threads.
/// </summary>
public sealed class MlatValidator
{
    private static readonly FrozenDictionary<string, MessageType> TypesByName =
        Enum.GetValues<MessageType>().ToFrozenDictionary(t => t.ToString(), StringComparer.Ordinal);

    private readonly ReaderLimits limits;
    private readonly Profile? forcedProfile;
    private readonly Func<JsonElement, string, string, IReadOnlyList<Finding>> schemas;
    private readonly Microsoft.Extensions.Logging.ILogger logger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    /// <summary>Creates a validator that logs each outcome (type, version, verdict, finding codes; never content).</summary>
    /// <param name="options">Limits and other settings.</param>
    /// <param name="logger">Receives one debug entry per validation; codes and counts only, no personal data.</param>
    public MlatValidator(MlatValidatorOptions options, Microsoft.Extensions.Logging.ILogger<MlatValidator> logger)
        : this(options)
    {
        ArgumentNullException.ThrowIfNull(logger);
        this.logger = logger;
    }

    /// <summary>Creates a validator with the given options.</summary>
    /// <param name="options">Limits and other settings.</param>
    public MlatValidator(MlatValidatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Limits);
        limits = options.Limits;
        forcedProfile = options.Profile;
        // Step 4 walks the strict reader's document with the compiled schemas (no second parse); the NJsonSchema stage
        // remains only as the differential tests' oracle.
        if (options.NJsonSchemaStage)
        {
            var oracle = limits.MaxDepth == ReaderLimits.DefaultMaxDepth ? SchemaValidator.Embedded : new SchemaValidator(SchemaCatalog.Embedded, limits.MaxDepth);
            schemas = oracle.Validate;
        }
        else
        {
            var compiled = limits.MaxDepth == ReaderLimits.DefaultMaxDepth ? CompiledSchemaValidator.Embedded : new CompiledSchemaValidator(SchemaCatalog.Embedded, limits.MaxDepth);
            schemas = compiled.Validate;
        }
    }

    /// <summary>A validator with the default limits (16 MiB, depth 64).</summary>
    public static MlatValidator Default { get; } = new(new MlatValidatorOptions());

    /// <summary>Validates a message held in memory.</summary>
    /// <param name="utf8Json">The message's UTF-8 bytes.</param>
    /// <returns>Every finding, and the typed message when there is no error.</returns>
    public ValidationReport Validate(ReadOnlyMemory<byte> utf8Json) => Complete(StrictJsonReader.Read(utf8Json, limits), null);

    /// <summary>
    /// Validates a message in the context of the request or order it belongs to (a reply, a follow-up of the requesting
    /// side, an extension or notice about an order): the context's profile applies unless
    /// <see cref="MlatValidatorOptions.Profile"/> forces another, and the rules that compare a message with its request
    /// run (specification §13.3). The context is an AssistanceRequest, a ProductionOrder or a PreservationOrder; any other
    /// message given as context is reported as <see cref="FindingCodes.RuleContextNotRequest"/> (the rules that need the
    /// context then do not run, so such a report is never valid).
    /// </summary>
    /// <param name="utf8Json">The message's UTF-8 bytes.</param>
    /// <param name="request">The validated request or order the message belongs to.</param>
    /// <returns>Every finding, and the typed message when there is no error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public ValidationReport Validate(ReadOnlyMemory<byte> utf8Json, MlatMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Complete(StrictJsonReader.Read(utf8Json, limits), request);
    }

    /// <summary>
    /// Validates a draft request against the recipient's country profile (specification §10.7): the whole pipeline as
    /// <see cref="Validate(ReadOnlyMemory{byte})"/>, then, for an AssistanceRequest without error, each requirement of the
    /// profile in force on the request's day; every unmet one is an <c>MLAT-REQ-*</c> finding (error) at the member of the
    /// draft that fails it, naming the profile's item and its legal source. Pass the <c>Requirements</c> of a capabilities
    /// document whose signatures verified (<c>CapabilitiesReader.Read(bytes, verifier)</c>): an unverified profile could
    /// make a sender drop what the real recipient needs. Other message types are validated as without a profile.
    /// </summary>
    /// <param name="utf8Json">The draft's UTF-8 bytes.</param>
    /// <param name="recipient">The recipient's verified country profile.</param>
    /// <returns>Every finding, and the typed message when there is no error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipient"/> is null.</exception>
    public ValidationReport Validate(ReadOnlyMemory<byte> utf8Json, CountryProfile recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return Complete(StrictJsonReader.Read(utf8Json, limits), null, recipient);
    }

    /// <summary>
    /// Validates a message built in code, exactly as a receiver will validate it: it is written as the wire form
    /// (<see cref="MlatJson.SerializeToUtf8Bytes"/>) and read back through the whole pipeline, so schema, format and rule
    /// findings are the receiver's. <see cref="MemberPaths.For"/> maps each finding's pointer to the C# member to fix. A
    /// body of another type than <c>header.messageType</c> names is <see cref="FindingCodes.TypeBodyMismatch"/>, not an
    /// exception.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <returns>Every finding, and the message read back when there is no error.</returns>
    public ValidationReport Validate(MlatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Body is null || message.Header is null || message.Body.MessageType != message.Header.MessageType)
        {
            return new ValidationReport(message.Header?.Version?.ToString(), message.Header?.MessageType, [Finding.Error(FindingCodes.TypeBodyMismatch, "/header/messageType", "The body is of another message type than header.messageType names.")], null);
        }

        return Validate(MlatJson.SerializeToUtf8Bytes(message));
    }

    /// <summary>Validates a message read from a stream; at most the size limit plus one byte is read.</summary>
    /// <param name="utf8Json">The stream of the message's UTF-8 bytes.</param>
    /// <returns>Every finding, and the typed message when there is no error.</returns>
    public ValidationReport Validate(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Complete(StrictJsonReader.Read(utf8Json, limits), null);
    }

    /// <summary>Validates a message read asynchronously from a stream (for example an HTTP request body).</summary>
    /// <param name="utf8Json">The stream of the message's UTF-8 bytes.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Every finding, and the typed message when there is no error.</returns>
    public async ValueTask<ValidationReport> ValidateAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Complete(await StrictJsonReader.ReadAsync(utf8Json, limits, cancellationToken).ConfigureAwait(false), null);
    }

    /// <summary>The reader limits this validator reads with (the receive pipeline reads once, with these).</summary>
    internal ReaderLimits Limits => limits;

    /// <summary>
    /// Validates a document the caller has already read strictly (the receive pipeline verifies and validates one read,
    /// never a second parse). Takes ownership of <paramref name="read"/> and disposes it.
    /// </summary>
    internal ValidationReport Validate(ReadResult read, MlatMessage? request)
    {
        ArgumentNullException.ThrowIfNull(read);
        return Complete(read, request);
    }

    private ValidationReport Complete(ReadResult read, MlatMessage? request, CountryProfile? recipient = null)
    {
        var report = CompleteCore(read, request, recipient);
        if (!logger.IsEnabled(report.IsSuccess ? Microsoft.Extensions.Logging.LogLevel.Information : Microsoft.Extensions.Logging.LogLevel.Warning))
        {
            return report;
        }

#pragma warning disable CA1873 // IsEnabled is checked just above, for the level this entry uses.
        if (!report.IsSuccess)
        {
            // Codes and counts only: findings' pointers and messages stay out of logs (they may reveal case content).
            SdkLog.ValidationFailed(logger, report.MessageType?.ToString() ?? "unknown", report.Version?.ToString() ?? "unknown", report.Findings.Count, string.Join(",", report.Findings.Select(f => f.Code).Distinct()));
        }
        else
        {
            SdkLog.Validated(logger, report.MessageType?.ToString() ?? "unknown", report.Version?.ToString() ?? "unknown", report.Findings.Count);
        }
#pragma warning restore CA1873

        return report;
    }

    private ValidationReport CompleteCore(ReadResult read, MlatMessage? request, CountryProfile? recipient)
    {
        using (read)
        {
            MessageType? type = read.MessageType is { } name && TypesByName.TryGetValue(name, out var known) ? known : null;
            if (!read.IsSuccess || read.Document is null || read.Version is null || type is null)
            {
                return new ValidationReport(read.Version, type, Order(read.Findings), null);
            }

            var root = read.Document.RootElement;
            var findings = new List<Finding>(schemas(root, read.Version, read.MessageType!));
            findings.AddRange(read.Warnings);
            MlatMessage? message = null;
            Profile? profile = null;
            if (!findings.Exists(f => f.Severity == FindingSeverity.Error))
            {
                try
                {
                    message = MlatJson.Bind(root, type.Value);
                    if (request is not null && !RuleSet.IsContext(request))
                    {
                        // A caller's mistake that bad data can also cause (a reply handed as its own context): a finding,
                        // and the message is checked without the context rather than against the wrong one.
                        findings.Add(Finding.Error(FindingCodes.RuleContextNotRequest, string.Empty, "The context given for this message is not a request or order (an AssistanceRequest, ProductionOrder or PreservationOrder); the message was checked without it."));
                        request = null;
                    }

                    profile = RuleSet.ProfileOf(message, forcedProfile ?? (request is null ? null : RuleSet.ProfileOf(request, null)));
                    RuleSet.Run(message, profile, request, findings);
                    DeprecatedCodes.Report(message, findings);
                    if (recipient is not null)
                    {
                        RequirementChecker.Check(root, recipient, findings);
                    }
                }
                catch (MessageBindingException ex)
                {
                    // A value the schema cannot rule out (30 February in a partial date) is the message's defect, with its
                    // own code; anything else the schema accepted but the model cannot hold is a defect of the SDK. Both
                    // are reported at the member, never thrown.
                    findings.Add(Finding.Error(ex.Code, ex.Pointer, ex.Message));
                    message = null;
                }
            }

            // specification §5.6: the typed message is handed out only when no finding (rules included) is an error.
            var valid = !findings.Exists(f => f.Severity == FindingSeverity.Error);
            return new ValidationReport(read.Version, type, Order(findings), valid ? message : null) { Profile = profile };
        }
    }

    private static Finding[] Order(IEnumerable<Finding> findings)
        => findings.OrderBy(f => f.Pointer, StringComparer.Ordinal).ThenBy(f => f.Code, StringComparer.Ordinal).ToArray();
}
