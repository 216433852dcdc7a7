using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0009: Urgency above NORMAL gives at least one reason, and the reason OTHER is explained.</summary>
internal sealed class UrgencyReasonsRule : BusinessRule
{
    public override string Id => "MLAT-R-0009";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU annex A section B; PC-OC Guidelines to the model request form (urgency); UNTOC art. 18(14)";

    public override string Description => "Urgency above NORMAL gives at least one reason, and the reason OTHER is explained.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        if (request.Urgency is not { } urgency || urgency.Level == UrgencyLevel.Normal)
        {
            return;
        }

        if ((urgency.Reasons?.Count ?? 0) == 0)
        {
            context.Report("/body/urgency/reasons");
        }
        else if (urgency.Reasons!.Contains(UrgencyReason.Other) && IsMissing(urgency.Explanation))
        {
            context.Report("/body/urgency/explanation");
        }
    }
}
