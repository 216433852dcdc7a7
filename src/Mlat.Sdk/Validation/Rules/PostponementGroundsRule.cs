using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0049: A postponement (POSTPONED) states its coded grounds, and the ground OTHER is explained.</summary>
internal sealed class PostponementGroundsRule : BusinessRule
{
    public override string Id => "MLAT-R-0049";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.PostponementNotice];

    public override string LegalSource => "Directive 2014/41/EU art. 15(1) and 16(3)(b); UNTOC art. 18(25); UNCAC art. 46(25)";

    public override string Description => "A postponement (POSTPONED) states its coded grounds, and the ground OTHER is explained.";

    public override void Check(RuleContext context)
    {
        var notice = (PostponementNotice)context.Body;
        if (notice.Action != PostponementAction.Postponed)
        {
            return;
        }

        if ((notice.Grounds?.Count ?? 0) == 0)
        {
            context.Report("/body/grounds");
        }
        else if (notice.Grounds!.Contains(PostponementGround.Other) && IsMissing(notice.Explanation))
        {
            context.Report("/body/explanation");
        }
    }
}
