using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>Sender or recipient of a message, as named in the envelope header.</summary>
public sealed record Party
{
    /// <summary>Country of the authority (ISO 3166-1 alpha-2).</summary>
    public required CountryCode Country { get; init; }

    /// <summary>Authority identifier, <c>CC:local-id</c>, for example an EJN Judicial Atlas or national directory id.</summary>
    public required string AuthorityId { get; init; }

    /// <summary>Official name of the authority.</summary>
    public required string Name { get; init; }

    /// <summary>The part the authority plays in this exchange.</summary>
    public required PartyRole Role { get; init; }
}

/// <summary>The part an authority plays in an exchange.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PartyRole>))]
public enum PartyRole
{
    /// <summary>Issues the request or order (EIO annex A section K).</summary>
    [JsonStringEnumMemberName("ISSUING")]
    Issuing = 1,

    /// <summary>Judicial authority that validated the request (EIO annex A section L).</summary>
    [JsonStringEnumMemberName("VALIDATING")]
    Validating,

    /// <summary>Requesting authority under a convention or treaty (UNTOC art. 18(15)(a)).</summary>
    [JsonStringEnumMemberName("REQUESTING")]
    Requesting,

    /// <summary>Central authority transmitting or receiving on behalf of others (UNTOC art. 18(13)).</summary>
    [JsonStringEnumMemberName("CENTRAL_AUTHORITY")]
    CentralAuthority,

    /// <summary>Authority receiving the request in the executing State (EIO annex B section B).</summary>
    [JsonStringEnumMemberName("RECEIVING")]
    Receiving,

    /// <summary>Authority competent to execute the request.</summary>
    [JsonStringEnumMemberName("EXECUTING")]
    Executing,
}
