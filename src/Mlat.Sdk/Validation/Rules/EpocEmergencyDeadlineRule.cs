using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0040: An emergency EPOC sets a production deadline of at most 8 hours after the order was created.</summary>
internal sealed class EpocEmergencyDeadlineRule : BusinessRule
{
    private static readonly TimeSpan EmergencyLimit = TimeSpan.FromHours(8);

    public override string Id => "MLAT-R-0040";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Epoc];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder];

    public override string LegalSource => "Regulation (EU) 2023/1543 art. 10(4); annex I section C";

    public override string Description => "An emergency EPOC sets a production deadline of at most 8 hours after the order was created.";

    public override void Check(RuleContext context)
    {
        var order = (ProductionOrder)context.Body;
        if (!order.Emergency)
        {
            return;
        }

        var deadlines = order.Deadlines ?? [];
        // 1.2 names the 8-hour limit as its own kind; a 1.1 order gives it as PRODUCTION.
        var index = deadlines.ToList().FindIndex(d => d.Kind is DeadlineKind.Production or DeadlineKind.EpocEmergency8Hours);
        if (index < 0)
        {
            context.Report("/body/deadlines");
        }
        else if (deadlines[index].DueAt - context.Message.Header.CreatedAt > EmergencyLimit)
        {
            context.Report(RuleHelpers.At("/body/deadlines", index) + "/dueAt");
        }
    }
}
