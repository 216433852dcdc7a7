namespace Mlat.Sdk.Conformance;

/// <summary>What a conformance run covers and against which implementation (specification §14).</summary>
public sealed record ConformanceOptions
{
    /// <summary>The samples folder holding <c>manifest.json</c>, <c>negotiation/</c>, <c>conversion/</c> and <c>envelopes/</c>.</summary>
    public required string SamplesDirectory { get; init; }

    /// <summary>A kit profile name from <see cref="ConformanceProfiles.Names"/>; <see langword="null"/> runs every case.</summary>
    public string? Profile { get; init; }

    /// <summary>
    /// Another product to run the validation cases against; <see langword="null"/> runs every case against this SDK.
    /// When set, only the validation cases (valid, invalid, rules) run.
    /// </summary>
    public IConformanceImplementation? Implementation { get; init; }

    /// <summary>
    /// A product reached through the adapter protocol (<see cref="ConformanceAdapterClient"/>): every suite the protocol
    /// carries (reading, valid, invalid, rules, negotiation, conversion, envelopes, signing, encryption) runs against it;
    /// case folding and country profiles run only in process. <see cref="Implementation"/>, when also set, takes the
    /// validation cases.
    /// </summary>
    public ConformanceAdapterClient? Adapter { get; init; }

    /// <summary>How many cases run at once (an external implementation especially); at least 1.</summary>
    public int MaxParallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);
}
