using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0043: A Budapest art. 29 preservation request states the offence, a summary of the facts, why preservation is necessary and that a request for the data will follow.</summary>
internal sealed class Budapest29ContentRule : BusinessRule
{
    public override string Id => "MLAT-R-0043";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.BudapestArt29];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.PreservationOrder];

    public override string LegalSource => "Convention on Cybercrime (ETS 185) art. 29(2)(b), (e) and (f)";

    public override string Description => "A Budapest art. 29 preservation request states the offence, a summary of the facts, why preservation is necessary and that a request for the data will follow.";

    public override void Check(RuleContext context)
    {
        var order = (PreservationOrder)context.Body;
        if ((order.Offences?.Count ?? 0) == 0)
        {
            context.Report("/body/offences");
        }

        if (IsMissing(order.FactsSummary))
        {
            context.Report("/body/factsSummary");
        }

        if (IsMissing(order.Necessity))
        {
            context.Report("/body/necessity");
        }

        if (order.SubsequentRequestIntended != true)
        {
            context.Report("/body/subsequentRequestIntended");
        }
    }
}
