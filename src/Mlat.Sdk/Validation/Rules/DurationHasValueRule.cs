using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0069: A duration states at least one value: a bare P or PT (an ISO 8601 duration of nothing) is not a duration.</summary>
internal sealed class DurationHasValueRule : BusinessRule
{
    public override string Id => "MLAT-R-0069";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest, MessageType.SupplementaryRequest, MessageType.PostponementNotice, MessageType.ProductionOrder, MessageType.PreservationOrder, MessageType.PreservationExtension, MessageType.InterceptionNotification];

    public override string LegalSource => "ISO 8601-1:2019 section 5.5.2 (a duration has at least one component with a value); Mlat standard, Duration (common/types.schema.json)";

    public override string Description => "A duration states at least one value: a bare P or PT (an ISO 8601 duration of nothing) is not a duration.";

    public override void Check(RuleContext context)
    {
        switch (context.Body)
        {
            case AssistanceRequest r:
                Offences(context, r.Offences, "/body/offences");
                Measures(context, r.Measures, "/body/measures");
                break;
            case SupplementaryRequest s:
                Offences(context, s.NewOffences, "/body/newOffences");
                Measures(context, s.NewMeasures, "/body/newMeasures");
                break;
            case PostponementNotice p:
                Duration(context, p.ExpectedDuration, "/body/expectedDuration");
                break;
            case ProductionOrder o:
                Offences(context, o.Offences, "/body/offences");
                break;
            case PreservationOrder o:
                Offences(context, o.Offences, "/body/offences");
                break;
            case PreservationExtension e:
                Duration(context, e.Extension, "/body/extension");
                break;
            case InterceptionNotification n:
                Duration(context, n.Duration, "/body/duration");
                Offences(context, n.Offences, "/body/offences");
                break;
        }
    }

    private static void Offences(RuleContext context, IReadOnlyList<Offence>? offences, string pointer)
    {
        for (var i = 0; i < (offences?.Count ?? 0); i++)
        {
            Duration(context, offences![i].MaximumPenalty?.Maximum, At(pointer, i) + "/maximumPenalty/maximum");
        }
    }

    private static void Measures(RuleContext context, IReadOnlyList<Measure>? measures, string pointer)
    {
        for (var i = 0; i < (measures?.Count ?? 0); i++)
        {
            var details = At(pointer, i) + "/details";
            Duration(context, measures![i].Details?.Interception?.Duration, details + "/interception/duration");
            Duration(context, measures[i].Details?.RealTimeGathering?.Duration, details + "/realTimeGathering/duration");
        }
    }

    private static void Duration(RuleContext context, string? duration, string pointer)
    {
        if (duration is not null && !duration.Any(char.IsAsciiDigit))
        {
            context.Report(pointer);
        }
    }
}
