using System.Collections.Frozen;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Serialization;

/// <summary>
/// The versions this SDK reads and the message types of each (specification §2.3), as the strict reader consumes them. The
/// Versioning layer may hand the reader its own table; this is the built-in default.
/// </summary>
internal static class StandardCatalogue
{
    /// <summary>The 16 message types of 1.0 (EIO Directive annexes A/B, UNTOC art. 18, UNCAC art. 46, ETS 030 art. 14).</summary>
    private static readonly string[] Version10Types =
    [
        nameof(MessageType.AssistanceRequest),
        nameof(MessageType.SupplementaryRequest),
        nameof(MessageType.AdditionalInformationResponse),
        nameof(MessageType.StatusQuery),
        nameof(MessageType.WithdrawalNotice),
        nameof(MessageType.AcknowledgementOfReceipt),
        nameof(MessageType.ForwardingNotice),
        nameof(MessageType.RequestForAdditionalInformation),
        nameof(MessageType.RecognitionDecision),
        nameof(MessageType.RefusalNotice),
        nameof(MessageType.PostponementNotice),
        nameof(MessageType.StatusUpdate),
        nameof(MessageType.ExecutionReport),
        nameof(MessageType.EvidenceTransmission),
        nameof(MessageType.Consultation),
        nameof(MessageType.TechnicalRejection),
    ];

    /// <summary>
    /// 1.1 = every 1.0 type plus the e-Evidence, Budapest art. 29 / CETS 224 and EIO annex C types (specification §2.3). A 1.0
    /// message naming one of the added types is MLAT-TYPE-UNKNOWN: the 1.0 header schema does not list them either.
    /// </summary>
    private static readonly string[] Version11Types =
    [
        .. Version10Types,
        nameof(MessageType.ProductionOrder),
        nameof(MessageType.PreservationOrder),
        nameof(MessageType.PreservationExtension),
        nameof(MessageType.SubsequentProductionConfirmation),
        nameof(MessageType.ImpossibilityNotice),
        nameof(MessageType.InterceptionNotification),
        nameof(MessageType.InterceptionObjection),
    ];

    /// <summary>Supported version → its message types; compared ordinally, as the JSON values are case-sensitive.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> MessageTypesByVersion { get; } =
        new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
        {
            ["1.0"] = Version10Types.ToFrozenSet(StringComparer.Ordinal),
            ["1.1"] = Version11Types.ToFrozenSet(StringComparer.Ordinal),
        }.ToFrozenDictionary(StringComparer.Ordinal);
}
