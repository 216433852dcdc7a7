using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0005: An EIO hearing by videoconference or telephone names the authority conducting the hearing (section H2).</summary>
internal sealed class EioRemoteHearingAuthorityRule : BusinessRule
{
    public override string Id => "MLAT-R-0005";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 24(6), 25; annex A section H2";

    public override string Description => "An EIO hearing by videoconference or telephone names the authority conducting the hearing (section H2).";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        for (var i = 0; i < request.Measures.Count; i++)
        {
            var measure = request.Measures[i];
            if (measure.Type is not (MeasureType.HearingByVideoconference or MeasureType.HearingByTelephone))
            {
                continue;
            }

            var pointer = At("/body/measures", i) + "/details/remoteHearing";
            if (measure.Details?.RemoteHearing is not { } hearing)
            {
                context.Report(pointer);
            }
            else if (hearing.ConductingAuthority is null)
            {
                context.Report(pointer + "/conductingAuthority");
            }
        }
    }
}
