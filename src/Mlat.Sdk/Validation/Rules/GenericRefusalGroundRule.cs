using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0110: A generic refusal ground names the provision it is taken from, and is not used against an EIO, whose grounds are those of the Directive.</summary>
internal sealed class GenericRefusalGroundRule : BusinessRule
{
    public override string Id => "MLAT-R-0110";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.RefusalNotice, MessageType.RecognitionDecision, MessageType.StatusUpdate, MessageType.ExecutionReport, MessageType.PreservationResponse];

    public override string LegalSource => "UN Model Treaty on Mutual Assistance in Criminal Matters (GA res. 45/117) art. 4(1) and (5); UNTOC art. 18(23); Directive 2014/41/EU art. 11(1) (the EIO's grounds are exhaustive)";

    public override string Description => "A generic refusal ground (political, military or fiscal offence, death penalty, essential interests, discriminatory purpose, ne bis in idem, no dual criminality, de minimis) names the provision it is taken from, and is not used against an EIO, whose grounds are those of the Directive.";

    public override void Check(RuleContext context)
    {
        foreach (var (ground, pointer, _) in RefusalGrounds(context.Body))
        {
            if (!IsGeneric(ground.Code))
            {
                continue;
            }

            if (context.Profile == Profile.Eio)
            {
                // EIO art. 11(1): recognition or execution may be refused only on the Directive's grounds.
                context.Report(pointer);
            }
            else if (ground.LegalReference is null)
            {
                // A generic code says what kind of ground it is; the refusal must still say which treaty or law allows it
                // (Model Treaty art. 4(5): reasons for any refusal).
                context.Report(pointer[..^"/code".Length] + "/legalReference");
            }
        }
    }

    /// <summary>The instrument-neutral grounds added in 1.2; their legal source is the refusal's legalReference.</summary>
    internal static bool IsGeneric(RefusalGroundCode code) => code >= RefusalGroundCode.PoliticalOffence;
}
