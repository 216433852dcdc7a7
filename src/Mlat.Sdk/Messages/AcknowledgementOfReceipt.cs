using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// Confirmation of receipt of a request: the JSON form of EIO annex B, sent without delay and in any case within one
/// week of receipt (EIO art. 16(1)). Each authority that received the request sends its own.
/// </summary>
public sealed record AcknowledgementOfReceipt : MessageBody
{
    /// <inheritdoc />
    private protected override MessageType Kind => MessageType.AcknowledgementOfReceipt;

    /// <summary>The request concerned: issuing authority, file reference, date of issue (EIO annex B section A).</summary>
    public required RequestReference Request { get; init; }

    /// <summary>When the request was received (EIO annex B section A, date of receipt); starts the EIO art. 12 clocks.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The authority which received the request, with representative, file reference and languages (EIO annex B section B).</summary>
    public required Authority ReceivingAuthority { get; init; }

    /// <summary>Where applicable, the competent authority the request was transmitted to, and when (EIO annex B section C).</summary>
    public TransmissionToCompetentAuthority? Transmission { get; init; }

    /// <summary>Any other information relevant to the issuing authority (EIO annex B section D).</summary>
    public MultilingualText? OtherInformation { get; init; }

    /// <summary>Date by which the decision on recognition is expected (EIO art. 12(3): 30 days from receipt).</summary>
    public DateOnly? ExpectedDecisionBy { get; init; }
}

/// <summary>The competent authority to which the receiving authority transmitted the request (EIO annex B section C; EIO art. 7(6)).</summary>
public sealed record TransmissionToCompetentAuthority
{
    /// <summary>The competent authority: official name, representative, post held, contact details, file reference, languages.</summary>
    public required Authority Authority { get; init; }

    /// <summary>Date of transmission to the competent authority (EIO annex B section C).</summary>
    public required DateOnly TransmittedOn { get; init; }
}
