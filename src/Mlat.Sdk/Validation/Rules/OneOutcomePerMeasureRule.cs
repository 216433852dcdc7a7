using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0021: A reply gives at most one decision or outcome per measure of the request.</summary>
internal sealed class OneOutcomePerMeasureRule : BusinessRule
{
    public override string Id => "MLAT-R-0021";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.RecognitionDecision, MessageType.StatusUpdate, MessageType.ExecutionReport];

    public override string LegalSource => "Directive 2014/41/EU art. 12(3), 16(3); UNTOC art. 18(24)";

    public override string Description => "A reply gives at most one decision or outcome per measure of the request.";

    public override void Check(RuleContext context)
    {
        var (refs, pointer) = context.Body switch
        {
            RecognitionDecision d => (d.Decisions.Select(x => x.MeasureRef).ToList(), "/body/decisions"),
            StatusUpdate u => (u.Outcomes.Select(x => x.MeasureRef).ToList(), "/body/outcomes"),
            ExecutionReport e => (e.Outcomes.Select(x => x.MeasureRef).ToList(), "/body/outcomes"),
            _ => ([], string.Empty),
        };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < refs.Count; i++)
        {
            if (!seen.Add(refs[i]))
            {
                context.Report(At(pointer, i) + "/measureRef");
            }
        }
    }
}
