using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0001: An EIO issued by an authority that is not a judge, court, investigating judge or public prosecutor (police, central or other competent authority) names its validating judicial authority and the date of validation.</summary>
internal sealed class EioOtherCompetentNeedsValidationRule : BusinessRule
{
    public override string Id => "MLAT-R-0001";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 2(c)(ii); annex A sections K and L";

    public override string Description => "An EIO issued by an authority that is not a judge, court, investigating judge or public prosecutor (police, central or other competent authority) names its validating judicial authority and the date of validation.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        // Art. 2(c)(i) lists the judicial issuing authorities; every other issuer (POLICE, CENTRAL_AUTHORITY, OTHER_COMPETENT) is
        // an issuing authority under art. 2(c)(ii) only once a judicial authority has validated the EIO.
        if (request.IssuingAuthority.Type is AuthorityType.Judge or AuthorityType.Court or AuthorityType.InvestigatingJudge or AuthorityType.PublicProsecutor)
        {
            return;
        }

        if (request.ValidatingAuthority is null)
        {
            context.Report("/body/validatingAuthority");
        }

        if (request.ValidatedOn is null)
        {
            context.Report("/body/validatedOn");
        }
    }
}
