using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>Sub-option of a data category ticked in the EPOC (Regulation (EU) 2023/1543 annex I section F; art. 3(9)–(12)). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DataSubcategory>))]
public enum DataSubcategory
{
    /// <summary>Name of the subscriber (art. 3(9)(a)).</summary>
    [JsonStringEnumMemberName("SUBSCRIBER_NAME")]
    SubscriberName = 1,

    /// <summary>Date of birth (art. 3(9)(a)).</summary>
    [JsonStringEnumMemberName("SUBSCRIBER_DATE_OF_BIRTH")]
    SubscriberDateOfBirth,

    /// <summary>Postal or geographic address (art. 3(9)(a)).</summary>
    [JsonStringEnumMemberName("SUBSCRIBER_ADDRESS")]
    SubscriberAddress,

    /// <summary>Billing and payment data (art. 3(9)(a)).</summary>
    [JsonStringEnumMemberName("SUBSCRIBER_BILLING_AND_PAYMENT")]
    SubscriberBillingAndPayment,

    /// <summary>Telephone number (art. 3(9)(a)).</summary>
    [JsonStringEnumMemberName("SUBSCRIBER_PHONE_NUMBER")]
    SubscriberPhoneNumber,

    /// <summary>E-mail address (art. 3(9)(a)).</summary>
    [JsonStringEnumMemberName("SUBSCRIBER_EMAIL_ADDRESS")]
    SubscriberEmailAddress,

    /// <summary>Type of service and its duration, including technical data at the initial registration or activation (art. 3(9)(b)).</summary>
    [JsonStringEnumMemberName("SUBSCRIBER_SERVICE_TYPE_AND_DURATION")]
    SubscriberServiceTypeAndDuration,

    /// <summary>IP address and, where necessary, source port and time stamp, with the session in which it was used (art. 3(10)).</summary>
    [JsonStringEnumMemberName("USER_IDENTIFICATION_IP_AND_PORT")]
    UserIdentificationIpAndPort,

    /// <summary>Source and destination of a message or interaction (art. 3(11)).</summary>
    [JsonStringEnumMemberName("TRAFFIC_SOURCE_AND_DESTINATION")]
    TrafficSourceAndDestination,

    /// <summary>Date, time, duration, size and type of the communication (art. 3(11)).</summary>
    [JsonStringEnumMemberName("TRAFFIC_DATE_TIME_DURATION")]
    TrafficDateTimeDuration,

    /// <summary>Location of the device (art. 3(11)).</summary>
    [JsonStringEnumMemberName("TRAFFIC_LOCATION")]
    TrafficLocation,

    /// <summary>Protocol used and type of compression (art. 3(11)).</summary>
    [JsonStringEnumMemberName("TRAFFIC_PROTOCOL")]
    TrafficProtocol,

    /// <summary>Stored content: text, voice, videos, images and sound (art. 3(12)).</summary>
    [JsonStringEnumMemberName("CONTENT_STORED")]
    ContentStored,
}
