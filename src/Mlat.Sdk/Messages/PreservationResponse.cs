using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// The requested Party answers a preservation request: it confirms that it preserved the data and until when (Budapest
/// Convention art. 29(3), (7)), warns that preservation will not ensure their availability (art. 29(6)), refuses
/// (art. 29(4)–(5)), or discloses the traffic data identifying a service provider in another State (art. 30). Rule
/// MLAT-R-0118 checks it. Since 1.2.
/// </summary>
public sealed record PreservationResponse : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.PreservationResponse;

    /// <summary>The preservation request answered.</summary>
    public required RequestReference PreservationRequest { get; init; }

    /// <summary>When the answer was given.</summary>
    public required DateTimeOffset RespondedAt { get; init; }

    /// <summary>What was done.</summary>
    public required PreservationResult Result { get; init; }

    /// <summary>Date until which the data are preserved: at least 60 days (art. 29(7)).</summary>
    public DateOnly? PreservedUntil { get; init; }

    /// <summary>Ids of the data requests the result concerns; absent means all.</summary>
    public IReadOnlyList<string>? DataRequestRefs { get; init; }

    /// <summary>The grounds of a refusal (art. 29(4)–(5); art. 30(2)).</summary>
    public IReadOnlyList<RefusalGround>? RefusalGrounds { get; init; }

    /// <summary>Why preservation will not ensure the future availability of the data or would prejudice the investigation (art. 29(6)).</summary>
    public MultilingualText? AvailabilityWarning { get; init; }

    /// <summary>Traffic data disclosed to identify a service provider in another State and the path of the communication (art. 30(1)).</summary>
    public IReadOnlyList<TrafficDisclosure>? TrafficDisclosures { get; init; }

    /// <summary>Any other information.</summary>
    public MultilingualText? Note { get; init; }
}

/// <summary>What the requested Party did with a preservation request (Budapest Convention art. 29). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PreservationResult>))]
public enum PreservationResult
{
    /// <summary>The data are preserved (art. 29(3)).</summary>
    [JsonStringEnumMemberName("PRESERVED")]
    Preserved = 1,

    /// <summary>Some of the data are preserved.</summary>
    [JsonStringEnumMemberName("PARTIALLY_PRESERVED")]
    PartiallyPreserved,

    /// <summary>No data were found to preserve.</summary>
    [JsonStringEnumMemberName("NOT_FOUND")]
    NotFound,

    /// <summary>Preservation will not ensure future availability; the requesting Party decides whether to go on (art. 29(6)).</summary>
    [JsonStringEnumMemberName("AVAILABILITY_AT_RISK")]
    AvailabilityAtRisk,

    /// <summary>Refused (art. 29(4)–(5)).</summary>
    [JsonStringEnumMemberName("REFUSED")]
    Refused,
}

/// <summary>Traffic data disclosed under Budapest Convention art. 30(1) to identify a service provider in another State and the path of the communication. Since 1.2.</summary>
public sealed record TrafficDisclosure
{
    /// <summary>Id of the data request whose preservation revealed it.</summary>
    public string? DataRequestRef { get; init; }

    /// <summary>The State of the other service provider (which may be the requesting State itself).</summary>
    public required CountryCode ProviderState { get; init; }

    /// <summary>Name of the other service provider, where known.</summary>
    public string? ProviderName { get; init; }

    /// <summary>The identifiers disclosed: IP addresses, ports, time stamps of the hop.</summary>
    public IReadOnlyList<DataIdentifier>? Identifiers { get; init; }

    /// <summary>The path of the communication as far as it is known.</summary>
    public MultilingualText? Path { get; init; }
}
