using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0015: A letter rogatory (evidence, records or search and seizure) states the offence and a summary of the facts.</summary>
internal sealed class Ets030LetterRogatoryRule : BusinessRule
{
    public override string Id => "MLAT-R-0015";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.MlaEts030];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "ETS 030 art. 14(2), with art. 3 and 5";

    public override string Description => "A letter rogatory (evidence, records or search and seizure) states the offence and a summary of the facts.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        if (!request.Measures.Any(m => IsLetterRogatory(m.Type)))
        {
            return;
        }

        if ((request.Offences?.Count ?? 0) == 0)
        {
            context.Report("/body/offences");
        }

        if (IsMissing(request.FactsSummary))
        {
            context.Report("/body/factsSummary");
        }
    }

    // art. 3: procuring evidence, transmitting articles, records or documents; art. 5: search and seizure.
    private static bool IsLetterRogatory(MeasureType type) => type is MeasureType.SearchAndSeizure or MeasureType.Freezing
        or MeasureType.ExistingInformationOrEvidence or MeasureType.DocumentsAndRecords or MeasureType.ExaminationOfObjectsAndSites
        or MeasureType.ExpertEvaluation or MeasureType.HearingWitness or MeasureType.HearingExpert
        or MeasureType.HearingSuspectOrAccused or MeasureType.HearingVictim or MeasureType.HearingThirdParty;
}
