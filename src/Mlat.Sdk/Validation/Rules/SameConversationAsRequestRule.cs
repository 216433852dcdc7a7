using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0037: A message validated in a request's context belongs to that request's conversation and names it.</summary>
internal sealed class SameConversationAsRequestRule : BusinessRule
{
    public override string Id => "MLAT-R-0037";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } =
    [
        MessageType.SupplementaryRequest, MessageType.AdditionalInformationResponse, MessageType.StatusQuery,
        MessageType.WithdrawalNotice, MessageType.AcknowledgementOfReceipt, MessageType.ForwardingNotice,
        MessageType.RequestForAdditionalInformation, MessageType.RecognitionDecision, MessageType.RefusalNotice,
        MessageType.PostponementNotice, MessageType.StatusUpdate, MessageType.ExecutionReport,
        MessageType.EvidenceTransmission, MessageType.Consultation,
    ];

    public override string LegalSource => "Mlat 1.0 standard, header.conversationId (specification §2.2); Directive 2014/41/EU annex B section A (reference of the EIO)";

    public override string Description => "A message of a request's thread carries the request's conversationId and, where it references the request by messageId, that messageId (checked when validated in the request's context).";

    public override void Check(RuleContext context)
    {
        if (context.RequestMessage is not { } request)
        {
            return;
        }

        if (context.Message.Header.ConversationId != request.Header.ConversationId)
        {
            context.Report("/header/conversationId");
        }

        var (reference, pointer) = context.Body switch
        {
            SupplementaryRequest s => (s.OriginalRequest, "/body/originalRequest/messageId"),
            AdditionalInformationResponse a => (a.OriginalRequest, "/body/originalRequest/messageId"),
            StatusQuery q => (q.Request, "/body/request/messageId"),
            WithdrawalNotice w => (w.Request, "/body/request/messageId"),
            AcknowledgementOfReceipt r => (r.Request, "/body/request/messageId"),
            ForwardingNotice f => (f.Request, "/body/request/messageId"),
            RequestForAdditionalInformation i => (i.Request, "/body/request/messageId"),
            RecognitionDecision d => (d.Request, "/body/request/messageId"),
            RefusalNotice n => (n.Request, "/body/request/messageId"),
            PostponementNotice p => (p.Request, "/body/request/messageId"),
            StatusUpdate u => (u.Request, "/body/request/messageId"),
            ExecutionReport e => (e.Request, "/body/request/messageId"),
            EvidenceTransmission t => (t.Request, "/body/request/messageId"),
            Consultation c => (c.Request, "/body/request/messageId"),
            _ => ((RequestReference?)null, string.Empty),
        };

        if (reference?.MessageId is { } id && id != request.Header.MessageId)
        {
            context.Report(pointer);
        }
    }
}
