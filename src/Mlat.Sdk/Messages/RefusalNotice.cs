using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// Refusal to recognise or execute a request, in whole or in part, with coded grounds per legal instrument (EIO art. 11,
/// 16(3)(a); UNTOC art. 18(21)–(23); ETS 030 art. 2, 19).
/// </summary>
public sealed record RefusalNotice : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.RefusalNotice;

    /// <summary>The request refused.</summary>
    public required RequestReference Request { get; init; }

    /// <summary>Whether the whole request or only some measures are refused.</summary>
    public required RefusalScope Scope { get; init; }

    /// <summary>The refusal grounds, each coded per instrument; a ground without appliesTo concerns the whole request.</summary>
    public required IReadOnlyList<RefusalGround> Grounds { get; init; }

    /// <summary>Date of the refusal decision.</summary>
    public DateOnly? DecidedOn { get; init; }

    /// <summary>Consultation of the requesting side before refusing (EIO art. 11(4); UNTOC art. 18(26)).</summary>
    public PriorConsultation? PriorConsultation { get; init; }

    /// <summary>The reasons for the refusal as a whole (UNTOC art. 18(23); ETS 030 art. 19).</summary>
    public MultilingualText? Reasons { get; init; }
}

/// <summary>Extent of a refusal.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RefusalScope>))]
public enum RefusalScope
{
    /// <summary>The whole request is refused.</summary>
    [JsonStringEnumMemberName("WHOLE")]
    Whole = 1,

    /// <summary>Only the measures named in the grounds are refused; the rest is executed (UNTOC art. 18(26)).</summary>
    [JsonStringEnumMemberName("PARTIAL")]
    Partial,
}

/// <summary>Consultation before a refusal (EIO art. 11(4); UNTOC art. 18(26), UNCAC art. 46(26)).</summary>
public sealed record PriorConsultation
{
    /// <summary>Whether the issuing or requesting authority was consulted.</summary>
    public required bool Held { get; init; }

    /// <summary>Date on which the consultation took place or ended.</summary>
    public DateOnly? HeldOn { get; init; }

    /// <summary>What was discussed and its result.</summary>
    public MultilingualText? Summary { get; init; }
}
