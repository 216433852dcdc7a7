namespace Mlat.Sdk.Messages;

/// <summary>
/// The requesting authority's answer to a RequestForAdditionalInformation (EIO art. 16(2)(a) and 11(4); UNTOC art. 18(16);
/// UNCAC art. 46(16)). The request for information itself is named by the header's inReplyTo; replaced parts of the original
/// request are matched by local id.
/// </summary>
public sealed record AdditionalInformationResponse : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.AdditionalInformationResponse;

    /// <summary>The assistance request concerned.</summary>
    public RequestReference? OriginalRequest { get; init; }

    /// <summary>One answer per item of the request for additional information (UNTOC art. 18(16)).</summary>
    public required IReadOnlyList<ItemAnswer> Answers { get; init; }

    /// <summary>Measures of the original request replaced as a whole, matched by id (EIO art. 16(2)(a)).</summary>
    public IReadOnlyList<Measure>? ReplacementMeasures { get; init; }

    /// <summary>Natural persons of the original request replaced as a whole, matched by id (EIO annex A section E(i)).</summary>
    public IReadOnlyList<NaturalPerson>? ReplacementPersons { get; init; }

    /// <summary>Legal persons of the original request replaced as a whole, matched by id (EIO annex A section E(ii)).</summary>
    public IReadOnlyList<LegalPerson>? ReplacementLegalPersons { get; init; }

    /// <summary>Offences of the original request replaced as a whole, matched by id (EIO annex A section G(2)-(3)).</summary>
    public IReadOnlyList<Offence>? ReplacementOffences { get; init; }

    /// <summary>Replaces the summary of facts (EIO annex A section G(1)).</summary>
    public MultilingualText? ReplacementFactsSummary { get; init; }

    /// <summary>Replaces the description of the proceedings (EIO annex A section F).</summary>
    public Proceedings? ReplacementProceedings { get; init; }

    /// <summary>Date of signature.</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>Documents the answers refer to by attachment id (EIO art. 5(2)).</summary>
    public IReadOnlyList<AttachmentRef>? Attachments { get; init; }
}

/// <summary>The answer to one item of a RequestForAdditionalInformation (UNTOC art. 18(16)).</summary>
public sealed record ItemAnswer
{
    /// <summary>The id of the item answered, as given in the RequestForAdditionalInformation.</summary>
    public required string ItemRef { get; init; }

    /// <summary>The information given.</summary>
    public required MultilingualText Answer { get; init; }

    /// <summary>Ids of attachments of this message that support the answer.</summary>
    public IReadOnlyList<string>? AttachmentRefs { get; init; }
}
