using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0105: A CETS 224 art. 9 request is an emergency request.</summary>
internal sealed class Cets224Art9EmergencyRule : BusinessRule
{
    public override string Id => "MLAT-R-0105";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Cets224Art9];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder];

    public override string LegalSource => "Second Additional Protocol to the Convention on Cybercrime (CETS 224) art. 9(1) and art. 3(2)(c)";

    public override string Description => "A CETS 224 art. 9 request for expedited disclosure is marked as an emergency, the only case art. 9 covers.";

    public override void Check(RuleContext context)
    {
        if (!((ProductionOrder)context.Body).Emergency)
        {
            context.Report("/body/emergency");
        }
    }
}
