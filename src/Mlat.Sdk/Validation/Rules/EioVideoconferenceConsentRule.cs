using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>
/// MLAT-R-0072: An EIO hearing by videoconference of a suspected or accused person who has refused consent may be refused
/// by the executing State (art. 24(2)(a)): a warning, since the executing authority may still execute it.
/// </summary>
internal sealed class EioVideoconferenceConsentRule : BusinessRule
{
    public override string Id => "MLAT-R-0072";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 24(2)(a) (execution may be refused if the suspected or accused person does not consent); annex A section H2";

    public override string Description => "An EIO hearing by videoconference of a suspected or accused person who has refused consent may be refused by the executing State (warning).";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        var defendants = Defendants(request);
        for (var i = 0; i < request.Measures.Count; i++)
        {
            if (request.Measures[i].Details?.RemoteHearing is { Mode: RemoteHearingMode.Videoconference, AccusedConsent: false } hearing
                && hearing.PersonRef is { } person
                && defendants.Contains(person))
            {
                context.Report(At("/body/measures", i) + "/details/remoteHearing/accusedConsent");
            }
        }
    }
}
