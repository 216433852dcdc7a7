using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0117: A hearing's time slot ends after it starts, and an appearance a summons names lies after the request.</summary>
internal sealed class TimeSlotRule : BusinessRule
{
    public override string Id => "MLAT-R-0117";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest, MessageType.SupplementaryRequest];

    public override string LegalSource => "EU MLA Convention 2000 art. 10(4) (the date and time of a videoconference hearing); Directive 2014/41/EU art. 24(4); ETS 030 art. 7(3) (a summons must reach the requested Party before the appearance)";

    public override string Description => "A remote hearing's time slot has a start and ends after it; the appearance a summons names lies after the request was created.";

    public override void Check(RuleContext context)
    {
        var (measures, path) = MeasuresOf(context.Body);
        for (var i = 0; i < measures.Count; i++)
        {
            var at = At(path, i) + "/details";
            if (measures[i].Details?.RemoteHearing is { EndsAt: { } end } hearing)
            {
                if (hearing.ScheduledAt is not { } start)
                {
                    context.Report(at + "/remoteHearing/scheduledAt");
                }
                else if (end <= start)
                {
                    context.Report(at + "/remoteHearing/endsAt");
                }
            }

            if (measures[i].Details?.ServiceOfDocuments?.Appearance is { } appearance && appearance.At <= context.Message.Header.CreatedAt)
            {
                context.Report(at + "/serviceOfDocuments/appearance/at");
            }
        }
    }
}
