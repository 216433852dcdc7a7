namespace Mlat.Sdk.CountryProfiles;

/// <summary>
/// A party's country profile (specification §10.7): the <c>requirements</c> of its capabilities document, per instrument
/// it executes requests under. Read by the capabilities reader (<c>CapabilitiesDocument.Requirements</c>); given to
/// <c>MlatValidator.Validate(utf8Json, recipient)</c> to check a draft against it. Codes are kept as written (wire
/// names such as <c>SEARCH_AND_SEIZURE</c>); a code this SDK does not know simply never matches.
/// </summary>
public sealed record CountryProfile
{
    /// <summary>ISO 3166-1 alpha-2 code of the publishing party's country, if stated.</summary>
    public string? Country { get; init; }

    /// <summary>Authority id of the publishing party.</summary>
    public required string AuthorityId { get; init; }

    /// <summary>The requirements per instrument; the instruments listed are the ones the party accepts.</summary>
    public required IReadOnlyList<InstrumentRequirements> Instruments { get; init; }
}

/// <summary>Where a requirement comes from.</summary>
public enum RequirementSourceStatus
{
    /// <summary>The citation names a published text that was read (a deposited declaration, a notification, a statute, published guidance).</summary>
    Published,

    /// <summary>The item shows the format; no published text was verified. Never rely on it.</summary>
    Illustrative,
}

/// <summary>The legal source of a requirement.</summary>
public sealed record RequirementSource
{
    /// <summary>Published or illustrative.</summary>
    public required RequirementSourceStatus Status { get; init; }

    /// <summary>The source in words: instrument, article, declaration or document.</summary>
    public required string Citation { get; init; }

    /// <summary>Where the text is published, if stated.</summary>
    public string? Url { get; init; }
}

/// <summary>What every item of a country profile has: an id, its source and the days it applies.</summary>
public abstract record RequirementItem
{
    /// <summary>The item's id; <c>MLAT-REQ-*</c> findings name it.</summary>
    public required string Id { get; init; }

    /// <summary>Where the item comes from.</summary>
    public required RequirementSource Source { get; init; }

    /// <summary>First day the item applies.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Last day the item applies, if it has an end.</summary>
    public DateOnly? EffectiveUntil { get; init; }

    /// <summary>A note for the sender, if any; never checked.</summary>
    public string? Note { get; init; }

    /// <summary>Whether the item applies on <paramref name="day"/>.</summary>
    /// <param name="day">The day a request is made (its <c>header.createdAt</c>, in UTC).</param>
    /// <returns>True from <see cref="EffectiveFrom"/> to <see cref="EffectiveUntil"/>, both included.</returns>
    public bool AppliesOn(DateOnly day) => day >= EffectiveFrom && (EffectiveUntil is null || day <= EffectiveUntil.Value);
}

/// <summary>What the party requires of requests under one instrument.</summary>
public sealed record InstrumentRequirements : RequirementItem
{
    /// <summary>The instrument (an InstrumentCode wire name, for example <c>ETS_030</c>).</summary>
    public required string Instrument { get; init; }

    /// <summary>Accepted languages.</summary>
    public IReadOnlyList<LanguageRequirement> Languages { get; init; } = [];

    /// <summary>Reservations and declarations.</summary>
    public IReadOnlyList<Declaration> Declarations { get; init; } = [];

    /// <summary>Dual-criminality requirements per measure.</summary>
    public IReadOnlyList<DualCriminalityRequirement> DualCriminality { get; init; } = [];

    /// <summary>Minimum penalty thresholds.</summary>
    public IReadOnlyList<PenaltyThreshold> PenaltyThresholds { get; init; } = [];

    /// <summary>Measures not executed, or executed only under conditions.</summary>
    public IReadOnlyList<MeasureRestriction> Measures { get; init; } = [];

    /// <summary>Accepted routes and receiving authorities.</summary>
    public IReadOnlyList<ChannelRequirement> Channels { get; init; } = [];

    /// <summary>Required signer roles and algorithms, if stated.</summary>
    public SignatureRequirement? Signatures { get; init; }

    /// <summary>The encryption certificate and algorithms, if stated.</summary>
    public EncryptionRequirement? Encryption { get; init; }

    /// <summary>Costs rules (informational).</summary>
    public IReadOnlyList<CostsRule> Costs { get; init; } = [];
}

/// <summary>Languages accepted for requests, for some or all urgency levels.</summary>
public sealed record LanguageRequirement : RequirementItem
{
    /// <summary>Urgency levels (UrgencyLevel wire names) the item applies to; empty = every level.</summary>
    public IReadOnlyList<string> Urgency { get; init; } = [];

    /// <summary>ISO 639-1 codes of the accepted languages.</summary>
    public required IReadOnlyList<string> Languages { get; init; }
}

/// <summary>A reservation or declaration under the instrument.</summary>
public sealed record Declaration : RequirementItem
{
    /// <summary><c>RESERVATION</c> or <c>DECLARATION</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The article it concerns.</summary>
    public required string Article { get; init; }

    /// <summary>What it says, in a sentence.</summary>
    public required string Summary { get; init; }

    /// <summary>ICCS codes (prefixes) of offences for which no assistance is given; empty when the declaration is informational.</summary>
    public IReadOnlyList<string> ExcludedOffences { get; init; } = [];
}

/// <summary>Measures executed only when the conduct is punishable under the party's law too.</summary>
public sealed record DualCriminalityRequirement : RequirementItem
{
    /// <summary>Measure types (wire names) concerned.</summary>
    public required IReadOnlyList<string> Measures { get; init; }

    /// <summary>Assessments (DualCriminalityAssessment wire names) that satisfy it; empty = <c>PUNISHABLE_IN_BOTH_STATES</c> only.</summary>
    public IReadOnlyList<string> Accepted { get; init; } = [];
}

/// <summary>A least maximum penalty for measures.</summary>
public sealed record PenaltyThreshold : RequirementItem
{
    /// <summary>Measure types (wire names) concerned.</summary>
    public required IReadOnlyList<string> Measures { get; init; }

    /// <summary>The least maximum custodial penalty, an ISO 8601 duration as written (for example <c>P1Y</c>).</summary>
    public required string Minimum { get; init; }
}

/// <summary>A measure not executed, or executed only under conditions.</summary>
public sealed record MeasureRestriction : RequirementItem
{
    /// <summary>The measure type (wire name).</summary>
    public required string Measure { get; init; }

    /// <summary><c>NOT_EXECUTED</c> or <c>CONDITIONAL</c>.</summary>
    public required string Execution { get; init; }

    /// <summary>For <c>CONDITIONAL</c>: condition codes (<c>JUDICIAL_AUTHORISATION</c>, <c>CONSISTENT_WITH_LAW</c>).</summary>
    public IReadOnlyList<string> Conditions { get; init; } = [];
}

/// <summary>Accepted routes and the receiving authority, for some or all measures and urgency levels.</summary>
public sealed record ChannelRequirement : RequirementItem
{
    /// <summary>Measure types (wire names) the item applies to; empty = every measure.</summary>
    public IReadOnlyList<string> Measures { get; init; } = [];

    /// <summary>Urgency levels the item applies to; empty = every level.</summary>
    public IReadOnlyList<string> Urgency { get; init; } = [];

    /// <summary>Accepted transmission routes (TransmissionRoute wire names).</summary>
    public required IReadOnlyList<string> Routes { get; init; }

    /// <summary>Authority id of the authority that receives such requests, if stated.</summary>
    public string? AuthorityId { get; init; }

    /// <summary>Its official name, if stated.</summary>
    public string? AuthorityName { get; init; }
}

/// <summary>Signer roles a request must carry and the algorithms accepted.</summary>
public sealed record SignatureRequirement : RequirementItem
{
    /// <summary>Signer roles (<c>ISSUING</c>, <c>VALIDATING</c>) that must each sign.</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>Accepted JWS algorithms; empty = those of the document's <c>signatureAlgorithms</c>.</summary>
    public IReadOnlyList<string> Algorithms { get; init; } = [];
}

/// <summary>The certificate to encrypt to and the algorithms accepted.</summary>
public sealed record EncryptionRequirement : RequirementItem
{
    /// <summary>The certificate, DER bytes.</summary>
    public required ReadOnlyMemory<byte> Certificate { get; init; }

    /// <summary>Accepted JWE alg+enc pairs; empty = those of the document's <c>encryptionAlgorithms</c>.</summary>
    public IReadOnlyList<string> Algorithms { get; init; } = [];
}

/// <summary>Who bears the costs of execution (informational).</summary>
public sealed record CostsRule : RequirementItem
{
    /// <summary>The rule code (<c>REQUESTED_PARTY_BEARS</c>, <c>EXPERT_AND_TRANSFER_COSTS_REFUNDED</c>, <c>EXTRAORDINARY_COSTS_CONSULTED</c>).</summary>
    public required string Rule { get; init; }
}
