using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// The executing or requested authority finds the request incomplete, unclear or manifestly incorrect and asks for what
/// it needs (EIO art. 16(2)(a); UNTOC art. 18(16), UNCAC art. 46(16)).
/// </summary>
public sealed record RequestForAdditionalInformation : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.RequestForAdditionalInformation;

    /// <summary>The request concerned.</summary>
    public required RequestReference Request { get; init; }

    /// <summary>What is asked, one entry per point.</summary>
    public required IReadOnlyList<InformationItem> Items { get; init; }

    /// <summary>When the answer is expected.</summary>
    public DateTimeOffset? ReplyBy { get; init; }

    /// <summary>Whether execution is suspended until the information arrives (EIO art. 16(2)(a); UNTOC art. 18(16)).</summary>
    public required bool ExecutionSuspended { get; init; }

    /// <summary>General explanation.</summary>
    public MultilingualText? Explanation { get; init; }
}

/// <summary>One point on which information is missing or unclear (EIO art. 16(2)(a); UNTOC art. 18(16)).</summary>
public sealed record InformationItem
{
    /// <summary>Local id of the point, referred to by the answer.</summary>
    public required string Id { get; init; }

    /// <summary>RFC 6901 JSON Pointer into the body of the request naming the member the question is about; a place, never a value.</summary>
    public string? Concerns { get; init; }

    /// <summary>Id of the request's measure the question is about.</summary>
    public string? MeasureRef { get; init; }

    /// <summary>What the executing authority asks.</summary>
    public required MultilingualText Question { get; init; }

    /// <summary>Why the information is needed.</summary>
    public required InformationItemReason Reason { get; init; }
}

/// <summary>Why additional information is needed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InformationItemReason>))]
public enum InformationItemReason
{
    /// <summary>A required element is absent (EIO art. 5(1); UNTOC art. 18(15)).</summary>
    [JsonStringEnumMemberName("MISSING")]
    Missing = 1,

    /// <summary>The element is present but cannot be understood.</summary>
    [JsonStringEnumMemberName("UNCLEAR")]
    Unclear,

    /// <summary>Elements contradict each other; the request is manifestly incorrect (EIO art. 16(2)(a)).</summary>
    [JsonStringEnumMemberName("INCONSISTENT")]
    Inconsistent,

    /// <summary>The request or part of it is not in a language the executing State accepts (EIO art. 5(2); UNTOC art. 18(14)).</summary>
    [JsonStringEnumMemberName("TRANSLATION_NEEDED")]
    TranslationNeeded,

    /// <summary>Another reason, explained in the question.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}
