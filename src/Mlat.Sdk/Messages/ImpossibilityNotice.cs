using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// A service provider cannot execute a production or preservation order (Regulation (EU) 2023/1543 art. 10(6) to
/// 10(8), 11(4) to 11(6) and annex III), including a reasoned objection for conflicting obligations under the law of
/// a third country (art. 17; annex III section E). Since 1.1.
/// </summary>
public sealed record ImpossibilityNotice : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.ImpossibilityNotice;

    /// <summary>The order that cannot be executed (annex III section C).</summary>
    public required RequestReference Order { get; init; }

    /// <summary>Whether it is a production or a preservation order.</summary>
    public required OrderType OrderType { get; init; }

    /// <summary>The service provider concerned (annex III sections B and H).</summary>
    public required ServiceProvider ServiceProvider { get; init; }

    /// <summary>The authority that issued the order (annex III section A).</summary>
    public Authority? IssuingAuthority { get; init; }

    /// <summary>Reasons for non-execution, per identifier or for the whole order (annex III section D).</summary>
    public required IReadOnlyList<NonExecutionReason> Reasons { get; init; }

    /// <summary>Conflicting obligations under third-country law (art. 17; annex III section E).</summary>
    public ConflictingObligations? ConflictingObligations { get; init; }

    /// <summary>Information the provider needs from the issuing authority (annex III section F; art. 10(7)).</summary>
    public MultilingualText? InformationRequired { get; init; }

    /// <summary>Whether the data concerned are preserved, per item, and until when (annex III section G).</summary>
    public IReadOnlyList<PreservationStatus>? Preservation { get; init; }

    /// <summary>Date of the notice.</summary>
    public DateOnly? IssuedOn { get; init; }
}

/// <summary>Kind of order an <see cref="ImpossibilityNotice"/> concerns.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderType>))]
public enum OrderType
{
    /// <summary>European Production Order Certificate (annex I).</summary>
    [JsonStringEnumMemberName("EPOC")]
    Epoc = 1,

    /// <summary>European Preservation Order Certificate (annex II).</summary>
    [JsonStringEnumMemberName("EPOC_PR")]
    EpocPr,

    /// <summary>An order under another instrument, such as CETS 224 art. 7.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}

/// <summary>Why an order cannot be executed (Regulation (EU) 2023/1543 art. 10(6) to 10(8), 16, 17 and annex III section D).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImpossibilityReason>))]
public enum ImpossibilityReason
{
    /// <summary>The certificate is incomplete (art. 10(7)).</summary>
    [JsonStringEnumMemberName("INCOMPLETE")]
    Incomplete = 1,

    /// <summary>The certificate contains manifest errors (art. 10(7)).</summary>
    [JsonStringEnumMemberName("MANIFEST_ERRORS")]
    ManifestErrors,

    /// <summary>The certificate lacks information needed to execute it (art. 10(7)).</summary>
    [JsonStringEnumMemberName("INSUFFICIENT_INFORMATION")]
    InsufficientInformation,

    /// <summary>De facto impossibility: the data were deleted before the order was received (art. 10(8)).</summary>
    [JsonStringEnumMemberName("DATA_DELETED_BEFORE_RECEIPT")]
    DataDeletedBeforeReceipt,

    /// <summary>De facto impossibility: the provider does not hold the data (art. 10(8)).</summary>
    [JsonStringEnumMemberName("DATA_NOT_HELD")]
    DataNotHeld,

    /// <summary>De facto impossibility: the user cannot be identified (art. 10(8)).</summary>
    [JsonStringEnumMemberName("USER_NOT_IDENTIFIABLE")]
    UserNotIdentifiable,

    /// <summary>De facto impossibility: force majeure (art. 10(8)).</summary>
    [JsonStringEnumMemberName("FORCE_MAJEURE")]
    ForceMajeure,

    /// <summary>Immunities or privileges, or rules on freedom of press or expression (art. 5(9), 12(1)(a)).</summary>
    [JsonStringEnumMemberName("IMMUNITY_OR_PRIVILEGE")]
    ImmunityOrPrivilege,

    /// <summary>Conflicting obligations under the law of a third country (art. 17).</summary>
    [JsonStringEnumMemberName("CONFLICTING_THIRD_COUNTRY_LAW")]
    ConflictingThirdCountryLaw,

    /// <summary>Another reason, explained.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}

/// <summary>Why one item, or the whole order, cannot be executed (annex III section D).</summary>
public sealed record NonExecutionReason
{
    /// <summary>Item of the order concerned; absent = the whole order.</summary>
    public string? DataRequestRef { get; init; }

    /// <summary>The reasons that apply.</summary>
    public required IReadOnlyList<ImpossibilityReason> Reasons { get; init; }

    /// <summary>Explanation, needed in practice for <see cref="ImpossibilityReason.Other"/>.</summary>
    public MultilingualText? Explanation { get; init; }
}

/// <summary>A reasoned objection: the order conflicts with the law of a third country (Regulation (EU) 2023/1543 art. 17; annex III section E).</summary>
public sealed record ConflictingObligations
{
    /// <summary>The third country whose law conflicts.</summary>
    public required CountryCode ThirdCountry { get; init; }

    /// <summary>The provisions of the third country's law that conflict (art. 17(2)).</summary>
    public required IReadOnlyList<LegalReference> ApplicableLaw { get; init; }

    /// <summary>Nature of the conflicting obligation.</summary>
    public required MultilingualText Nature { get; init; }

    /// <summary>Why the law applies and why the conflict exists (art. 17(2)).</summary>
    public MultilingualText? Explanation { get; init; }
}

/// <summary>Whether the data of one item are preserved while the impossibility is resolved (annex III section G).</summary>
public sealed record PreservationStatus
{
    /// <summary>Item concerned; absent = all items.</summary>
    public string? DataRequestRef { get; init; }

    /// <summary>Whether the data are preserved.</summary>
    public required bool Preserved { get; init; }

    /// <summary>Last day of preservation.</summary>
    public DateOnly? Until { get; init; }
}
