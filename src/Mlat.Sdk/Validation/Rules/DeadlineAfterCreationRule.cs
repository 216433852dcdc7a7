using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0025: A deadline or reply-by date lies after the message was created.</summary>
internal sealed class DeadlineAfterCreationRule : BusinessRule
{
    public override string Id => "MLAT-R-0025";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest, MessageType.SupplementaryRequest, MessageType.RequestForAdditionalInformation, MessageType.Consultation, MessageType.ProductionOrder, MessageType.PreservationOrder];

    public override string LegalSource => "Directive 2014/41/EU art. 12(2); UNTOC art. 18(24); Regulation (EU) 2023/1543 art. 10(2)-(4)";

    public override string Description => "A deadline or reply-by date lies after the message was created.";

    public override void Check(RuleContext context)
    {
        var created = context.Message.Header.CreatedAt;
        switch (context.Body)
        {
            case AssistanceRequest r:
                Deadlines(context, created, r.Deadlines);
                break;
            case SupplementaryRequest s:
                Deadlines(context, created, s.Deadlines);
                break;
            case ProductionOrder o:
                Deadlines(context, created, o.Deadlines); // Reg. 2023/1543 art. 10(2)-(4): deadlines run from receipt
                break;
            case PreservationOrder o:
                Deadlines(context, created, o.Deadlines);
                break;
            case RequestForAdditionalInformation q when q.ReplyBy <= created:
                context.Report("/body/replyBy");
                break;
            case Consultation c when c.ReplyBy <= created:
                context.Report("/body/replyBy");
                break;
        }
    }

    private static void Deadlines(RuleContext context, DateTimeOffset created, IReadOnlyList<Deadline>? deadlines)
    {
        for (var i = 0; i < (deadlines?.Count ?? 0); i++)
        {
            if (deadlines![i].DueAt <= created)
            {
                context.Report(At("/body/deadlines", i) + "/dueAt");
            }
        }
    }
}
