using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0053: A consultation on costs (topic COSTS) gives the estimated costs.</summary>
internal sealed class CostsConsultationEstimateRule : BusinessRule
{
    public override string Id => "MLAT-R-0053";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.Consultation];

    public override string LegalSource => "Directive 2014/41/EU art. 21(2); UNTOC art. 18(28); UNCAC art. 46(28)";

    public override string Description => "A consultation on costs (topic COSTS) gives the estimated costs.";

    public override void Check(RuleContext context)
    {
        var consultation = (Consultation)context.Body;
        if (consultation.Topic == ConsultationTopic.Costs && consultation.CostEstimate is null)
        {
            context.Report("/body/costEstimate");
        }
    }
}
