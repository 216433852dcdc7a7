using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0124: Outside the EIO, a request of urgency URGENT sets the deadline it needs (warning).</summary>
internal sealed class MlaUrgentDeadlineRule : BusinessRule
{
    public override string Id => "MLAT-R-0124";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.MlaUntoc, Profile.MlaUncac, Profile.MlaEts030, Profile.MlaBilateral, Profile.MlaEu2000, Profile.MlaRegional, Profile.MlaCybercrime, Profile.MlaReciprocity];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "UNTOC art. 18(24); UNCAC art. 46(24); EU MLA Convention 2000 art. 4(2) (the requested State takes account of the deadlines the requesting State indicates; warning: a deadline is optional, but urgency without one gives the requested State nothing to plan against)";

    public override string Description => "A request of urgency URGENT sets the deadline it needs (warning: the requested State can only take account of a deadline the request indicates).";

    public override void Check(RuleContext context)
    {
        // EMERGENCY without a deadline is MLAT-R-0060 (an error under every profile); URGENT is left to this warning.
        var request = (AssistanceRequest)context.Body;
        if (request.Urgency?.Level == UrgencyLevel.Urgent && (request.Deadlines?.Count ?? 0) == 0)
        {
            context.Report("/body/deadlines");
        }
    }
}
