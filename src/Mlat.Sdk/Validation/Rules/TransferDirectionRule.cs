using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0071: The direction of a temporary transfer of a detained person is the one its measure type names.</summary>
internal sealed class TransferDirectionRule : BusinessRule
{
    public override string Id => "MLAT-R-0071";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest, MessageType.SupplementaryRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 22 (transfer to the issuing State) and art. 23 (transfer to the executing State); annex A section H1; UNTOC art. 18(10); ETS 030 art. 11";

    public override string Description => "The direction of a temporary transfer of a detained person is the one its measure type names: TO_ISSUING_STATE for TEMPORARY_TRANSFER_TO_ISSUING_STATE, TO_EXECUTING_STATE for TEMPORARY_TRANSFER_TO_EXECUTING_STATE.";

    public override void Check(RuleContext context)
    {
        var (measures, pointer) = context.Body switch
        {
            AssistanceRequest r => (r.Measures, "/body/measures"),
            SupplementaryRequest s => (s.NewMeasures, "/body/newMeasures"),
            _ => (null, string.Empty),
        };
        for (var i = 0; i < (measures?.Count ?? 0); i++)
        {
            var measure = measures![i];
            TransferDirection? expected = measure.Type switch
            {
                MeasureType.TemporaryTransferToIssuingState => TransferDirection.ToIssuingState, // art. 22
                MeasureType.TemporaryTransferToExecutingState => TransferDirection.ToExecutingState, // art. 23
                _ => null,
            };
            if (expected is { } direction && measure.Details?.DetainedPersonTransfer is { } transfer && transfer.Direction != direction)
            {
                context.Report(At(pointer, i) + "/details/detainedPersonTransfer/direction");
            }
        }
    }
}
