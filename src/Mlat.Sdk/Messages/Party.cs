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

    /// <summary>For a service provider: designated establishment or legal representative (Regulation (EU) 2023/1543 art. 7). Since 1.2.</summary>
    public EstablishmentType? EstablishmentType { get; init; }
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

    /// <summary>Designated establishment or legal representative of a service provider addressed by an order (Regulation (EU) 2023/1543 art. 7). Since 1.2; falls back to EXECUTING in 1.1.</summary>
    [JsonStringEnumMemberName("SERVICE_PROVIDER")]
    ServiceProvider,

    /// <summary>Authority of the enforcing State (Regulation (EU) 2023/1543 arts 8, 10, 12). Since 1.2; falls back to RECEIVING in 1.1.</summary>
    [JsonStringEnumMemberName("ENFORCING_AUTHORITY")]
    EnforcingAuthority,

    /// <summary>State notified of an interception or order on its territory (EIO art. 31; annex C). Since 1.2; falls back to RECEIVING in 1.1.</summary>
    [JsonStringEnumMemberName("NOTIFIED_STATE")]
    NotifiedState,
}
