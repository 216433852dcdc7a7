using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0035: An EIO for monitoring of financial operations or a controlled delivery states why the information is relevant (section H6).</summary>
internal sealed class EioRealTimeGatheringRule : BusinessRule
{
    public override string Id => "MLAT-R-0035";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 28(3); annex A section H6";

    public override string Description => "An EIO for monitoring of financial operations or a controlled delivery states why the information is relevant (section H6).";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        for (var i = 0; i < request.Measures.Count; i++)
        {
            var measure = request.Measures[i];
            if (measure.Type is not (MeasureType.BankOperationsMonitoring or MeasureType.ControlledDelivery))
            {
                continue;
            }

            var pointer = At("/body/measures", i) + "/details/realTimeGathering";
            if (measure.Details?.RealTimeGathering is not { } gathering)
            {
                context.Report(pointer);
            }
            else if (IsMissing(gathering.ReasonsRelevant))
            {
                context.Report(pointer + "/reasonsRelevant");
            }
        }
    }
}
