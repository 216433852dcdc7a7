using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0061: An EIO ground is admissible against the measure and the request: not 11(1)(g) or (h) against an art. 10(2) measure, not 11(1)(g) when every offence is an annex D category punishable by at least three years, not 11(1)(c) in criminal proceedings (checked in the request's context).</summary>
internal sealed class EioRefusalGroundAdmissibleRule : BusinessRule
{
    public override string Id => "MLAT-R-0061";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.RefusalNotice, MessageType.RecognitionDecision, MessageType.StatusUpdate, MessageType.ExecutionReport];

    public override string LegalSource => "Directive 2014/41/EU art. 11(1)(c), 11(1)(g) with annex D, 11(2) and 10(2)";

    public override string Description => "An EIO ground is admissible against the measure and the request: not 11(1)(g) or (h) against an art. 10(2) measure, not 11(1)(g) when every offence is an annex D category punishable by at least three years, not 11(1)(c) in criminal proceedings (checked in the request's context).";

    public override void Check(RuleContext context)
    {
        if (context.Request is not { } request)
        {
            return; // the measures, offences and proceedings are those of the request
        }

        var measures = request.Measures.GroupBy(m => m.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);

        // Art. 11(1)(g): no double-criminality check for an annex D category punishable by a maximum of at least 3 years.
        var allAnnexD = request.Offences is { Count: > 0 } offences && offences.All(o =>
            o.EioAnnexD is not null && o.MaximumPenalty is { Type: PenaltyType.Custodial } p && (p.LifeImprisonment == true || p.Maximum?.TotalMonths >= 36));
        foreach (var (ground, pointer, refs) in RefusalGrounds(context.Body))
        {
            var concerned = refs is null ? measures.Values : refs.Where(measures.ContainsKey).Select(r => measures[r]);
            var inadmissible = ground.Code switch
            {
                // Art. 11(2): (g) and (h) cannot be invoked against the measures of art. 10(2), which are always available.
                RefusalGroundCode.EioArt11Para1G or RefusalGroundCode.EioArt11Para1H or RefusalGroundCode.EioArt11Para2
                    => concerned.Any(IsArticle10Para2) || (ground.Code == RefusalGroundCode.EioArt11Para1G && allAnnexD),

                // Art. 11(1)(c) concerns EIOs issued in proceedings under art. 4(b) and (c) (administrative proceedings).
                RefusalGroundCode.EioArt11Para1C => request.Proceedings?.Type == ProceedingsType.Criminal,
                _ => false,
            };
            if (inadmissible)
            {
                context.Report(pointer);
            }
        }
    }

    /// <summary>The measures art. 10(2) says are always available: existing information (a), databases (b), hearings (c),
    /// identification of a subscriber (e).</summary>
    internal static bool IsArticle10Para2(MeasureType type) => type is MeasureType.ExistingInformationOrEvidence
        or MeasureType.DatabaseInformation or MeasureType.HearingWitness or MeasureType.HearingExpert
        or MeasureType.HearingSuspectOrAccused or MeasureType.HearingVictim or MeasureType.HearingThirdParty
        or MeasureType.SubscriberIdentification;
}
