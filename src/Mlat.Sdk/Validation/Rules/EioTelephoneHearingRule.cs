using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0070: An EIO hearing by telephone conference concerns witnesses or experts, never a suspected or accused person (art. 25(1)).</summary>
internal sealed class EioTelephoneHearingRule : BusinessRule
{
    public override string Id => "MLAT-R-0070";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 25(1) (telephone conference: a witness or expert), compared with art. 24(1) (videoconference: also a suspected or accused person)";

    public override string Description => "An EIO hearing by telephone conference concerns witnesses or experts, never a suspected or accused person (art. 25(1); a suspect or accused may be heard by videoconference, art. 24(1)).";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        var defendants = Defendants(request);
        for (var i = 0; i < request.Measures.Count; i++)
        {
            var measure = request.Measures[i];
            if (measure.Type != MeasureType.HearingByTelephone)
            {
                continue;
            }

            for (var j = 0; j < (measure.SubjectRefs?.Count ?? 0); j++)
            {
                if (defendants.Contains(measure.SubjectRefs![j]))
                {
                    context.Report(At("/body/measures", i) + "/subjectRefs/" + j.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
    }
}
