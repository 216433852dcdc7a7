using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0055: An EIO is issued only if the issuing authority certifies that it is necessary and proportionate and that the measures could be ordered in a similar domestic case.</summary>
internal sealed class EioNecessaryAndProportionateRule : BusinessRule
{
    public override string Id => "MLAT-R-0055";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 6(1)(a) and (b)";

    public override string Description => "An EIO is issued only if the issuing authority certifies that it is necessary and proportionate and that the measures could be ordered in a similar domestic case.";

    public override void Check(RuleContext context)
    {
        if (((AssistanceRequest)context.Body).Certification is not { } certification)
        {
            return; // MLAT-R-0054 reports the missing certification
        }

        if (!certification.NecessaryAndProportionate)
        {
            context.Report("/body/certification/necessaryAndProportionate");
        }

        if (!certification.AvailableInSimilarDomesticCase)
        {
            context.Report("/body/certification/availableInSimilarDomesticCase");
        }
    }
}
