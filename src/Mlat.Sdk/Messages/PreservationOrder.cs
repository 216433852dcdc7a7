namespace Mlat.Sdk.Messages;

/// <summary>
/// An order or request to preserve electronic evidence pending a production request: a European Preservation Order
/// Certificate (EPOC-PR, Regulation (EU) 2023/1543 annex II; 60 days unless extended or confirmed, art. 11(1)) or an
/// expedited preservation request under Budapest Convention art. 29 (at least 60 days, art. 29(7)). Since 1.1.
/// </summary>
public sealed record PreservationOrder : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.PreservationOrder;

    /// <summary>Legal basis of the order: EPOC_PR or BUDAPEST_ART29 (specification §13).</summary>
    public required Profile Profile { get; init; }

    /// <summary>The issuing authority (EPOC-PR annex II sections A and F; Budapest art. 29(2)(a)).</summary>
    public required Authority IssuingAuthority { get; init; }

    /// <summary>The validating authority (Regulation (EU) 2023/1543 art. 4; annex II section G).</summary>
    public Authority? ValidatingAuthority { get; init; }

    /// <summary>The designated establishment or legal representative addressed (EPOC annex I section B); since 1.2 absent in a Budapest art. 29 request that knows only an identifier or the location of the system (art. 29(2)(d)), and required otherwise by rule MLAT-R-0113.</summary>
    public ServiceProvider? Addressee { get; init; }

    /// <summary>Sent to this addressee because the designated establishment did not react in an emergency (art. 7(2)).</summary>
    public bool? AddresseeEmergencyCase { get; init; }

    /// <summary>Issued in an emergency case (Regulation (EU) 2023/1543 art. 3(18)).</summary>
    public bool? Emergency { get; init; }

    /// <summary>Issued in an emergency without prior validation (art. 4(5)).</summary>
    public bool? ValidationWaived { get; init; }

    /// <summary>Time limits, for example the preservation expiry (art. 11(1)).</summary>
    public IReadOnlyList<Deadline>? Deadlines { get; init; }

    /// <summary>Related requests for the same data.</summary>
    public IReadOnlyList<RequestReference>? RelatedRequests { get; init; }

    /// <summary>The data to be preserved, one item per identifier (annex II section C; Budapest art. 29(2)(c)).</summary>
    public required IReadOnlyList<DataRequest> DataRequests { get; init; }

    /// <summary>Type of proceedings (annex II section D).</summary>
    public Proceedings? Proceedings { get; init; }

    /// <summary>The offences (annex II section D; Budapest art. 29(2)(b)).</summary>
    public IReadOnlyList<Offence>? Offences { get; init; }

    /// <summary>Brief summary of the facts (Budapest art. 29(2)(b)).</summary>
    public MultilingualText? FactsSummary { get; init; }

    /// <summary>Natural persons concerned.</summary>
    public IReadOnlyList<NaturalPerson>? Persons { get; init; }

    /// <summary>Legal persons concerned.</summary>
    public IReadOnlyList<LegalPerson>? LegalPersons { get; init; }

    /// <summary>Confidentiality and use limitations.</summary>
    public Confidentiality? Confidentiality { get; init; }

    /// <summary>Date of issue.</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>Documents sent with the order.</summary>
    public IReadOnlyList<AttachmentRef>? Attachments { get; init; }

    /// <summary>Why preservation is necessary (Budapest art. 29(2)(e); Regulation (EU) 2023/1543 art. 6(2)).</summary>
    public MultilingualText? Necessity { get; init; }

    /// <summary>Information identifying the custodian of the data or the location of the system (Budapest art. 29(2)(d)).</summary>
    public MultilingualText? CustodianInformation { get; init; }

    /// <summary>A request for search, seizure or disclosure will follow (Budapest art. 29(2)(f)).</summary>
    public bool? SubsequentRequestIntended { get; init; }
}
