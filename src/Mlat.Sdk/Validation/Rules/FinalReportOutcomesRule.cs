using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0051: A final execution report gives every measure a final outcome: none is still IN_PROGRESS or POSTPONED.</summary>
internal sealed class FinalReportOutcomesRule : BusinessRule
{
    public override string Id => "MLAT-R-0051";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ExecutionReport];

    public override string LegalSource => "Directive 2014/41/EU art. 12(4) and 16(3); UNTOC art. 18(24); UNCAC art. 46(24)";

    public override string Description => "A final execution report gives every measure a final outcome: none is still IN_PROGRESS or POSTPONED.";

    public override void Check(RuleContext context)
    {
        var report = (ExecutionReport)context.Body;
        if (!report.Final)
        {
            return;
        }

        for (var i = 0; i < report.Outcomes.Count; i++)
        {
            if (report.Outcomes[i].Status is MeasureStatus.InProgress or MeasureStatus.Postponed)
            {
                context.Report(At("/body/outcomes", i) + "/status");
            }
        }
    }
}
