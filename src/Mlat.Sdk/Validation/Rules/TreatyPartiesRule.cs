using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0109: A bilateral treaty named in the legal basis has the States of the sender and the recipient among its parties.</summary>
internal sealed class TreatyPartiesRule : BusinessRule
{
    public override string Id => "MLAT-R-0109";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "UNTOC art. 18(7); UNCAC art. 46(7); Vienna Convention on the Law of Treaties art. 34 (a treaty binds its parties only)";

    public override string Description => "A bilateral treaty named in the legal basis has the States of the sender and the recipient among its parties.";

    public override void Check(RuleContext context)
    {
        // A treaty binds only its parties (VCLT art. 34): a request between two States can rest on a bilateral treaty only
        // when both are parties to it, so a treaty that leaves out one of them was picked from the wrong list.
        var request = (AssistanceRequest)context.Body;
        var basis = request.LegalBasis ?? [];
        var header = context.Message.Header;
        for (var i = 0; i < basis.Count; i++)
        {
            if (basis[i] is { Instrument: InstrumentCode.Bilateral, Treaty: { } treaty }
                && !(treaty.StateParties.Contains(header.Sender.Country) && treaty.StateParties.Contains(header.Recipient.Country)))
            {
                context.Report(At("/body/legalBasis", i) + "/treaty/stateParties");
            }
        }
    }
}
