using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0046: A reference to a request names it: by its messageId, the issuing authority's reference or the executing authority's reference.</summary>
internal sealed class RequestReferenceIdentifiesRule : BusinessRule
{
    public override string Id => "MLAT-R-0046";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.SupplementaryRequest, MessageType.AdditionalInformationResponse, MessageType.StatusQuery, MessageType.WithdrawalNotice, MessageType.AcknowledgementOfReceipt, MessageType.ForwardingNotice, MessageType.RequestForAdditionalInformation, MessageType.RecognitionDecision, MessageType.RefusalNotice, MessageType.PostponementNotice, MessageType.StatusUpdate, MessageType.ExecutionReport, MessageType.EvidenceTransmission, MessageType.Consultation, MessageType.PreservationExtension, MessageType.SubsequentProductionConfirmation, MessageType.ImpossibilityNotice, MessageType.InterceptionObjection];

    public override string LegalSource => "Directive 2014/41/EU annex B section A (reference of the EIO); UNTOC art. 18(24) (requests on progress)";

    public override string Description => "A reference to the request or order a message belongs to names it: by its messageId, the issuing authority's reference or the executing authority's reference.";

    public override void Check(RuleContext context)
    {
        // Every member that points at the message a reply belongs to: a reference that names nothing ties it to no case.
        var (reference, pointer) = context.Body switch
        {
            SupplementaryRequest m => (m.OriginalRequest, "/body/originalRequest"),
            AdditionalInformationResponse m => (m.OriginalRequest, "/body/originalRequest"),
            StatusQuery m => (m.Request, "/body/request"),
            WithdrawalNotice m => (m.Request, "/body/request"),
            AcknowledgementOfReceipt m => (m.Request, "/body/request"),
            ForwardingNotice m => (m.Request, "/body/request"),
            RequestForAdditionalInformation m => (m.Request, "/body/request"),
            RecognitionDecision m => (m.Request, "/body/request"),
            RefusalNotice m => (m.Request, "/body/request"),
            PostponementNotice m => (m.Request, "/body/request"),
            StatusUpdate m => (m.Request, "/body/request"),
            ExecutionReport m => (m.Request, "/body/request"),
            EvidenceTransmission m => (m.Request, "/body/request"),
            Consultation m => (m.Request, "/body/request"),
            PreservationExtension m => (m.PreservationOrder, "/body/preservationOrder"),
            SubsequentProductionConfirmation m => (m.PreservationOrder, "/body/preservationOrder"),
            ImpossibilityNotice m => (m.Order, "/body/order"),
            InterceptionObjection m => (m.Notification, "/body/notification"),
            _ => (null, string.Empty),
        };
        if (reference is not null && reference.MessageId is null && string.IsNullOrWhiteSpace(reference.IssuingReference) && string.IsNullOrWhiteSpace(reference.ExecutingReference))
        {
            context.Report(pointer);
        }
    }
}
