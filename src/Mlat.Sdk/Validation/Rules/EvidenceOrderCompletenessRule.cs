using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0063: An EPOC states the type of proceedings, the offences and a summary of the facts (annex I section G); an EPOC-PR states the offences (annex II).</summary>
internal sealed class EvidenceOrderCompletenessRule : BusinessRule
{
    public override string Id => "MLAT-R-0063";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Epoc, Profile.EpocPr];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder, MessageType.PreservationOrder];

    public override string LegalSource => "Regulation (EU) 2023/1543 art. 5(1)-(4) and 6; annex I section G; annex II sections D and E";

    public override string Description => "An EPOC states the type of proceedings, the offences and a summary of the facts (annex I section G); an EPOC-PR states the offences (annex II).";

    public override void Check(RuleContext context)
    {
        // Each missing item is its own finding at the member that would hold it.
        switch (context.Body)
        {
            case ProductionOrder o:
                if (o.Proceedings is null)
                {
                    context.Report("/body/proceedings");
                }

                if ((o.Offences?.Count ?? 0) == 0)
                {
                    context.Report("/body/offences");
                }

                if (IsMissing(o.FactsSummary))
                {
                    context.Report("/body/factsSummary");
                }

                break;
            case PreservationOrder o when (o.Offences?.Count ?? 0) == 0:
                context.Report("/body/offences");
                break;
        }
    }
}
