using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0038: Every data request of an EPOC or EPOC-PR has an identifier and a bounded time range whose end is not before its start.</summary>
internal sealed class EvidenceBoundedTimeRangeRule : BusinessRule
{
    public override string Id => "MLAT-R-0038";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Epoc, Profile.EpocPr];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder, MessageType.PreservationOrder];

    public override string LegalSource => "Regulation (EU) 2023/1543 annex I sections E and F; annex II section C";

    public override string Description => "Every data request of an EPOC or EPOC-PR has an identifier and a bounded time range whose end is not before its start.";

    public override void Check(RuleContext context)
    {
        // The identifier is required by the schema; the time range and its end are what the instrument adds.
        var items = context.Body switch
        {
            ProductionOrder p => p.DataRequests,
            PreservationOrder p => p.DataRequests,
            _ => [],
        };
        for (var i = 0; i < items.Count; i++)
        {
            var pointer = At("/body/dataRequests", i);
            if (items[i].TimeRange is not { } range)
            {
                context.Report(pointer + "/timeRange");
            }
            else if (range.End is not { } end || end < range.Start)
            {
                context.Report(pointer + "/timeRange/end");
            }
        }
    }
}
