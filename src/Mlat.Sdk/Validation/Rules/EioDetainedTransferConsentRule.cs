using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0004: An EIO temporary transfer of a detained person names the person and states whether the person consented (section H1).</summary>
internal sealed class EioDetainedTransferConsentRule : BusinessRule
{
    public override string Id => "MLAT-R-0004";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 22(2)(a), 23; annex A section H1";

    public override string Description => "An EIO temporary transfer of a detained person names the person and states whether the person consented (section H1).";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        for (var i = 0; i < request.Measures.Count; i++)
        {
            var measure = request.Measures[i];
            if (measure.Type is not (MeasureType.TemporaryTransferToIssuingState or MeasureType.TemporaryTransferToExecutingState))
            {
                continue;
            }

            var pointer = At("/body/measures", i) + "/details/detainedPersonTransfer";
            if (measure.Details?.DetainedPersonTransfer is not { } transfer)
            {
                context.Report(pointer);
            }
            else if (transfer.Consent is null)
            {
                context.Report(pointer + "/consent");
            }
        }
    }
}
