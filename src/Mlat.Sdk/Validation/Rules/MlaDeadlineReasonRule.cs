using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0126: A deadline suggested in a request under UNTOC, UNCAC, ETS 030, a bilateral or regional treaty, the Budapest Convention or reciprocity states its reason (warning).</summary>
internal sealed class MlaDeadlineReasonRule : BusinessRule
{
    public override string Id => "MLAT-R-0126";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.MlaUntoc, Profile.MlaUncac, Profile.MlaEts030, Profile.MlaBilateral, Profile.MlaRegional, Profile.MlaCybercrime, Profile.MlaReciprocity];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "UNTOC art. 18(24); UNCAC art. 46(24) (the requested State takes account of deadlines for which reasons are given, preferably in the request: warning, the reason is asked for, not required)";

    public override string Description => "A deadline the requesting State suggests (execution, recognition, provisional measure or custom; not statutory or agreed) states its reason (warning: a deadline without one need not be taken into account).";

    public override void Check(RuleContext context) => MlaRequestChecks.SuggestedDeadlineReasons(context);
}
