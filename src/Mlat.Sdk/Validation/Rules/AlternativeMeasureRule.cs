using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0023: A decision to use a different investigative measure describes that measure and gives the art. 10 reason.</summary>
internal sealed class AlternativeMeasureRule : BusinessRule
{
    public override string Id => "MLAT-R-0023";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.RecognitionDecision];

    public override string LegalSource => "Directive 2014/41/EU art. 10(1)-(4)";

    public override string Description => "A decision to use a different investigative measure describes that measure and gives the art. 10 reason.";

    public override void Check(RuleContext context)
    {
        var decision = (RecognitionDecision)context.Body;
        for (var i = 0; i < decision.Decisions.Count; i++)
        {
            var d = decision.Decisions[i];
            if (d.Decision != RecognitionOutcome.AlternativeMeasure)
            {
                continue;
            }

            if (d.AlternativeMeasure is null)
            {
                context.Report(At("/body/decisions", i) + "/alternativeMeasure");
            }

            if (d.AlternativeReason is null)
            {
                context.Report(At("/body/decisions", i) + "/alternativeReason");
            }
        }
    }
}
