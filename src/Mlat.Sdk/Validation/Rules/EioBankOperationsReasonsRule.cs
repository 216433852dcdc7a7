using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0007: An EIO for information on banking operations states why it is relevant and the period concerned (section H5).</summary>
internal sealed class EioBankOperationsReasonsRule : BusinessRule
{
    public override string Id => "MLAT-R-0007";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 27(4); annex A section H5";

    public override string Description => "An EIO for information on banking operations states why it is relevant and the period concerned (section H5).";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        for (var i = 0; i < request.Measures.Count; i++)
        {
            var measure = request.Measures[i];
            if (measure.Type != MeasureType.BankOperationsInformation)
            {
                continue;
            }

            var pointer = At("/body/measures", i) + "/details/bankOperations";
            if (measure.Details?.BankOperations is not { } operations)
            {
                context.Report(pointer);
                continue;
            }

            if (IsMissing(operations.ReasonsRelevant))
            {
                context.Report(pointer + "/reasonsRelevant");
            }

            if (operations.Period is null)
            {
                context.Report(pointer + "/period");
            }
        }
    }
}
