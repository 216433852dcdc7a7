// The schemas under schemas/1.1/common are normative; this model mirrors them member for member. Added in 1.1.
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// An identifier that designates the data sought, for example an e-mail account or an IP address with port and time
/// stamp (EPOC annex I sections E and F; EPOC-PR annex II section C; CETS 224 art. 7(3)(f)). Since 1.1.
/// </summary>
public sealed record DataIdentifier
{
    /// <summary>Kind of identifier.</summary>
    public required DataIdentifierType Type { get; init; }

    /// <summary>The identifier itself, written as the service provider knows it.</summary>
    public required string Value { get; init; }

    /// <summary>Source port, for <see cref="DataIdentifierType.IpPortTimestamp"/> (Regulation (EU) 2023/1543 art. 3(10)); a string of digits.</summary>
    public string? Port { get; init; }

    /// <summary>For dynamic addresses, the instant the identifier was in use (Regulation (EU) 2023/1543 art. 3(10)).</summary>
    public DateTimeOffset? ObservedAt { get; init; }

    /// <summary>Name of the service the identifier belongs to, where the provider offers several.</summary>
    public string? ServiceName { get; init; }
}

/// <summary>The date-time range for which data are sought (EPOC annex I sections E and F; EPOC-PR annex II section C). Since 1.1.</summary>
public sealed record TimeRange
{
    /// <summary>Start of the range.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>End of the range; the EPOC and EPOC_PR profile rules require it (a bounded range).</summary>
    public DateTimeOffset? End { get; init; }
}

/// <summary>
/// One item of electronic evidence sought: an identifier, a time range and the data categories (EPOC annex I sections
/// E and F; EPOC-PR annex II section C; Budapest Convention art. 29(2)(c)). Since 1.1.
/// </summary>
public sealed record DataRequest
{
    /// <summary>Identifier of the item inside the message thread, used by dataRequestRefs.</summary>
    public required string Id { get; init; }

    /// <summary>The identifier designating the data.</summary>
    public required DataIdentifier Identifier { get; init; }

    /// <summary>Period for which data are sought.</summary>
    public TimeRange? TimeRange { get; init; }

    /// <summary>Categories of data sought (Regulation (EU) 2023/1543 art. 3(9) to 3(12)).</summary>
    public required IReadOnlyList<DataCategory> Categories { get; init; }

    /// <summary>Other information needed to find the data (EPOC annex I section F).</summary>
    public MultilingualText? OtherInformation { get; init; }

    /// <summary>Sub-options of the data categories ticked (Regulation (EU) 2023/1543 annex I section F). Since 1.2.</summary>
    public IReadOnlyList<DataSubcategory>? Subcategories { get; init; }
}

/// <summary>
/// The addressee of an order: a service provider's designated establishment or legal representative (Regulation (EU)
/// 2023/1543 art. 7; Directive (EU) 2023/1544; EPOC annex I section B; CETS 224 art. 7(3)(c)). Since 1.1.
/// </summary>
public sealed record ServiceProvider
{
    /// <summary>Name of the addressee.</summary>
    public required string Name { get; init; }

    /// <summary>Country of the establishment or representative.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>What the addressee is.</summary>
    public required EstablishmentType EstablishmentType { get; init; }

    /// <summary>Name of the service provider concerned, if different from the addressee (EPOC annex I section B).</summary>
    public string? ServiceProviderConcerned { get; init; }

    /// <summary>Address of the addressee.</summary>
    public Address? Address { get; init; }

    /// <summary>Contact person, telephone and e-mail (EPOC annex I section B).</summary>
    public ContactPoint? Contact { get; init; }

    /// <summary>Technical identifier of the service provider in the decentralised IT system (Implementing Regulation (EU) 2025/1550).</summary>
    public Identifier? TechnicalId { get; init; }

    /// <summary>File number of the addressee (EPOC annex I section B).</summary>
    public string? FileReference { get; init; }
}

/// <summary>Category of electronic evidence (Regulation (EU) 2023/1543 art. 3(9) to 3(12)). Values and legal sources: docs/code-lists.md. Since 1.1.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DataCategory>))]
public enum DataCategory
{
    /// <summary>Subscriber data: identity, address, billing, type and duration of service, excluding passwords. (Regulation (EU) 2023/1543 art. 3(9))</summary>
    [JsonStringEnumMemberName("SUBSCRIBER")]
    Subscriber = 1,

    /// <summary>Data requested only to identify the user: IP address and, where necessary, source port and time stamp. (art. 3(10))</summary>
    [JsonStringEnumMemberName("USER_IDENTIFICATION")]
    UserIdentification,

    /// <summary>Traffic data: source, destination, location, date, time, duration, size, route, format, protocol. (art. 3(11))</summary>
    [JsonStringEnumMemberName("TRAFFIC")]
    Traffic,

    /// <summary>Content data: any stored data other than subscriber or traffic data (text, voice, video, images, sound). (art. 3(12))</summary>
    [JsonStringEnumMemberName("CONTENT")]
    Content,
}

/// <summary>Kind of identifier that designates the data sought (EPOC annex I sections E and F; CETS 224 art. 7(3)(f)). Values: docs/code-lists.md. Since 1.1.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DataIdentifierType>))]
public enum DataIdentifierType
{
    /// <summary>An e-mail address.</summary>
    [JsonStringEnumMemberName("EMAIL")]
    Email = 1,

    /// <summary>A telephone number in E.164 form.</summary>
    [JsonStringEnumMemberName("PHONE_E164")]
    PhoneE164,

    /// <summary>An IPv4 address.</summary>
    [JsonStringEnumMemberName("IPV4")]
    Ipv4,

    /// <summary>An IPv6 address.</summary>
    [JsonStringEnumMemberName("IPV6")]
    Ipv6,

    /// <summary>An IP address with source port and time stamp (Regulation (EU) 2023/1543 art. 3(10)).</summary>
    [JsonStringEnumMemberName("IP_PORT_TIMESTAMP")]
    IpPortTimestamp,

    /// <summary>An International Mobile Equipment Identity.</summary>
    [JsonStringEnumMemberName("IMEI")]
    Imei,

    /// <summary>An International Mobile Subscriber Identity.</summary>
    [JsonStringEnumMemberName("IMSI")]
    Imsi,

    /// <summary>An account identifier at the service provider.</summary>
    [JsonStringEnumMemberName("ACCOUNT_ID")]
    AccountId,

    /// <summary>A user name.</summary>
    [JsonStringEnumMemberName("USERNAME")]
    Username,

    /// <summary>A URL.</summary>
    [JsonStringEnumMemberName("URL")]
    Url,

    /// <summary>A domain name (CETS 224 art. 6).</summary>
    [JsonStringEnumMemberName("DOMAIN")]
    Domain,

    /// <summary>Another identifier, described in the value.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,

    /// <summary>SIM card serial number, ITU-T E.118, 19 or 20 digits. Since 1.2; falls back to OTHER in 1.1.</summary>
    [JsonStringEnumMemberName("ICCID")]
    Iccid,

    /// <summary>IEEE 802 hardware address, six hexadecimal octets. Since 1.2; falls back to OTHER in 1.1.</summary>
    [JsonStringEnumMemberName("MAC_ADDRESS")]
    MacAddress,
}

/// <summary>What the addressee of an order is (Regulation (EU) 2023/1543 art. 7; Directive (EU) 2023/1544 art. 3). Since 1.1.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EstablishmentType>))]
public enum EstablishmentType
{
    /// <summary>The provider's designated establishment in the Union (Directive (EU) 2023/1544 art. 3).</summary>
    [JsonStringEnumMemberName("DESIGNATED_ESTABLISHMENT")]
    DesignatedEstablishment = 1,

    /// <summary>The provider's legal representative (Directive (EU) 2023/1544 art. 3).</summary>
    [JsonStringEnumMemberName("LEGAL_REPRESENTATIVE")]
    LegalRepresentative,

    /// <summary>The provider addressed directly (CETS 224 art. 7; Regulation (EU) 2023/1543 art. 7(2) emergency case).</summary>
    [JsonStringEnumMemberName("SERVICE_PROVIDER")]
    ServiceProvider,
}
