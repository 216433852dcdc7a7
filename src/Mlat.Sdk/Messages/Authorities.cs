// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>A postal address or place (EIO annex A sections E and K).</summary>
public sealed record Address
{
    /// <summary>Street name.</summary>
    public string? Street { get; init; }

    /// <summary>House number, with any suffix.</summary>
    public string? HouseNumber { get; init; }

    /// <summary>Postal code.</summary>
    public string? Postcode { get; init; }

    /// <summary>City, town or locality.</summary>
    public string? City { get; init; }

    /// <summary>Region, province or state.</summary>
    public string? Region { get; init; }

    /// <summary>Country of the address.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>The address or a description of the place as written, when it does not fit the structured members (for example a description of premises).</summary>
    public string? FreeText { get; init; }
}

/// <summary>How to reach a person or an office (EIO annex A sections I(2), J(2), K and L; UNTOC art. 18(15)(a)).</summary>
public sealed record ContactPoint
{
    /// <summary>Name of the contact person or office.</summary>
    public string? Name { get; init; }

    /// <summary>Post held, title or grade (EIO annex A section K).</summary>
    public string? Function { get; init; }

    /// <summary>Organisation of the contact person, when different from the authority the contact belongs to (EIO annex A section K: contact person for practical arrangements).</summary>
    public string? Organisation { get; init; }

    /// <summary>Postal address of the contact person, when different from the authority's address (EIO annex A section K).</summary>
    public Address? Address { get; init; }

    /// <summary>Telephone numbers in E.164 form (EIO annex A section K: tel. with country and area code).</summary>
    public IReadOnlyList<string>? Phones { get; init; }

    /// <summary>Fax number in E.164 form (EIO annex A section K).</summary>
    public string? Fax { get; init; }

    /// <summary>E-mail addresses (EIO annex A section K).</summary>
    public IReadOnlyList<string>? Emails { get; init; }

    /// <summary>Languages in which it is possible to communicate with the contact (EIO annex A sections I(2) and K).</summary>
    public IReadOnlyList<LanguageCode>? Languages { get; init; }

    /// <summary>True if the contact is reachable at any time, for example a 24/7 point of contact (ETS 185 art. 35).</summary>
    public bool? Available24x7 { get; init; }
}

/// <summary>The person who represents an authority and signs on its behalf (EIO annex A sections K, L and annex B sections B, C).</summary>
public sealed record Representative
{
    /// <summary>Name of the representative.</summary>
    public required string Name { get; init; }

    /// <summary>Post held (title or grade).</summary>
    public required string PostHeld { get; init; }
}

/// <summary>An authority that issues, validates, transmits, receives or executes a request (EIO annex A sections K and L, annex B sections B and C; UNTOC art. 18(15)(a)).</summary>
public sealed record Authority
{
    /// <summary>Identifier of the authority in its country's directory.</summary>
    public required string Id { get; init; }

    /// <summary>Country of the authority (EIO annex A section A).</summary>
    public required CountryCode Country { get; init; }

    /// <summary>Official name of the authority, in its own language.</summary>
    public required string Name { get; init; }

    /// <summary>Kind of authority (EIO annex A sections K and L).</summary>
    public required AuthorityType Type { get; init; }

    /// <summary>Address of the authority.</summary>
    public Address? Address { get; init; }

    /// <summary>Telephone, fax and e-mail of the authority (EIO annex A section K).</summary>
    public ContactPoint? Contact { get; init; }

    /// <summary>Contact persons for additional information or practical arrangements for the transfer of evidence, when different from the authority's own contact (EIO annex A section K).</summary>
    public IReadOnlyList<ContactPoint>? ContactPersons { get; init; }

    /// <summary>Languages in which it is possible to communicate with the authority (EIO annex A section K).</summary>
    public IReadOnlyList<LanguageCode>? Languages { get; init; }

    /// <summary>The authority's file reference for the case (EIO annex A section K; annex B section B).</summary>
    public string? FileReference { get; init; }

    /// <summary>Name and post held of the authority's representative (EIO annex A section K).</summary>
    public Representative? Representative { get; init; }
}
