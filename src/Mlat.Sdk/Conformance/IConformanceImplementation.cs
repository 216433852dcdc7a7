namespace Mlat.Sdk.Conformance;

/// <summary>
/// Another product under test: the conformance runner asks it about one validation sample at a time and compares its
/// answer with the manifest's expected outcome. How the product is reached (a process, an HTTP endpoint, an in-process
/// library) is the implementer's business; the <c>mlat conformance run --implementation</c> command of the CLI runs a
/// shell command per sample.
/// </summary>
public interface IConformanceImplementation
{
    /// <summary>The product's name, recorded in the report.</summary>
    string Name { get; }

    /// <summary>Validates one sample as the product would.</summary>
    /// <param name="sample">The sample file and what the manifest forces for it.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The product's verdict and findings, or why it gave no usable answer.</returns>
    Task<ConformanceAnswer> ValidateAsync(ConformanceSample sample, CancellationToken cancellationToken);
}

/// <summary>One validation sample of the kit, as handed to an <see cref="IConformanceImplementation"/>.</summary>
public sealed class ConformanceSample
{
    /// <summary>The full path of the sample file.</summary>
    public required string Path { get; init; }

    /// <summary>The wire name of the profile the manifest forces (for example <c>EIO</c>); <see langword="null"/>: the message's own.</summary>
    public string? Profile { get; init; }

    /// <summary>The full path of the request the sample is validated in the context of; <see langword="null"/> when none.</summary>
    public string? RequestPath { get; init; }

    /// <summary>The kit's id of the case (for example <c>reading/duplicate-member-header</c>), for the product's logs; <see langword="null"/> when not known.</summary>
    public string? CaseId { get; init; }
}

/// <summary>What an <see cref="IConformanceImplementation"/> answered for one sample.</summary>
public sealed class ConformanceAnswer
{
    /// <summary>True when the product accepted the sample.</summary>
    public bool IsValid { get; init; }

    /// <summary>The product's findings; only <see cref="Finding.Code"/> and <see cref="Finding.Pointer"/> are compared.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>
    /// Why the product gave no usable answer (for example output that is not the expected JSON); the case then fails
    /// with this text. Codes and exit statuses only, never sample content.
    /// </summary>
    public string? Error { get; init; }

    /// <summary>An answer saying the product gave nothing usable.</summary>
    /// <param name="error">Why, without sample content.</param>
    /// <returns>The answer.</returns>
    public static ConformanceAnswer Unusable(string error) => new() { Error = error };
}
