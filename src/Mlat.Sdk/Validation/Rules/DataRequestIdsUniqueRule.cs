using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0065: The ids of the data requests of an order are unique, so an answer per identifier has one target.</summary>
internal sealed class DataRequestIdsUniqueRule : BusinessRule
{
    public override string Id => "MLAT-R-0065";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder, MessageType.PreservationOrder];

    public override string LegalSource => "Regulation (EU) 2023/1543 annex I sections E and F, annex II section C (one entry per identifier); annex III section D (reasons per identifier)";

    public override string Description => "The ids of the data requests of an order are unique, so an answer per identifier has one target.";

    public override void Check(RuleContext context)
    {
        var requests = DataRequestsOf(context.Body);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < requests.Count; i++)
        {
            if (!seen.Add(requests[i].Id))
            {
                context.Report(At("/body/dataRequests", i) + "/id");
            }
        }
    }
}
