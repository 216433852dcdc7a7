using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0114: A confiscation measure carries what UNCAC art. 55(3) and 57(3) ask of the request.</summary>
internal sealed class ConfiscationDetailsRule : BusinessRule
{
    public override string Id => "MLAT-R-0114";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest, MessageType.SupplementaryRequest];

    public override string LegalSource => "UNCAC art. 54(1)(c), 55(3)(a)-(b) and 57(3)(a); UNTOC art. 13(3); Directive 2014/41/EU art. 1(1) and 3 with Regulation (EU) 2018/1805 (no confiscation by EIO)";

    public override string Description => "A confiscation is not asked for by EIO; it lists the property or amount, the order (final after a conviction, with notice to third parties), why there is no conviction, and no order given as not final behind a return of embezzled funds.";

    public override void Check(RuleContext context)
    {
        var (measures, path) = MeasuresOf(context.Body);
        for (var i = 0; i < measures.Count; i++)
        {
            if (measures[i].Type != MeasureType.Confiscation)
            {
                continue;
            }

            // Confiscation between Member States goes by Regulation (EU) 2018/1805, not by an EIO (Directive 2014/41/EU
            // art. 1(1), 3: investigative measures to obtain evidence).
            if (context.Profile == Profile.Eio)
            {
                context.Report(At(path, i) + "/type");
                continue;
            }

            var at = At(path, i) + "/details/confiscation";
            if (measures[i].Details?.Confiscation is not { } details)
            {
                context.Report(at);
                continue;
            }

            Check(context, details, at);
        }
    }

    private static void Check(RuleContext context, ConfiscationDetails details, string at)
    {
        // Art. 55(3)(a): a description of the property to be confiscated; a value-based confiscation names the amount.
        if ((details.Assets?.Count ?? 0) == 0 && details.Amount is null)
        {
            context.Report(at + "/assets");
        }

        if (details.ValueBased == true && details.Amount is null)
        {
            context.Report(at + "/amount");
        }

        if (details.Basis is ConfiscationBasis.ConvictionBased or ConfiscationBasis.NonConvictionBased)
        {
            // Art. 55(1)(b), 55(3)(b): the order the requested State is to give effect to, with the statements about it.
            if (details.Order is not { } order)
            {
                context.Report(at + "/order");
            }
            else
            {
                if (details.Basis == ConfiscationBasis.ConvictionBased && !order.Final)
                {
                    context.Report(at + "/order/final");
                }

                if (IsMissing(order.ThirdPartyNotice))
                {
                    context.Report(at + "/order/thirdPartyNotice");
                }
            }
        }

        // Art. 54(1)(c): death, flight, absence or another appropriate case.
        if (details.Basis == ConfiscationBasis.NonConvictionBased && details.NonConvictionReason is null)
        {
            context.Report(at + "/nonConvictionReason");
        }

        // Art. 57(3)(a): embezzled public funds are returned on a final judgement in the requesting State (which the
        // requested State may waive). Only an order given as not final contradicts the basis; without an order the
        // judgement may be a conviction the request describes elsewhere.
        if (details.ReturnRequested?.Basis == ReturnBasis.EmbezzledPublicFunds && details.Order is { Final: false })
        {
            context.Report(at + "/returnRequested/basis");
        }
    }
}
