using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Conformance;

/// <summary>
/// The profiles of the kit: named subsets of the cases, so a vendor can say which one its product passes
/// (docs/conformance.md). A receiver must judge messages exactly as the standard does; a sender must produce valid
/// messages and agree on versions and conversions; the envelope profile proves a verifier.
/// </summary>
public static class ConformanceProfiles
{
    // The per-release profiles come from the release catalogue: a new release gets its receiver, sender and rules
    // profiles without an edit here.
    private static readonly Dictionary<string, (string Description, Func<ConformanceCaseKey, bool> Selects)> All = Build();

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

    /// <summary>The conformance levels a full run reports on: every profile but <c>full</c> and the grouping <c>validation</c>.</summary>
    internal static IEnumerable<string> Levels => Names.Where(n => n is not ("full" or "validation"));

    private static Dictionary<string, (string Description, Func<ConformanceCaseKey, bool> Selects)> Build()
    {
        var all = new Dictionary<string, (string Description, Func<ConformanceCaseKey, bool> Selects)>(StringComparer.Ordinal)
        {
            ["full"] = ("every case of the kit", _ => true),
        };
        var versions = StandardCatalogue.Releases.Select(r => r.Version).ToArray();
        foreach (var v in versions)
        {
            all["receiver-core-" + v] = ($"{v} valid and invalid messages (schema) and every strict-reading and header case", k => (k.Suite is ConformanceSuites.Valid or ConformanceSuites.Invalid && k.Version == v) || k.Suite == ConformanceSuites.Reading);
        }

        foreach (var v in versions)
        {
            all["schema-" + v] = ($"{v} valid and invalid messages only: the schema and header level, without the strict-reading cases", k => k.Suite is ConformanceSuites.Valid or ConformanceSuites.Invalid && k.Version == v);
        }

        foreach (var v in versions)
        {
            all["sender-core-" + v] = ($"{v} valid messages, version negotiation and conversion", k => (k.Suite == ConformanceSuites.Valid && k.Version == v) || k.Suite is ConformanceSuites.Negotiation or ConformanceSuites.Conversion);
        }

        foreach (var v in versions)
        {
            all["rules-" + v] = ($"business rules on {v} messages", k => k.Suite == ConformanceSuites.Rules && k.Version == v);
        }

        // Rules per instrument (specification §14.1: "rules of 1.1 for EIO and EPOC"): the rule cases of every rule that
        // applies to that business-rule profile, in every release; a profile-independent rule belongs to each.
        foreach (var instrument in MlatJson.WireNames<Messages.Profile>())
        {
            all["rules-" + instrument] = ($"business rules that apply to {instrument} messages, every release", k => k.Suite == ConformanceSuites.Rules && k.Instruments.Contains(instrument));
        }

        all["strict-reading"] = ("the strict-reading and header cases only (samples/reading, specification 5.2-5.4)", k => k.Suite == ConformanceSuites.Reading);
        all["signer"] = ("signs a message with a kit key so that the kit's verifier accepts it (samples/signing, specification 7.1-7.7)", k => k.Suite == ConformanceSuites.Signing);
        all["verifier"] = ("verifies signed envelopes with the expected findings in order (samples/envelopes/verification, specification 7.8-7.10)", k => k.Suite == ConformanceSuites.Envelopes);
        all["encryption"] = ("decrypts a kit-made JWE and encrypts to a kit certificate (samples/encryption, specification 9)", k => k.Suite == ConformanceSuites.Encryption);
        all["validation"] = ("every strict-reading, valid, invalid and rule case (what --implementation runs)", k => k.Suite is ConformanceSuites.Reading or ConformanceSuites.Valid or ConformanceSuites.Invalid or ConformanceSuites.Rules);
        all["versioning"] = ("version negotiation and conversion", k => k.Suite is ConformanceSuites.Negotiation or ConformanceSuites.Conversion);
        all["envelopes"] = ("signed-envelope verification (JAdES-shaped JWS, trust list, roles, attachments)", k => k.Suite == ConformanceSuites.Envelopes);
        all["cases"] = ("case folding: each conversation of samples/cases gives its expected state, deadlines and MLAT-FLOW findings", k => k.Suite == ConformanceSuites.Cases);
        all["requirements"] = ("country profiles: each draft of samples/capabilities/cases gives exactly its expected MLAT-REQ findings against the recipient's profile (specification 10.7)", k => k.Suite == ConformanceSuites.Requirements);
        return all;
    }
}

/// <summary>The suites a case belongs to (the JUnit test-suite names).</summary>
public static class ConformanceSuites
{
    /// <summary>samples/reading: strict-reading and header cases as raw bytes (specification §5.2–§5.4), in every receiver profile.</summary>
    public const string Reading = "reading";

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

    /// <summary>samples/signing: the product signs a message with a kit key; the kit verifies the signature (specification §7).</summary>
    public const string Signing = "signing";

    /// <summary>samples/encryption: the product decrypts a kit-made JWE and encrypts to a kit certificate (specification §9).</summary>
    public const string Encryption = "encryption";

    /// <summary>samples/cases: whole conversations folded to their expected state (docs/cases.md).</summary>
    public const string Cases = "cases";

    /// <summary>samples/capabilities/cases: drafts checked against a country profile, with their expected <c>MLAT-REQ-*</c> findings (specification §10.7).</summary>
    public const string Requirements = "requirements";
}

internal readonly record struct ConformanceCaseKey(string Suite, string? Version)
{
    /// <summary>For a rule case, the wire names of the business-rule profiles its rule applies to; otherwise empty.</summary>
    public IReadOnlyList<string> Instruments { get; init; } = [];
}
