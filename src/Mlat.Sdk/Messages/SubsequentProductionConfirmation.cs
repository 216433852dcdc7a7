using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// Confirms that a request for production has been issued after a European Preservation Order (Regulation (EU)
/// 2023/1543 art. 11(1) and annex V); the provider keeps preserving the data as long as needed. Since 1.1.
/// </summary>
public sealed record SubsequentProductionConfirmation : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.SubsequentProductionConfirmation;

    /// <summary>The preservation order concerned (annex V section A).</summary>
    public required RequestReference PreservationOrder { get; init; }

    /// <summary>The issuing authority (annex V section A).</summary>
    public required Authority IssuingAuthority { get; init; }

    /// <summary>The service provider that preserves the data.</summary>
    public ServiceProvider? Addressee { get; init; }

    /// <summary>The production request issued (annex V).</summary>
    public required SubsequentRequest SubsequentRequest { get; init; }

    /// <summary>Items of the preservation order the subsequent request covers; absent = all items.</summary>
    public IReadOnlyList<string>? DataRequestRefs { get; init; }

    /// <summary>Date of issue.</summary>
    public DateOnly? IssuedOn { get; init; }
}

/// <summary>The request for production issued after a preservation order (Regulation (EU) 2023/1543 annex V).</summary>
public sealed record SubsequentRequest
{
    /// <summary>Kind of request.</summary>
    public required SubsequentRequestType Type { get; init; }

    /// <summary>The request issued.</summary>
    public RequestReference? Reference { get; init; }

    /// <summary>When it was issued.</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>Name of the authority or service provider to which it was sent.</summary>
    public string? TransmittedTo { get; init; }
}

/// <summary>Kind of request that follows a preservation order (Regulation (EU) 2023/1543 annex V).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubsequentRequestType>))]
public enum SubsequentRequestType
{
    /// <summary>A European Production Order (annex I).</summary>
    [JsonStringEnumMemberName("EPOC")]
    Epoc = 1,

    /// <summary>A European Investigation Order (Directive 2014/41/EU).</summary>
    [JsonStringEnumMemberName("EIO")]
    Eio,

    /// <summary>A mutual legal assistance request.</summary>
    [JsonStringEnumMemberName("MLA")]
    Mla,

    /// <summary>A domestic order.</summary>
    [JsonStringEnumMemberName("NATIONAL_ORDER")]
    NationalOrder,
}
