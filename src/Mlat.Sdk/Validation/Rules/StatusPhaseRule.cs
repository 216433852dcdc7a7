using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0103: A status update without measure outcomes gives the phase of the request.</summary>
internal sealed class StatusPhaseRule : BusinessRule
{
    public override string Id => "MLAT-R-0103";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.StatusUpdate];

    public override string LegalSource => "UNTOC art. 18(24); UNCAC art. 46(24); Directive 2014/41/EU art. 16";

    public override string Description => "A status update without measure outcomes gives the phase of the request, so that it still says where the request stands.";

    public override void Check(RuleContext context)
    {
        var update = (StatusUpdate)context.Body;
        if (update.Outcomes.Count == 0 && update.Phase is null)
        {
            context.Report("/body/outcomes");
        }
    }
}
