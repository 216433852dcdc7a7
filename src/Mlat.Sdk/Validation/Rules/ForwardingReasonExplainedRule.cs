using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0052: A forwarding for the reason OTHER explains the reason.</summary>
internal sealed class ForwardingReasonExplainedRule : BusinessRule
{
    public override string Id => "MLAT-R-0052";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ForwardingNotice];

    public override string LegalSource => "Directive 2014/41/EU art. 7(6) and annex B section C; UNTOC art. 18(13)";

    public override string Description => "A forwarding for the reason OTHER explains the reason.";

    public override void Check(RuleContext context)
    {
        var notice = (ForwardingNotice)context.Body;
        if (notice.Reason == ForwardingReason.Other && IsMissing(notice.Explanation))
        {
            context.Report("/body/explanation");
        }
    }
}
