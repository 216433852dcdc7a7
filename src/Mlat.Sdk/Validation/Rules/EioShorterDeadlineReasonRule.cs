using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0010: A time limit set by the issuing authority (recognition, execution or custom deadline) states its reason.</summary>
internal sealed class EioShorterDeadlineReasonRule : BusinessRule
{
    public override string Id => "MLAT-R-0010";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 12(2); annex A section B";

    public override string Description => "A time limit set by the issuing authority (recognition, execution or custom deadline) states its reason.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        var deadlines = request.Deadlines ?? [];
        for (var i = 0; i < deadlines.Count; i++)
        {
            if (deadlines[i].Kind is DeadlineKind.RecognitionDecision or DeadlineKind.Execution or DeadlineKind.Custom or DeadlineKind.ProvisionalMeasure
                && IsMissing(deadlines[i].Reason))
            {
                context.Report(At("/body/deadlines", i) + "/reason");
            }
        }
    }
}
