namespace Mlat.Sdk.Messages;

/// <summary>
/// Adds to or amends an earlier request (EIO annex A section D(1); UNTOC art. 18(16); UNCAC art. 46(16)). Items keep the
/// local ids of the original request: an amended item replaces the original item with the same id as a whole; a new item
/// takes an id not used in the original.
/// </summary>
public sealed record SupplementaryRequest : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.SupplementaryRequest;

    /// <summary>The request being supplemented or amended.</summary>
    public required RequestReference OriginalRequest { get; init; }

    /// <summary>Why the request is supplemented or amended.</summary>
    public MultilingualText? Reasons { get; init; }

    /// <summary>Measures added to the request (EIO annex A sections C and H; UNTOC art. 18(3)).</summary>
    public IReadOnlyList<Measure>? NewMeasures { get; init; }

    /// <summary>Measures of the original request replaced as a whole, matched by id.</summary>
    public IReadOnlyList<Measure>? AmendedMeasures { get; init; }

    /// <summary>Natural persons added to the request (EIO annex A section E(i); UNTOC art. 18(15)(e)).</summary>
    public IReadOnlyList<NaturalPerson>? NewPersons { get; init; }

    /// <summary>Natural persons of the original request replaced as a whole, matched by id.</summary>
    public IReadOnlyList<NaturalPerson>? AmendedPersons { get; init; }

    /// <summary>Legal persons added to the request (EIO annex A section E(ii)).</summary>
    public IReadOnlyList<LegalPerson>? NewLegalPersons { get; init; }

    /// <summary>Legal persons of the original request replaced as a whole, matched by id.</summary>
    public IReadOnlyList<LegalPerson>? AmendedLegalPersons { get; init; }

    /// <summary>
    /// Positions in the proceedings of new persons, or changed positions of existing ones; a position given here for a
    /// person replaces the one given before (EIO annex A section E).
    /// </summary>
    public IReadOnlyList<PartyInCase>? Parties { get; init; }

    /// <summary>Facts added to the summary of facts (EIO annex A section G(1); UNTOC art. 18(15)(c)).</summary>
    public MultilingualText? FactsSupplement { get; init; }

    /// <summary>Offences added to the request (EIO annex A section G(2)-(3)).</summary>
    public IReadOnlyList<Offence>? NewOffences { get; init; }

    /// <summary>Offences of the original request replaced as a whole, matched by id.</summary>
    public IReadOnlyList<Offence>? AmendedOffences { get; init; }

    /// <summary>Replaces the description of the proceedings, for example after a change of stage (EIO annex A section F).</summary>
    public Proceedings? Proceedings { get; init; }

    /// <summary>Replaces the urgency of the original request (EIO annex A section B).</summary>
    public Urgency? Urgency { get; init; }

    /// <summary>New or changed deadlines, each with its reason (EIO annex A section B, art. 12(2); UNTOC art. 18(24)).</summary>
    public IReadOnlyList<Deadline>? Deadlines { get; init; }

    /// <summary>Replaces or completes the purpose of the request (UNTOC art. 18(15)(f)).</summary>
    public MultilingualText? Purpose { get; init; }

    /// <summary>Replaces the confidentiality conditions (EIO art. 19; UNTOC art. 18(20)).</summary>
    public Confidentiality? Confidentiality { get; init; }

    /// <summary>Date of signature.</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>Documents sent with the supplementary request (EIO art. 5(2)).</summary>
    public IReadOnlyList<AttachmentRef>? Attachments { get; init; }
}
