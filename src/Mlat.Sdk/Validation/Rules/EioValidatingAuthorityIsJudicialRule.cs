using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0002: The validating authority of an EIO is a judge, court, investigating judge or public prosecutor.</summary>
internal sealed class EioValidatingAuthorityIsJudicialRule : BusinessRule
{
    public override string Id => "MLAT-R-0002";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 2(c)(ii); annex A section L";

    public override string Description => "The validating authority of an EIO is a judge, court, investigating judge or public prosecutor.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        if (request.ValidatingAuthority is { } validating
            && validating.Type is not (AuthorityType.Judge or AuthorityType.Court or AuthorityType.InvestigatingJudge or AuthorityType.PublicProsecutor))
        {
            context.Report("/body/validatingAuthority/type");
        }
    }
}
