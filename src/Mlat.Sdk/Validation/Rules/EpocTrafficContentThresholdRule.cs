using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0064: An EPOC for traffic data (other than to identify the user) or content data concerns an offence punishable by a custodial sentence of a maximum of at least three years, or one committed by means of an information system (the offences listed in art. 5(4)(b)).</summary>
internal sealed class EpocTrafficContentThresholdRule : BusinessRule
{
    public override string Id => "MLAT-R-0064";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Epoc];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder];

    public override string LegalSource => "Regulation (EU) 2023/1543 art. 5(4); annex I section G";

    public override string Description => "An EPOC for traffic data (other than to identify the user) or content data concerns an offence punishable by a custodial sentence of a maximum of at least three years, or one committed by means of an information system (the offences listed in art. 5(4)(b)).";

    public override void Check(RuleContext context)
    {
        var order = (ProductionOrder)context.Body;
        var qualifies = order.Offences?.Any(o => o.CommittedByInformationSystem == true
            || (o.MaximumPenalty is { Type: PenaltyType.Custodial } p && (p.LifeImprisonment == true || p.Maximum?.TotalMonths >= 36))) == true;
        if (qualifies)
        {
            return;
        }

        for (var i = 0; i < order.DataRequests.Count; i++)
        {
            if (order.DataRequests[i].Categories.Any(c => c is DataCategory.Traffic or DataCategory.Content))
            {
                context.Report(At("/body/dataRequests", i) + "/categories");
            }
        }
    }
}
