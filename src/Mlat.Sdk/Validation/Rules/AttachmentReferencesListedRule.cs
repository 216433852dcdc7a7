using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0020: Every attachment a message refers to is listed in its attachment manifest.</summary>
internal sealed class AttachmentReferencesListedRule : BusinessRule
{
    public override string Id => "MLAT-R-0020";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest, MessageType.AdditionalInformationResponse, MessageType.EvidenceTransmission];

    public override string LegalSource => "Directive 2014/41/EU art. 13; ETS 030 art. 3(3) (evidence and documents transmitted with the message)";

    public override string Description => "Every attachment a message refers to is listed in its attachment manifest.";

    public override void Check(RuleContext context)
    {
        switch (context.Body)
        {
            case AssistanceRequest r:
                var listed = Ids(r.Attachments);
                for (var i = 0; i < r.Measures.Count; i++)
                {
                    Listed(context, listed, r.Measures[i].Details?.ServiceOfDocuments?.DocumentRefs, At("/body/measures", i) + "/details/serviceOfDocuments/documentRefs");
                }

                break;
            case AdditionalInformationResponse a:
                var answered = Ids(a.Attachments);
                for (var i = 0; i < a.Answers.Count; i++)
                {
                    Listed(context, answered, a.Answers[i].AttachmentRefs, At("/body/answers", i) + "/attachmentRefs");
                }

                break;
            case EvidenceTransmission e:
                var manifest = Ids(e.Attachments);
                for (var i = 0; i < e.Items.Count; i++)
                {
                    Listed(context, manifest, e.Items[i].AttachmentRefs, At("/body/items", i) + "/attachmentRefs");
                }

                break;
        }
    }

    private static HashSet<string> Ids(IReadOnlyList<AttachmentRef>? attachments)
        => (attachments ?? []).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

    private static void Listed(RuleContext context, HashSet<string> listed, IReadOnlyList<string>? references, string pointer)
    {
        for (var i = 0; i < (references?.Count ?? 0); i++)
        {
            if (!listed.Contains(references![i]))
            {
                context.Report(At(pointer, i));
            }
        }
    }
}
