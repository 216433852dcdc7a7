using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0041: An EPOC for traffic or content data states whether the enforcing authority is notified (warning: notification may be dispensed with).</summary>
internal sealed class EpocEnforcingAuthorityRule : BusinessRule
{
    public override string Id => "MLAT-R-0041";

    // A warning: art. 8(2) dispenses with notification when the offence was committed, and the person resides, in the
    // issuing State — facts the message does not carry.
    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Epoc];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder];

    public override string LegalSource => "Regulation (EU) 2023/1543 art. 8(1) and 8(2); annex I section K";

    public override string Description => "An EPOC for traffic or content data states whether the enforcing authority is notified (warning: notification may be dispensed with).";

    public override void Check(RuleContext context)
    {
        var order = (ProductionOrder)context.Body;
        var sensitive = order.DataRequests.Any(d => d.Categories.Contains(DataCategory.Traffic) || d.Categories.Contains(DataCategory.Content));
        if (sensitive && order.EnforcingAuthority is null)
        {
            context.Report("/body/enforcingAuthority");
        }
    }
}
