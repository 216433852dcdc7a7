using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// An order to a service provider to produce electronic evidence: a European Production Order Certificate (EPOC,
/// Regulation (EU) 2023/1543 annex I), an order for subscriber information under CETS 224 art. 7, a request to give
/// effect to an order under art. 8, or an emergency request under art. 9; <see cref="Profile"/> names which. Since 1.1.
/// </summary>
public sealed record ProductionOrder : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.ProductionOrder;

    /// <summary>Legal basis of the order: EPOC, EPOC_PR, BUDAPEST_ART29 or CETS224_ART7 (specification §13).</summary>
    public required Profile Profile { get; init; }

    /// <summary>The issuing authority (EPOC annex I sections A and I; CETS 224 art. 7(3)(a)).</summary>
    public required Authority IssuingAuthority { get; init; }

    /// <summary>The validating authority, where the issuing authority is not a judge, court or investigating judge (Regulation (EU) 2023/1543 art. 4; EPOC annex I section J).</summary>
    public Authority? ValidatingAuthority { get; init; }

    /// <summary>The designated establishment or legal representative addressed (EPOC annex I section B).</summary>
    public required ServiceProvider Addressee { get; init; }

    /// <summary>Sent to this addressee because, in an emergency, the designated establishment or legal representative did not react in time (Regulation (EU) 2023/1543 art. 7(2)).</summary>
    public bool? AddresseeEmergencyCase { get; init; }

    /// <summary>Issued in an emergency case (Regulation (EU) 2023/1543 art. 3(18)): data due at the latest within 8 hours (art. 10(4)).</summary>
    public required bool Emergency { get; init; }

    /// <summary>Issued in an emergency without prior validation; validation sought ex post within 48 hours (Regulation (EU) 2023/1543 art. 4(5)).</summary>
    public bool? ValidationWaived { get; init; }

    /// <summary>Time limits of the order (EPOC annex I section C).</summary>
    public IReadOnlyList<Deadline>? Deadlines { get; init; }

    /// <summary>Earlier preservation orders, production orders, EIOs or MLA requests for the same data (EPOC annex I section D).</summary>
    public IReadOnlyList<RequestReference>? RelatedRequests { get; init; }

    /// <summary>The electronic evidence sought, one item per identifier (EPOC annex I sections E and F).</summary>
    public required IReadOnlyList<DataRequest> DataRequests { get; init; }

    /// <summary>Type of proceedings (EPOC annex I section G; Regulation (EU) 2023/1543 art. 5(3)).</summary>
    public Proceedings? Proceedings { get; init; }

    /// <summary>The offences for which the order is issued (EPOC annex I section G; CETS 224 art. 7(3)(d)).</summary>
    public IReadOnlyList<Offence>? Offences { get; init; }

    /// <summary>Summary of the facts and of the relation of the data to the offence (EPOC annex I section G).</summary>
    public MultilingualText? FactsSummary { get; init; }

    /// <summary>Natural persons concerned, referenced by id.</summary>
    public IReadOnlyList<NaturalPerson>? Persons { get; init; }

    /// <summary>Legal persons concerned, referenced by id.</summary>
    public IReadOnlyList<LegalPerson>? LegalPersons { get; init; }

    /// <summary>Confidentiality and use limitations.</summary>
    public Confidentiality? Confidentiality { get; init; }

    /// <summary>Date of issue (EPOC annex I section I).</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>Documents sent with the order.</summary>
    public IReadOnlyList<AttachmentRef>? Attachments { get; init; }

    /// <summary>Whether the issuing authority informs the user or delays it (Regulation (EU) 2023/1543 art. 13; EPOC annex I section H).</summary>
    public UserInformation? UserInformation { get; init; }

    /// <summary>Notification of the enforcing authority (Regulation (EU) 2023/1543 art. 8; EPOC annex I section K).</summary>
    public EnforcingAuthorityNotification? EnforcingAuthority { get; init; }

    /// <summary>To whom the data are to be transferred (EPOC annex I section L point (a)).</summary>
    public DataRecipient? DataRecipient { get; init; }

    /// <summary>The authority that receives the data when it is not the issuing one (EPOC annex I section L).</summary>
    public Authority? DataRecipientAuthority { get; init; }

    /// <summary>Privileges, immunities or fundamental-interest rules known to the issuing authority (Regulation (EU) 2023/1543 art. 5(9), 5(10)).</summary>
    public MultilingualText? PrivilegesOrImmunities { get; init; }

    /// <summary>The order is notified at the same time to the authority of the Party where the provider is (CETS 224 art. 7(5)).</summary>
    public bool? SimultaneousNotification { get; init; }
}

/// <summary>Information of the person whose data are sought (Regulation (EU) 2023/1543 art. 13; EPOC annex I section H).</summary>
public sealed record UserInformation
{
    /// <summary>Whether the user is informed, informing is delayed, or not required.</summary>
    public required UserInformationMode Mode { get; init; }

    /// <summary>Date until which informing the user is delayed (art. 13(3)).</summary>
    public DateOnly? DelayedUntil { get; init; }

    /// <summary>Why informing is delayed (art. 13(3)).</summary>
    public MultilingualText? Grounds { get; init; }
}

/// <summary>How the person whose data are sought is informed (Regulation (EU) 2023/1543 art. 13).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UserInformationMode>))]
public enum UserInformationMode
{
    /// <summary>The issuing authority informs the user without undue delay (art. 13(1)).</summary>
    [JsonStringEnumMemberName("INFORMED")]
    Informed = 1,

    /// <summary>Informing the user is delayed (art. 13(3)).</summary>
    [JsonStringEnumMemberName("DELAYED")]
    Delayed,

    /// <summary>Only subscriber or user-identification data are sought; informing is not required (art. 13(1)).</summary>
    [JsonStringEnumMemberName("NOT_INFORMED_SUBSCRIBER_DATA")]
    NotInformedSubscriberData,
}

/// <summary>
/// Notification of the enforcing State's authority (Regulation (EU) 2023/1543 art. 8; it may raise refusal grounds
/// within 10 days, 96 hours in an emergency, art. 10(2) and 12).
/// </summary>
public sealed record EnforcingAuthorityNotification
{
    /// <summary>Whether the enforcing authority is notified (art. 8(1)).</summary>
    public required bool Notified { get; init; }

    /// <summary>The enforcing authority notified (EPOC annex I section K).</summary>
    public Authority? Authority { get; init; }

    /// <summary>When it was notified.</summary>
    public DateTimeOffset? NotifiedAt { get; init; }

    /// <summary>When not notified: the reason notification is not required (Regulation (EU) 2023/1543 art. 8(1)–(2)). Since 1.2.</summary>
    public NotificationExemption? Exemption { get; init; }
}

/// <summary>Authority to which the data are transferred (EPOC annex I section L).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DataRecipient>))]
public enum DataRecipient
{
    /// <summary>The issuing authority.</summary>
    [JsonStringEnumMemberName("ISSUING_AUTHORITY")]
    IssuingAuthority = 1,

    /// <summary>The validating authority.</summary>
    [JsonStringEnumMemberName("VALIDATING_AUTHORITY")]
    ValidatingAuthority,

    /// <summary>Another competent authority, named in <see cref="ProductionOrder.DataRecipientAuthority"/>.</summary>
    [JsonStringEnumMemberName("OTHER_COMPETENT_AUTHORITY")]
    OtherCompetentAuthority,
}

/// <summary>Why the enforcing authority is not notified (Regulation (EU) 2023/1543 art. 8(1)–(2)). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NotificationExemption>))]
public enum NotificationExemption
{
    /// <summary>The issuing authority has reasonable grounds to believe that the offence has been, is being or is likely to be committed in the issuing State and that the person whose data are sought resides there (Regulation (EU) 2023/1543 art. 8(2)).</summary>
    [JsonStringEnumMemberName("OFFENCE_AND_PERSON_IN_ISSUING_STATE")]
    OffenceAndPersonInIssuingState = 1,

    /// <summary>The order seeks subscriber data or data requested for the sole purpose of identifying the user only (art. 8(1)). Since 1.2.</summary>
    [JsonStringEnumMemberName("NOT_TRAFFIC_OR_CONTENT")]
    NotTrafficOrContent,
}
