namespace Mlat.Sdk.Conformance;

/// <summary>
/// The profiles of the kit: named subsets of the cases, so a vendor can say which one its product passes
/// (docs/conformance.md). A receiver must judge messages exactly as the standard does; a sender must produce valid
/// messages and agree on versions and conversions; the envelope profile proves a verifier.
/// </summary>
public static class ConformanceProfiles
{
    private static readonly Dictionary<string, (string Description, Func<ConformanceCaseKey, bool> Selects)> All = new(StringComparer.Ordinal)
    {
        ["full"] = ("every case of the kit", _ => true),
        ["receiver-core-1.0"] = ("1.0 valid and invalid messages (strict reading, schema)", k => k.Suite is ConformanceSuites.Valid or ConformanceSuites.Invalid && k.Version == "1.0"),
        ["receiver-core-1.1"] = ("1.1 valid and invalid messages (strict reading, schema)", k => k.Suite is ConformanceSuites.Valid or ConformanceSuites.Invalid && k.Version == "1.1"),
        ["sender-core-1.0"] = ("1.0 valid messages, version negotiation and conversion", k => (k.Suite == ConformanceSuites.Valid && k.Version == "1.0") || k.Suite is ConformanceSuites.Negotiation or ConformanceSuites.Conversion),
        ["sender-core-1.1"] = ("1.1 valid messages, version negotiation and conversion", k => (k.Suite == ConformanceSuites.Valid && k.Version == "1.1") || k.Suite is ConformanceSuites.Negotiation or ConformanceSuites.Conversion),
        ["rules-1.0"] = ("business rules on 1.0 messages", k => k.Suite == ConformanceSuites.Rules && k.Version == "1.0"),
        ["rules-1.1"] = ("business rules on 1.1 messages", k => k.Suite == ConformanceSuites.Rules && k.Version == "1.1"),
        ["validation"] = ("every valid, invalid and rule case (what --implementation runs)", k => k.Suite is ConformanceSuites.Valid or ConformanceSuites.Invalid or ConformanceSuites.Rules),
        ["versioning"] = ("version negotiation and conversion", k => k.Suite is ConformanceSuites.Negotiation or ConformanceSuites.Conversion),
        ["envelopes"] = ("signed-envelope verification (JAdES-shaped JWS, trust list, roles, attachments)", k => k.Suite == ConformanceSuites.Envelopes),
    };

    /// <summary>The profile names, in documentation order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Keys];

    /// <summary>One line saying what a profile covers.</summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentException">The name is not a profile.</exception>
    public static string Describe(string name)
        => All.TryGetValue(name, out var p) ? p.Description : throw new ArgumentException("Unknown conformance profile.", nameof(name));

    internal static bool Selects(string? profile, ConformanceCaseKey key) => profile is null || All[profile].Selects(key);

    internal static bool Exists(string name) => All.ContainsKey(name);
}

/// <summary>The suites a case belongs to (the JUnit test-suite names).</summary>
public static class ConformanceSuites
{
    /// <summary>Valid messages of samples/manifest.json.</summary>
    public const string Valid = "valid";

    /// <summary>Invalid messages (one defect each) of samples/manifest.json.</summary>
    public const string Invalid = "invalid";

    /// <summary>Business-rule cases of samples/manifest.json.</summary>
    public const string Rules = "rules";

    /// <summary>samples/negotiation.</summary>
    public const string Negotiation = "negotiation";

    /// <summary>samples/conversion.</summary>
    public const string Conversion = "conversion";

    /// <summary>samples/envelopes/verification.</summary>
    public const string Envelopes = "envelopes";
}

internal readonly record struct ConformanceCaseKey(string Suite, string? Version);
