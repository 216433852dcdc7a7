using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation;

/// <summary>
/// Everything one validation found: parse, schema and rule findings ordered by pointer, and the typed message when no
/// finding is an error (specification §5.6). Bad data never throws; it ends up here.
/// </summary>
public sealed class ValidationReport : IMlatResult
{
    internal ValidationReport(string? version, MessageType? messageType, IReadOnlyList<Finding> findings, MlatMessage? message)
    {
        Version = MlatVersion.TryParse(version, out var parsed) ? parsed : null;
        MessageType = messageType;
        Findings = findings;
        Message = message;
    }

    /// <summary>True when the message is valid: no finding has error severity, and <see cref="Message"/> is set.</summary>
    public bool IsSuccess => Message is not null && !Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>
    /// The profile whose business rules ran: the forced one (<see cref="MlatValidatorOptions.Profile"/>), else the
    /// request's own; null when no profile-specific rule ran (a reply without a forced profile, or a message that
    /// did not reach the rules).
    /// </summary>
    public Profile? Profile { get; internal init; }

    /// <summary>The standard version read from the header, if it could be read as <c>MAJOR.MINOR</c>.</summary>
    public MlatVersion? Version { get; }

    /// <summary>The message type read from the header, if it could be read and is known.</summary>
    public MessageType? MessageType { get; }

    /// <summary>Every finding, ordered by pointer and then by code.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The typed message; only set when the message has no error-level finding.</summary>
    public MlatMessage? Message { get; }

    /// <summary>Returns the typed message or throws <see cref="MlatException"/> carrying the findings.</summary>
    /// <exception cref="MlatException">The message has error-level findings.</exception>
    public MlatMessage MessageOrThrow() => MlatException.Unless(this, Message);
}
