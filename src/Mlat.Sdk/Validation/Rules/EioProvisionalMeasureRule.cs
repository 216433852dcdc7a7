using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0034: An EIO provisional measure says whether the item is to be transferred to the issuing State or remain in the executing State (section H3).</summary>
internal sealed class EioProvisionalMeasureRule : BusinessRule
{
    public override string Id => "MLAT-R-0034";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 32(2)-(4); annex A section H3";

    public override string Description => "An EIO provisional measure says whether the item is to be transferred to the issuing State or remain in the executing State (section H3).";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        for (var i = 0; i < request.Measures.Count; i++)
        {
            // The block's disposition is schema-required; what the schema cannot say is that the block must be there.
            if (request.Measures[i].Type == MeasureType.ProvisionalMeasure && request.Measures[i].Details?.ProvisionalMeasure is null)
            {
                context.Report(At("/body/measures", i) + "/details/provisionalMeasure");
            }
        }
    }
}
