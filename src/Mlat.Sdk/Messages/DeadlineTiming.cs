using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>Where a time limit comes from (statutory, requested, agreed). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeadlineOrigin>))]
public enum DeadlineOrigin
{
    /// <summary>Set by the instrument (for example EIO art. 12(3)–(4); Regulation (EU) 2023/1543 art. 10).</summary>
    [JsonStringEnumMemberName("STATUTORY")]
    Statutory = 1,

    /// <summary>Asked for by the issuing or requesting side (EIO art. 12(2); UNTOC art. 18(24)).</summary>
    [JsonStringEnumMemberName("REQUESTED")]
    Requested,

    /// <summary>Agreed between the authorities in consultation (EIO art. 12(6); UNTOC art. 18(26)). Since 1.2.</summary>
    [JsonStringEnumMemberName("AGREED")]
    Agreed,
}

/// <summary>The event from which a time limit runs. Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeadlineStartEvent>))]
public enum DeadlineStartEvent
{
    /// <summary>Receipt of the request or order by the authority or addressee (EIO art. 12(3); Regulation (EU) 2023/1543 art. 10(2) and (4)).</summary>
    [JsonStringEnumMemberName("RECEIPT")]
    Receipt = 1,

    /// <summary>The decision on recognition (EIO art. 12(4)).</summary>
    [JsonStringEnumMemberName("RECOGNITION_DECISION")]
    RecognitionDecision,

    /// <summary>Receipt of the notification by the enforcing authority (Regulation (EU) 2023/1543 art. 12(1)).</summary>
    [JsonStringEnumMemberName("NOTIFICATION")]
    Notification,

    /// <summary>Issue of the order (Regulation (EU) 2023/1543 art. 4(5)).</summary>
    [JsonStringEnumMemberName("ISSUE")]
    Issue,

    /// <summary>A date set without reference to an event (EIO art. 12(2)). Since 1.2.</summary>
    [JsonStringEnumMemberName("FIXED_DATE")]
    FixedDate,
}
