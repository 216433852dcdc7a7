using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0044: A CETS 224 order states its date of issue, the offences and the address of the service provider.</summary>
internal sealed class Cets224OrderContentRule : BusinessRule
{
    public override string Id => "MLAT-R-0044";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Cets224Art7];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder];

    public override string LegalSource => "Second Additional Protocol to the Convention on Cybercrime (CETS 224) art. 7(3)(a), (c) and (d)";

    public override string Description => "A CETS 224 order states its date of issue, the offences and the address of the service provider.";

    public override void Check(RuleContext context)
    {
        var order = (ProductionOrder)context.Body;
        if (order.IssuedOn is null)
        {
            context.Report("/body/issuedOn");
        }

        if ((order.Offences?.Count ?? 0) == 0)
        {
            context.Report("/body/offences");
        }

        if (order.Addressee.Address is null)
        {
            context.Report("/body/addressee/address");
        }
    }
}
