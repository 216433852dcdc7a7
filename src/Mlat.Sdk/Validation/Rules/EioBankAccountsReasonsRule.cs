using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0006: An EIO for bank account information states why the information is relevant and why the accounts are presumed held in the executing State (section H4).</summary>
internal sealed class EioBankAccountsReasonsRule : BusinessRule
{
    public override string Id => "MLAT-R-0006";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 26(5); annex A section H4";

    public override string Description => "An EIO for bank account information states why the information is relevant and why the accounts are presumed held in the executing State (section H4).";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        for (var i = 0; i < request.Measures.Count; i++)
        {
            var measure = request.Measures[i];
            if (measure.Type != MeasureType.BankAccountInformation)
            {
                continue;
            }

            var pointer = At("/body/measures", i) + "/details/bankAccounts";
            if (measure.Details?.BankAccounts is not { } accounts)
            {
                context.Report(pointer);
                continue;
            }

            if (IsMissing(accounts.ReasonsRelevant))
            {
                context.Report(pointer + "/reasonsRelevant");
            }

            if (IsMissing(accounts.ReasonsHeldInExecutingState))
            {
                context.Report(pointer + "/reasonsHeldInExecutingState");
            }
        }
    }
}
