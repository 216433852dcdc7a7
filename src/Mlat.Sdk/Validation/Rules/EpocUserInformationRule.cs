using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0066: The user is informed unless the order gives the grounds for delaying or omitting it, and NOT_INFORMED_SUBSCRIBER_DATA is used only for an order asking for subscriber or user-identification data.</summary>
internal sealed class EpocUserInformationRule : BusinessRule
{
    public override string Id => "MLAT-R-0066";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Epoc];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder];

    public override string LegalSource => "Regulation (EU) 2023/1543 art. 13(1)-(3); annex I section H";

    public override string Description => "The user is informed unless the order gives the grounds for delaying or omitting it, and NOT_INFORMED_SUBSCRIBER_DATA is used only for an order asking for subscriber or user-identification data.";

    public override void Check(RuleContext context)
    {
        if (((ProductionOrder)context.Body) is not { UserInformation: { } information } order)
        {
            return;
        }

        // Art. 13(2): informing the person may be delayed, restricted or omitted only where necessary and proportionate,
        // which the order must justify.
        if (information.Mode != UserInformationMode.Informed && IsMissing(information.Grounds))
        {
            context.Report("/body/userInformation/grounds");
        }

        if (information.Mode == UserInformationMode.NotInformedSubscriberData
            && order.DataRequests.Any(r => r.Categories.Any(c => c is DataCategory.Traffic or DataCategory.Content)))
        {
            context.Report("/body/userInformation/mode");
        }
    }
}
