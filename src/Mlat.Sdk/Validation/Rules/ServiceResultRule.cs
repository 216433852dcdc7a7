using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0116: A service result gives the date of service, or the reason the documents were not served.</summary>
internal sealed class ServiceResultRule : BusinessRule
{
    public override string Id => "MLAT-R-0116";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ExecutionReport, MessageType.StatusUpdate];

    public override string LegalSource => "ETS 030 art. 7(2) (proof of service: a receipt dated and signed by the person served or a declaration of the form and date of service; the reason if service could not be effected); EU MLA Convention 2000 art. 5";

    public override string Description => "A service result gives the date of service when the documents were served, and the reason when they were not.";

    public override void Check(RuleContext context)
    {
        var outcomes = OutcomesOf(context.Body);
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Service is not { } service)
            {
                continue;
            }

            var at = At("/body/outcomes", i) + "/service";
            if (service.Served && service.ServedOn is null)
            {
                context.Report(at + "/servedOn");
            }
            else if (!service.Served && IsMissing(service.NotServedReason))
            {
                context.Report(at + "/notServedReason");
            }
        }
    }
}
