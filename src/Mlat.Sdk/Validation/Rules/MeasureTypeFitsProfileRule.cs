using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0058: The measures fit the profile: ASSET_RECOVERY only under UNCAC (chapter V), and an EIO asks for investigative measures, not for service of documents.</summary>
internal sealed class MeasureTypeFitsProfileRule : BusinessRule
{
    public override string Id => "MLAT-R-0058";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio, Profile.MlaUntoc, Profile.MlaEts030, Profile.MlaBilateral];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest, MessageType.SupplementaryRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 1(1) and 3 (investigative measures to obtain evidence); UNCAC chapter V, art. 51-57 (asset recovery)";

    public override string Description => "The measures fit the profile: ASSET_RECOVERY only under UNCAC (chapter V), and an EIO asks for investigative measures, not for service of documents.";

    public override void Check(RuleContext context)
    {
        var measures = MeasuresOf(context.Body);
        for (var i = 0; i < measures.Measures.Count; i++)
        {
            var type = measures.Measures[i].Type;
            if (type == MeasureType.AssetRecovery || (context.Profile == Profile.Eio && type == MeasureType.ServiceOfDocuments))
            {
                context.Report(At(measures.Pointer, i) + "/type");
            }
        }
    }
}
