namespace Mlat.Sdk;

/// <summary>
/// Thrown by the <c>…OrThrow()</c> methods of an <see cref="IMlatResult"/> that did not succeed. Its message lists
/// codes and pointers only, never values from the message.
/// </summary>
public sealed class MlatException : Exception
{
    /// <summary>Creates the exception from the findings of a result that did not succeed.</summary>
    /// <param name="findings">The findings; usually at least one is an error.</param>
    public MlatException(IReadOnlyList<Finding> findings)
        : base(Describe(findings))
    {
        Findings = findings;
    }

    /// <summary>Creates the exception without findings.</summary>
    public MlatException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">Message with codes and pointers only.</param>
    public MlatException(string message)
        : base(message)
    {
        Findings = [];
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">Message with codes and pointers only.</param>
    /// <param name="innerException">The cause.</param>
    public MlatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Findings = [];
    }

    /// <summary>The findings of the result that did not succeed.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// Returns <paramref name="value"/> when <paramref name="result"/> succeeded, else throws with its findings: the
    /// body of every <c>…OrThrow()</c>.
    /// </summary>
    internal static T Unless<T>(IMlatResult result, T? value)
        where T : class
        => result.IsSuccess && value is not null ? value : throw new MlatException(result.Findings);

    /// <inheritdoc cref="Unless{T}(IMlatResult, T)"/>
    internal static T Unless<T>(IMlatResult result, T? value)
        where T : struct
        => result.IsSuccess && value is { } present ? present : throw new MlatException(result.Findings);

    private static string Describe(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Count == 0)
        {
            return "The operation did not succeed.";
        }

        var shown = findings.Take(5).Select(f => $"{f.Code} at '{f.Pointer}'");
        var more = findings.Count > 5 ? $" and {findings.Count - 5} more" : string.Empty;
        return $"The operation did not succeed: {string.Join("; ", shown)}{more}.";
    }
}
