using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0047: A PARTIAL withdrawal names the measures withdrawn; a WHOLE withdrawal names none.</summary>
internal sealed class WithdrawalScopeMeasuresRule : BusinessRule
{
    public override string Id => "MLAT-R-0047";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.WithdrawalNotice];

    public override string LegalSource => "Directive 2014/41/EU art. 16(3); UNTOC art. 18(24); UNCAC art. 46(24) (the requesting State informs when assistance is no longer required)";

    public override string Description => "A PARTIAL withdrawal names the measures withdrawn; a WHOLE withdrawal names none.";

    public override void Check(RuleContext context)
    {
        var notice = (WithdrawalNotice)context.Body;
        var named = (notice.MeasureRefs?.Count ?? 0) > 0;
        if (notice.Scope == WithdrawalScope.Partial ? !named : named)
        {
            context.Report("/body/measureRefs");
        }
    }
}
