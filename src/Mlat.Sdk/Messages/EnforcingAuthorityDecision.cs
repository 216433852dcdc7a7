using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// The enforcing authority notified of a European Production Order raises no ground for refusal, or raises grounds
/// with their art. 12 codes, and may set conditions on use (Regulation (EU) 2023/1543 arts 8, 10(2) and 12). Since 1.2.
/// </summary>
public sealed record EnforcingAuthorityDecision : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.EnforcingAuthorityDecision;

    /// <summary>The European Production Order notified.</summary>
    public required RequestReference Order { get; init; }

    /// <summary>The decision.</summary>
    public required EnforcingDecisionKind Decision { get; init; }

    /// <summary>When the decision was taken (within 10 days of the notification, 96 hours in an emergency, art. 12(1)).</summary>
    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>The enforcing authority.</summary>
    public required Authority EnforcingAuthority { get; init; }

    /// <summary>The grounds raised (art. 12(1)(a)–(d)).</summary>
    public IReadOnlyList<EnforcingRefusalGround>? Grounds { get; init; }

    /// <summary>Ids of the data requests the grounds concern; absent means the whole order.</summary>
    public IReadOnlyList<string>? DataRequestRefs { get; init; }

    /// <summary>Conditions on the use of the data (art. 12(5)).</summary>
    public MultilingualText? ConditionsOnUse { get; init; }

    /// <summary>Reasons for the decision (art. 12(3)).</summary>
    public MultilingualText? Explanation { get; init; }
}

/// <summary>The enforcing authority's decision on a notified EPOC (Regulation (EU) 2023/1543 arts 10(2), 12). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EnforcingDecisionKind>))]
public enum EnforcingDecisionKind
{
    /// <summary>The enforcing authority raises no ground for refusal (Regulation (EU) 2023/1543 art. 10(2)).</summary>
    [JsonStringEnumMemberName("NO_GROUNDS_RAISED")]
    NoGroundsRaised = 1,

    /// <summary>It raises one or more grounds of art. 12(1); the addressee stops execution and does not transfer the data (art. 10(2), 12(3)).</summary>
    [JsonStringEnumMemberName("GROUNDS_RAISED")]
    GroundsRaised,
}

/// <summary>A ground for refusal the enforcing authority may raise (Regulation (EU) 2023/1543 art. 12(1)(a)–(d)). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EnforcingRefusalGround>))]
public enum EnforcingRefusalGround
{
    /// <summary>The data are protected by immunities or privileges, or by rules on criminal liability relating to freedom of the press or of expression (art. 12(1)(a)).</summary>
    [JsonStringEnumMemberName("IMMUNITY_OR_PRESS_FREEDOM")]
    ImmunityOrPressFreedom = 1,

    /// <summary>In exceptional situations, a manifest breach of a relevant fundamental right under Article 6 TEU and the Charter (art. 12(1)(b)).</summary>
    [JsonStringEnumMemberName("FUNDAMENTAL_RIGHTS")]
    FundamentalRights,

    /// <summary>Contrary to the principle of ne bis in idem (art. 12(1)(c)).</summary>
    [JsonStringEnumMemberName("NE_BIS_IN_IDEM")]
    NeBisInIdem,

    /// <summary>The conduct is not an offence under the law of the enforcing State, unless it is an annex IV offence punishable by at least three years (art. 12(1)(d)).</summary>
    [JsonStringEnumMemberName("DUAL_CRIMINALITY")]
    DualCriminality,
}
