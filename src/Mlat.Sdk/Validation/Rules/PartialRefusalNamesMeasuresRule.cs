using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0024: Every ground of a partial refusal names the measures it applies to.</summary>
internal sealed class PartialRefusalNamesMeasuresRule : BusinessRule
{
    public override string Id => "MLAT-R-0024";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.RefusalNotice];

    public override string LegalSource => "Directive 2014/41/EU art. 11 and 16(3)(b); UNTOC art. 18(23) and (26)";

    public override string Description => "Every ground of a partial refusal names the measures it applies to.";

    public override void Check(RuleContext context)
    {
        var notice = (RefusalNotice)context.Body;
        if (notice.Scope != RefusalScope.Partial)
        {
            return;
        }

        for (var i = 0; i < notice.Grounds.Count; i++)
        {
            if ((notice.Grounds[i].AppliesTo?.Count ?? 0) == 0)
            {
                context.Report(At("/body/grounds", i) + "/appliesTo");
            }
        }
    }
}
