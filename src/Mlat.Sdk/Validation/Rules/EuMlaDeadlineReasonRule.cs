using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0125: A deadline indicated in a request under the EU MLA Convention 2000 states its reason.</summary>
internal sealed class EuMlaDeadlineReasonRule : BusinessRule
{
    public override string Id => "MLAT-R-0125";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.MlaEu2000];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "EU MLA Convention 2000 art. 4(2) (the requesting Member State explains the reasons for the deadline: error, the instrument requires it)";

    public override string Description => "A deadline the requesting State indicates (execution, recognition, provisional measure or custom; not statutory or agreed) states its reason.";

    public override void Check(RuleContext context) => MlaRequestChecks.SuggestedDeadlineReasons(context);
}
