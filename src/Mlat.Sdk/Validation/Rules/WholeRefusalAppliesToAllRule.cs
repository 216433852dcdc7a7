using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0048: The grounds of a WHOLE refusal apply to the whole request and name no measures (appliesTo is for a PARTIAL refusal).</summary>
internal sealed class WholeRefusalAppliesToAllRule : BusinessRule
{
    public override string Id => "MLAT-R-0048";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.RefusalNotice];

    public override string LegalSource => "Directive 2014/41/EU art. 11 and 16(3)(a); UNTOC art. 18(23)";

    public override string Description => "The grounds of a WHOLE refusal apply to the whole request and name no measures (appliesTo is for a PARTIAL refusal).";

    public override void Check(RuleContext context)
    {
        var notice = (RefusalNotice)context.Body;
        if (notice.Scope != RefusalScope.Whole)
        {
            return;
        }

        for (var i = 0; i < notice.Grounds.Count; i++)
        {
            if ((notice.Grounds[i].AppliesTo?.Count ?? 0) > 0)
            {
                context.Report(At("/body/grounds", i) + "/appliesTo");
            }
        }
    }
}
