using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0060: A request of urgency EMERGENCY sets the deadline it needs.</summary>
internal sealed class EmergencyDeadlineRule : BusinessRule
{
    public override string Id => "MLAT-R-0060";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "UNTOC art. 18(24); UNCAC art. 46(24) (deadlines suggested by the requesting State); Directive 2014/41/EU art. 12(2); ETS 030 art. 15(2)";

    public override string Description => "A request of urgency EMERGENCY sets the deadline it needs.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        if (request.Urgency?.Level == UrgencyLevel.Emergency && (request.Deadlines?.Count ?? 0) == 0)
        {
            context.Report("/body/deadlines");
        }
    }
}
