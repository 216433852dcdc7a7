namespace Mlat.Sdk.Messages;

/// <summary>
/// Extends the preservation of electronic evidence (Regulation (EU) 2023/1543 art. 11(1) and annex VI: by 30 days;
/// Budapest Convention art. 29(7): renewal). Since 1.1.
/// </summary>
public sealed record PreservationExtension : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.PreservationExtension;

    /// <summary>The preservation order extended (annex VI section A).</summary>
    public required RequestReference PreservationOrder { get; init; }

    /// <summary>The issuing authority (annex VI section A).</summary>
    public required Authority IssuingAuthority { get; init; }

    /// <summary>The service provider that preserves the data.</summary>
    public ServiceProvider? Addressee { get; init; }

    /// <summary>Last day of the extended preservation.</summary>
    public required DateOnly ExtendedUntil { get; init; }

    /// <summary>Length of the extension as an ISO 8601 duration, P30D under Regulation (EU) 2023/1543 art. 11(1).</summary>
    public IsoDuration? Extension { get; init; }

    /// <summary>Items of the preservation order whose preservation is extended; absent = all items.</summary>
    public IReadOnlyList<string>? DataRequestRefs { get; init; }

    /// <summary>Why the extension is needed.</summary>
    public MultilingualText? Reason { get; init; }

    /// <summary>Date of issue.</summary>
    public DateOnly? IssuedOn { get; init; }
}
