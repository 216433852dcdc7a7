using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0104: A CETS 224 art. 8 request names the offences and summarises the facts.</summary>
internal sealed class Cets224Art8OffencesRule : BusinessRule
{
    public override string Id => "MLAT-R-0104";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Cets224Art8];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder];

    public override string LegalSource => "Second Additional Protocol to the Convention on Cybercrime (CETS 224) art. 8(3) and (4)";

    public override string Description => "A CETS 224 art. 8 request to give effect to an order names the offences and summarises the facts.";

    public override void Check(RuleContext context)
    {
        var order = (ProductionOrder)context.Body;
        if ((order.Offences?.Count ?? 0) == 0)
        {
            context.Report("/body/offences");
        }

        if (order.FactsSummary is null)
        {
            context.Report("/body/factsSummary");
        }
    }
}
