using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0113: A preservation order names its addressee, except a Budapest art. 29 request to a State.</summary>
internal sealed class PreservationAddresseeRule : BusinessRule
{
    public override string Id => "MLAT-R-0113";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.PreservationOrder];

    public override string LegalSource => "Regulation (EU) 2023/1543 art. 7 and annex II section B (the EPOC-PR goes to a designated establishment or legal representative); CETS 224 art. 7(1); Budapest Convention art. 29(1)-(2)(d) (a request to a Party, with any available information on the custodian)";

    public override string Description => "A preservation order names its addressee, except a Budapest art. 29 request, which goes to a State and identifies the custodian or the system as far as known.";

    public override void Check(RuleContext context)
    {
        var order = (PreservationOrder)context.Body;
        if (order.Addressee is null && order.Profile != Profile.BudapestArt29)
        {
            context.Report("/body/addressee");
        }
    }
}
