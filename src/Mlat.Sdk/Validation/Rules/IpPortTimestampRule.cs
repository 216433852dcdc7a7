using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>
/// MLAT-R-0074: An identifier of type IP_PORT_TIMESTAMP gives the source port and the instant the address was in use: the
/// type exists for the address that identifies a user only with both (Regulation (EU) 2023/1543 art. 3(10)); an address
/// alone is IPV4 or IPV6.
/// </summary>
internal sealed class IpPortTimestampRule : BusinessRule
{
    public override string Id => "MLAT-R-0074";

    public override string Since => "1.1";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder, MessageType.PreservationOrder];

    public override string LegalSource => "Regulation (EU) 2023/1543 art. 3(10) (IP addresses and, where necessary, the relevant source ports and time stamp); annex I section F; annex II section C";

    public override string Description => "An IP_PORT_TIMESTAMP identifier gives its source port and the instant the address was in use (an address alone is IPV4 or IPV6).";

    public override void Check(RuleContext context)
    {
        var requests = DataRequestsOf(context.Body);
        for (var i = 0; i < requests.Count; i++)
        {
            var identifier = requests[i].Identifier;
            if (identifier.Type != DataIdentifierType.IpPortTimestamp)
            {
                continue;
            }

            var pointer = At("/body/dataRequests", i) + "/identifier";
            if (identifier.Port is null)
            {
                context.Report(pointer + "/port");
            }

            if (identifier.ObservedAt is null)
            {
                context.Report(pointer + "/observedAt");
            }
        }
    }
}
