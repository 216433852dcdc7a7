using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0108: An answer that counters a proposal says what it proposes instead.</summary>
internal sealed class CounterProposalTextRule : BusinessRule
{
    public override string Id => "MLAT-R-0108";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.Consultation];

    public override string LegalSource => "Directive 2014/41/EU art. 21(2); UNTOC art. 18(26)";

    public override string Description => "An answer that counters a proposal of a consultation says what it proposes instead.";

    public override void Check(RuleContext context)
    {
        var answers = ((Consultation)context.Body).Answers ?? [];
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i].Answer == ProposalAnswerKind.CounterProposal && answers[i].CounterProposal is null)
            {
                context.Report(At("/body/answers", i) + "/counterProposal");
            }
        }
    }
}
