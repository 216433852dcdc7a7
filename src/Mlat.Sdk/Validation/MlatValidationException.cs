namespace Mlat.Sdk.Validation;

/// <summary>
/// Thrown by the <c>...OrThrow</c> helpers when a message is not valid. The message lists codes and pointers only,
/// never values from the message.
/// </summary>
public sealed class MlatValidationException : Exception
{
    /// <summary>Creates the exception from the findings of a failed validation.</summary>
    /// <param name="findings">The findings; at least one is an error.</param>
    public MlatValidationException(IReadOnlyList<Finding> findings)
        : base(Describe(findings))
    {
        Findings = findings;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public MlatValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">Message with codes and pointers only.</param>
    public MlatValidationException(string message)
        : base(message)
    {
        Findings = [];
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">Message with codes and pointers only.</param>
    /// <param name="innerException">The cause.</param>
    public MlatValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Findings = [];
    }

    /// <summary>The findings of the failed validation.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    private static string Describe(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var shown = findings.Take(5).Select(f => $"{f.Code} at '{f.Pointer}'");
        var more = findings.Count > 5 ? $" and {findings.Count - 5} more" : string.Empty;
        return $"The message is not valid: {string.Join("; ", shown)}{more}.";
    }
}
