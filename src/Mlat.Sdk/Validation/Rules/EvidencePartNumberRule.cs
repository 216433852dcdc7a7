using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0050: The part number of a transmission in parts is at most the total number of parts.</summary>
internal sealed class EvidencePartNumberRule : BusinessRule
{
    public override string Id => "MLAT-R-0050";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.EvidenceTransmission];

    public override string LegalSource => "Directive 2014/41/EU art. 13(1) (transfer of the evidence, possibly in parts); ETS 030 art. 3(3)";

    public override string Description => "The part number of a transmission in parts is at most the total number of parts.";

    public override void Check(RuleContext context)
    {
        var transmission = (EvidenceTransmission)context.Body;
        if (transmission.Part is { } part && part.Number > part.Of)
        {
            context.Report("/body/part/number");
        }
    }
}
