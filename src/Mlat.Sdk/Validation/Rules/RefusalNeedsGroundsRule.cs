using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0022: A measure refused or not recognised names its coded refusal grounds.</summary>
internal sealed class RefusalNeedsGroundsRule : BusinessRule
{
    public override string Id => "MLAT-R-0022";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.RecognitionDecision, MessageType.StatusUpdate, MessageType.ExecutionReport];

    public override string LegalSource => "Directive 2014/41/EU art. 11 and 16(3)(b); UNTOC art. 18(23); UNCAC art. 46(23); ETS 030 art. 19";

    public override string Description => "A measure refused or not recognised names its coded refusal grounds.";

    public override void Check(RuleContext context)
    {
        switch (context.Body)
        {
            case RecognitionDecision d:
                for (var i = 0; i < d.Decisions.Count; i++)
                {
                    if (d.Decisions[i].Decision == RecognitionOutcome.NotRecognised && (d.Decisions[i].RefusalGrounds?.Count ?? 0) == 0)
                    {
                        context.Report(At("/body/decisions", i) + "/refusalGrounds");
                    }
                }

                break;
            case StatusUpdate u:
                Outcomes(context, u.Outcomes);
                break;
            case ExecutionReport e:
                Outcomes(context, e.Outcomes);
                break;
        }
    }

    private static void Outcomes(RuleContext context, IReadOnlyList<MeasureOutcome> outcomes)
    {
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Status == MeasureStatus.Refused && (outcomes[i].RefusalGrounds?.Count ?? 0) == 0)
            {
                context.Report(At("/body/outcomes", i) + "/refusalGrounds");
            }
        }
    }
}
