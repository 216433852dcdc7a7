using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0111: An offence that may be punished by death is covered by an assurance that the death penalty will not be sought or not carried out.</summary>
internal sealed class DeathPenaltyAssuranceRule : BusinessRule
{
    public override string Id => "MLAT-R-0111";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "ECHR Protocols No. 6 and 13; Charter of Fundamental Rights of the EU art. 19(2); national laws on mutual assistance, for example Australia's Mutual Assistance in Criminal Matters Act 1987 s 8(1A)";

    public override string Description => "An offence that may be punished by death is covered by an assurance that the death penalty will not be sought or not carried out (warning: many requested States refuse assistance without one).";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        var offences = request.Offences ?? [];
        var assurances = (request.Assurances ?? [])
            .Where(a => a.Kind is AssuranceKind.DeathPenaltyNotSought or AssuranceKind.DeathPenaltyNotCarriedOut)
            .ToList();
        for (var i = 0; i < offences.Count; i++)
        {
            if (offences[i].MaximumPenalty is { Type: PenaltyType.DeathPenalty }
                && !assurances.Any(a => a.OffenceRefs is null || a.OffenceRefs.Contains(offences[i].Id)))
            {
                context.Report(At("/body/offences", i) + "/maximumPenalty/type");
            }
        }
    }
}
