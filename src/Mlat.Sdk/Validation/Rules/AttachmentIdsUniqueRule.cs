using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0019: Attachment ids are unique within the attachment manifest of a message.</summary>
internal sealed class AttachmentIdsUniqueRule : BusinessRule
{
    public override string Id => "MLAT-R-0019";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest, MessageType.SupplementaryRequest, MessageType.AdditionalInformationResponse, MessageType.EvidenceTransmission];

    public override string LegalSource => "Mlat 1.0 standard, AttachmentRef (schemas/1.0/common/types.schema.json); Directive 2014/41/EU art. 7(1) (authenticity of what is transmitted)";

    public override string Description => "Attachment ids are unique within the attachment manifest of a message.";

    public override void Check(RuleContext context)
    {
        var attachments = context.Body switch
        {
            AssistanceRequest r => r.Attachments,
            SupplementaryRequest s => s.Attachments,
            AdditionalInformationResponse a => a.Attachments,
            EvidenceTransmission e => e.Attachments,
            _ => null,
        };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (attachments?.Count ?? 0); i++)
        {
            if (!seen.Add(attachments![i].Id))
            {
                context.Report(At("/body/attachments", i) + "/id");
            }
        }
    }
}
