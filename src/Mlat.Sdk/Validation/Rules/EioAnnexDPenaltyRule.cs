using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0008: An offence ticked in an EIO annex D category carries a custodial maximum penalty of at least three years.</summary>
internal sealed class EioAnnexDPenaltyRule : BusinessRule
{
    public override string Id => "MLAT-R-0008";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 11(1)(g), annex D; annex A section G(3)";

    public override string Description => "An offence ticked in an EIO annex D category carries a custodial maximum penalty of at least three years.";

    private const double ThreeYears = 36;

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        var offences = request.Offences ?? [];
        for (var i = 0; i < offences.Count; i++)
        {
            var offence = offences[i];
            if (offence.EioAnnexD is null)
            {
                continue;
            }

            var pointer = At("/body/offences", i) + "/maximumPenalty";
            if (offence.MaximumPenalty is not { } penalty)
            {
                context.Report(pointer);
            }
            else if (penalty.Type != PenaltyType.Custodial)
            {
                context.Report(pointer + "/type");
            }
            else if (penalty.LifeImprisonment != true && penalty.Maximum is { } maximum && maximum.TotalMonths < ThreeYears)
            {
                // An absent maximum without life imprisonment is MLAT-R-0112's finding, so one defect gives one finding.
                context.Report(pointer + "/maximum");
            }
        }
    }
}
