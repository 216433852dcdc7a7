using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0031: The executing State is the recipient's country and the issuing authority is in the sender's country.</summary>
internal sealed class StatesMatchHeaderRule : BusinessRule
{
    public override string Id => "MLAT-R-0031";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU annex A section A; UNTOC art. 18(13)";

    public override string Description => "The executing State is the recipient's country and the issuing authority is in the sender's country.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        var header = context.Message.Header;
        if (request.ExecutingState != header.Recipient.Country)
        {
            context.Report("/body/executingState");
        }

        if (request.IssuingAuthority.Country != header.Sender.Country)
        {
            context.Report("/body/issuingAuthority/country");
        }
    }
}
