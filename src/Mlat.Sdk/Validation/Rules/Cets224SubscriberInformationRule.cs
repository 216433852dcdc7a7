using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0068: A CETS 224 art. 7 order asks for subscriber information only, not for traffic or content data (art. 8 and 9 go through the authorities of the other Party).</summary>
internal sealed class Cets224SubscriberInformationRule : BusinessRule
{
    public override string Id => "MLAT-R-0068";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Cets224Art7];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder];

    public override string LegalSource => "Second Additional Protocol to the Convention on Cybercrime (CETS 224) art. 7(1); art. 8 (traffic data) and 9 (emergency disclosure)";

    public override string Description => "A CETS 224 art. 7 order asks for subscriber information only, not for traffic or content data (art. 8 and 9 go through the authorities of the other Party).";

    public override void Check(RuleContext context)
    {
        var order = (ProductionOrder)context.Body;
        for (var i = 0; i < order.DataRequests.Count; i++)
        {
            if (order.DataRequests[i].Categories.Any(c => c is DataCategory.Traffic or DataCategory.Content))
            {
                context.Report(At("/body/dataRequests", i) + "/categories");
            }
        }
    }
}
