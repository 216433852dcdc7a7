// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>A natural person concerned by a request (EIO annex A section E(i); UNTOC art. 18(15)(e); ETS 030 art. 14(1)(c)).</summary>
public sealed record NaturalPerson
{
    /// <summary>Identifier of the person inside the message thread, used by personRef and subjectRefs.</summary>
    public required string Id { get; init; }

    /// <summary>Family name(s) (EIO annex A section E(i): name).</summary>
    public required IReadOnlyList<string> FamilyNames { get; init; }

    /// <summary>First name(s) (EIO annex A section E(i)).</summary>
    public IReadOnlyList<string>? GivenNames { get; init; }

    /// <summary>Other relevant name(s), for example a former name (EIO annex A section E(i)).</summary>
    public IReadOnlyList<string>? OtherNames { get; init; }

    /// <summary>Aliases (EIO annex A section E(i)).</summary>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>Name at birth, when different from the family name.</summary>
    public string? BirthName { get; init; }

    /// <summary>Sex (EIO annex A section E(i)).</summary>
    public Sex? Sex { get; init; }

    /// <summary>Date of birth, possibly known only to the year or month (EIO annex A section E(i)).</summary>
    public PartialDate? DateOfBirth { get; init; }

    /// <summary>Place of birth (EIO annex A section E(i)).</summary>
    public PlaceOfBirth? PlaceOfBirth { get; init; }

    /// <summary>Nationalities (EIO annex A section E(i); UNTOC art. 18(15)(e); ETS 030 art. 14(1)(c)).</summary>
    public IReadOnlyList<CountryCode>? Nationalities { get; init; }

    /// <summary>Identity numbers or social security numbers (EIO annex A section E(i)).</summary>
    public IReadOnlyList<NationalIdentifier>? NationalIdentifiers { get; init; }

    /// <summary>Identity documents (EIO annex A section E(i)).</summary>
    public IReadOnlyList<IdentityDocument>? IdentityDocuments { get; init; }

    /// <summary>Residence, known or last known addresses (EIO annex A section E(i); UNTOC art. 18(15)(e): location).</summary>
    public IReadOnlyList<PersonAddress>? Addresses { get; init; }

    /// <summary>Languages the person understands (EIO annex A section E(i)).</summary>
    public IReadOnlyList<LanguageCode>? LanguagesUnderstood { get; init; }

    /// <summary>True if the person is held in custody (EIO annex A sections B and H1).</summary>
    public bool? InCustody { get; init; }

    /// <summary>True for a person whose identity is not known, described instead of given an invented name (EIO annex A section E; UNTOC art. 18(15)(e)). Since 1.2.</summary>
    public bool? IdentityUnknown { get; init; }

    /// <summary>What is known of a person whose identity is unknown (EIO annex A section E(i)). Since 1.2.</summary>
    public MultilingualText? IdentifyingDescription { get; init; }

    /// <summary>Protection categories of the person (Directive 2012/29/EU arts 21, 24; UNTOC arts 24–26). Since 1.2.</summary>
    public IReadOnlyList<ProtectionCategory>? Protection { get; init; }

    /// <summary>Language varieties the person understands that ISO 639-1 cannot name (EIO art. 24(5)(e)). Since 1.2.</summary>
    public IReadOnlyList<Iso6393Code>? LanguagesUnderstoodIso6393 { get; init; }

    /// <summary>The names in their original script(s), beside the transliterated ones (EIO annex A section E(i)). Since 1.2.</summary>
    public IReadOnlyList<OriginalScriptName>? OriginalScriptNames { get; init; }

    /// <summary>
    /// The designation under which a protected person appears in the proceedings when the name is withheld, with protection
    /// set (Directive 2012/29/EU art. 21; UNTOC art. 24(2)(a)); rule MLAT-R-0102. Since 1.2.
    /// </summary>
    public string? Pseudonym { get; init; }
}

/// <summary>
/// A person's name as written in its original script, so that the executing authority can match records kept in that script
/// (EIO annex A section E(i); UNTOC art. 18(15)(e)). Since 1.2.
/// </summary>
public sealed record OriginalScriptName
{
    /// <summary>ISO 15924 four-letter code of the script, for example Cyrl, Arab or Hans.</summary>
    public required string Script { get; init; }

    /// <summary>Family name(s) in that script.</summary>
    public IReadOnlyList<string>? FamilyNames { get; init; }

    /// <summary>Given name(s) in that script.</summary>
    public IReadOnlyList<string>? GivenNames { get; init; }

    /// <summary>The whole name as written, where the script or the naming custom does not separate family and given names.</summary>
    public string? FullName { get; init; }
}

/// <summary>Place of birth of a natural person (EIO annex A section E(i)).</summary>
public sealed record PlaceOfBirth
{
    /// <summary>City, town or locality of birth.</summary>
    public string? City { get; init; }

    /// <summary>Country of birth.</summary>
    public CountryCode? Country { get; init; }
}

/// <summary>An identity number or social security number of a natural person (EIO annex A section E(i)).</summary>
public sealed record NationalIdentifier
{
    /// <summary>Kind of number, for example personal identity number or social security number, as named in the issuing country.</summary>
    public required string Scheme { get; init; }

    /// <summary>Country that issued the number.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>The number as issued.</summary>
    public required string Value { get; init; }
}

/// <summary>An identity document of a natural person (EIO annex A section E(i): type and number of the identity document(s)).</summary>
public sealed record IdentityDocument
{
    /// <summary>Type of document.</summary>
    public required IdentityDocumentType Type { get; init; }

    /// <summary>Document number.</summary>
    public required string Number { get; init; }

    /// <summary>Country that issued the document.</summary>
    public required CountryCode IssuingCountry { get; init; }

    /// <summary>Expiry date of the document.</summary>
    public DateOnly? ExpiresOn { get; init; }
}

/// <summary>Type of identity document of a natural person (EIO annex A section E(i): type and number of the identity document(s)).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IdentityDocumentType>))]
public enum IdentityDocumentType
{
    /// <summary>Passport. (EIO annex A section E(i))</summary>
    [JsonStringEnumMemberName("PASSPORT")]
    Passport = 1,

    /// <summary>National identity card. (EIO annex A section E(i))</summary>
    [JsonStringEnumMemberName("IDENTITY_CARD")]
    IdentityCard,

    /// <summary>Driving licence. (EIO annex A section E(i))</summary>
    [JsonStringEnumMemberName("DRIVING_LICENCE")]
    DrivingLicence,

    /// <summary>Residence permit. (EIO annex A section E(i))</summary>
    [JsonStringEnumMemberName("RESIDENCE_PERMIT")]
    ResidencePermit,

    /// <summary>Another identity document. (EIO annex A section E(i))</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}

/// <summary>An address of a natural person with its kind (EIO annex A section E(i): residence and/or known address, otherwise last known address).</summary>
public sealed record PersonAddress
{
    /// <summary>Kind of address.</summary>
    public required PersonAddressType Type { get; init; }

    /// <summary>The address.</summary>
    public required Address Address { get; init; }
}

/// <summary>Kind of address of a natural person (EIO annex A section E(i): residence and/or known address, otherwise last known address).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PersonAddressType>))]
public enum PersonAddressType
{
    /// <summary>Place of residence. (EIO annex A section E(i))</summary>
    [JsonStringEnumMemberName("RESIDENCE")]
    Residence = 1,

    /// <summary>Last known address, when the present one is not known. (EIO annex A section E(i))</summary>
    [JsonStringEnumMemberName("LAST_KNOWN")]
    LastKnown,

    /// <summary>Place of work. (EIO annex A section E(i) (known address))</summary>
    [JsonStringEnumMemberName("WORK")]
    Work,

    /// <summary>Another known address. (EIO annex A section E(i))</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}

/// <summary>Sex of a natural person as recorded in the file (EIO annex A section E(i)).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Sex>))]
public enum Sex
{
    /// <summary>Female. (EIO annex A section E(i))</summary>
    [JsonStringEnumMemberName("FEMALE")]
    Female = 1,

    /// <summary>Male. (EIO annex A section E(i))</summary>
    [JsonStringEnumMemberName("MALE")]
    Male,

    /// <summary>Another sex as recorded in an identity document or register. (EIO annex A section E(i))</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,

    /// <summary>Not known to the issuing authority. (EIO annex A section E(i))</summary>
    [JsonStringEnumMemberName("UNKNOWN")]
    Unknown,
}

/// <summary>A legal person concerned by a request (EIO annex A section E(ii)).</summary>
public sealed record LegalPerson
{
    /// <summary>Identifier of the legal person inside the message thread, used by personRef and subjectRefs.</summary>
    public required string Id { get; init; }

    /// <summary>Name of the legal person (EIO annex A section E(ii)).</summary>
    public required string Name { get; init; }

    /// <summary>Form of the legal person (EIO annex A section E(ii)).</summary>
    public string? LegalForm { get; init; }

    /// <summary>Shortened, commonly used or trading names (EIO annex A section E(ii)).</summary>
    public IReadOnlyList<string>? TradingNames { get; init; }

    /// <summary>Registered seat (EIO annex A section E(ii)).</summary>
    public Address? RegisteredSeat { get; init; }

    /// <summary>Registration number with the register that issued it (EIO annex A section E(ii)).</summary>
    public Identifier? RegistrationNumber { get; init; }

    /// <summary>Addresses of the legal person, other than the registered seat (EIO annex A section E(ii)).</summary>
    public IReadOnlyList<Address>? Addresses { get; init; }

    /// <summary>Name of the representative of the legal person (EIO annex A section E(ii)).</summary>
    public string? RepresentativeName { get; init; }
}

/// <summary>The position of a natural or legal person in the proceedings (EIO annex A section E).</summary>
public sealed record PartyInCase
{
    /// <summary>Id of the NaturalPerson or LegalPerson.</summary>
    public required string PersonRef { get; init; }

    /// <summary>Position of the person in the proceedings (EIO annex A section E).</summary>
    public required ProceduralRole Role { get; init; }

    /// <summary>The position in words when role is OTHER, or a precision of it (EIO annex A section E: other, specify).</summary>
    public string? RoleDetail { get; init; }

    /// <summary>Where a measure concerning this person is to be carried out, if different from the person's address (EIO annex A section E).</summary>
    public Address? MeasureLocation { get; init; }

    /// <summary>Any other information that may assist the execution concerning this person (EIO annex A section E).</summary>
    public MultilingualText? AdditionalInformation { get; init; }
}
