using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0003: An EIO interception of telecommunications states the reasons, the targets, the desired duration and the technical data (section H7).</summary>
internal sealed class EioInterceptionDetailsRule : BusinessRule
{
    public override string Id => "MLAT-R-0003";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 30(3) and (4); annex A section H7";

    public override string Description => "An EIO interception of telecommunications states the reasons, the targets, the desired duration and the technical data (section H7).";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        for (var i = 0; i < request.Measures.Count; i++)
        {
            var measure = request.Measures[i];
            if (measure.Type != MeasureType.InterceptionOfTelecommunications)
            {
                continue;
            }

            var pointer = At("/body/measures", i) + "/details/interception";
            if (measure.Details?.Interception is not { } interception)
            {
                context.Report(pointer);
                continue;
            }

            // art. 30(4): why the measure is relevant; art. 30(3)(a)-(c): subject, duration, technical data.
            if (IsMissing(interception.ReasonsRelevant))
            {
                context.Report(pointer + "/reasonsRelevant");
            }

            if ((interception.Targets?.Count ?? 0) == 0 && (interception.TargetRefs?.Count ?? 0) == 0)
            {
                context.Report(pointer + "/targets");
            }

            if (interception.Duration is null)
            {
                context.Report(pointer + "/duration");
            }

            if (IsMissing(interception.TechnicalData) && (interception.Targets?.Count ?? 0) == 0)
            {
                context.Report(pointer + "/technicalData");
            }
        }
    }
}
