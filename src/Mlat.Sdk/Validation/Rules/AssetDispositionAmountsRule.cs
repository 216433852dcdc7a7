using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0115: Returned or shared property states what was transferred and when, and its amounts add up.</summary>
internal sealed class AssetDispositionAmountsRule : BusinessRule
{
    public override string Id => "MLAT-R-0115";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ExecutionReport, MessageType.StatusUpdate];

    public override string LegalSource => "UNCAC art. 57(1), (4) and (5) (return after deduction of reasonable expenses); UNTOC art. 14(2)-(3)";

    public override string Description => "Returned or shared property states the net amount transferred and the date of transfer; the gross amount less every deduction equals the net amount, all in one currency.";

    public override void Check(RuleContext context)
    {
        var outcomes = OutcomesOf(context.Body);
        for (var i = 0; i < outcomes.Count; i++)
        {
            var dispositions = outcomes[i].AssetDispositions ?? [];
            for (var j = 0; j < dispositions.Count; j++)
            {
                Check(context, dispositions[j], At(At("/body/outcomes", i) + "/assetDispositions", j));
            }
        }
    }

    private static void Check(RuleContext context, AssetDisposition d, string at)
    {
        if (d.Kind is AssetDispositionKind.Returned or AssetDispositionKind.Shared)
        {
            if (d.NetAmount is null)
            {
                context.Report(at + "/netAmount");
            }

            if (d.TransferredOn is null)
            {
                context.Report(at + "/transferredOn");
            }
        }

        if (d.GrossAmount is not { } gross)
        {
            // Deductions are taken from a gross amount (art. 57(4)); without it they cannot be checked.
            if ((d.Deductions?.Count ?? 0) > 0)
            {
                context.Report(at + "/grossAmount");
            }

            return;
        }

        var total = gross.Amount;
        var deductions = d.Deductions ?? [];
        var currenciesAgree = true;
        for (var k = 0; k < deductions.Count; k++)
        {
            if (!string.Equals(deductions[k].Amount.Currency, gross.Currency, StringComparison.Ordinal))
            {
                context.Report(At(at + "/deductions", k) + "/amount/currency");
                currenciesAgree = false;
            }

            total -= deductions[k].Amount.Amount;
        }

        if (d.NetAmount is not { } net)
        {
            return;
        }

        if (!string.Equals(net.Currency, gross.Currency, StringComparison.Ordinal))
        {
            context.Report(at + "/netAmount/currency");
        }
        else if (currenciesAgree && net.Amount != total)
        {
            // decimal arithmetic: amounts are exact decimal strings on the wire, so no rounding tolerance is needed.
            context.Report(at + "/netAmount/amount");
        }
    }
}
