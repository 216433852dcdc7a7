using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0028: The refusal grounds of a refusal, decision, status update or execution report belong to one legal instrument, the one of the request when the profile is known.</summary>
internal sealed class RefusalGroundsInstrumentRule : BusinessRule
{
    public override string Id => "MLAT-R-0028";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.RefusalNotice, MessageType.RecognitionDecision, MessageType.StatusUpdate, MessageType.ExecutionReport];

    public override string LegalSource => "Directive 2014/41/EU art. 11; UNTOC art. 18(21); UNCAC art. 46(21); ETS 030 art. 2; bilateral MLA treaties; Directive 2014/41/EU art. 16(3)(a) (decisions and outcomes)";

    public override string Description => "The refusal grounds of a refusal, decision, status update or execution report belong to one legal instrument, the one of the request when the profile is known.";

    public override void Check(RuleContext context)
    {
        // A reply carries no profile: the request's instrument is the forced profile (or the request's, when validated in
        // its context) if known, otherwise the instrument of the first instrument-specific ground (OTHER belongs to every
        // instrument).
        var instrument = context.Profile;
        foreach (var (ground, pointer, _) in RefusalGrounds(context.Body))
        {
            if (InstrumentOf(ground.Code) is not { } own)
            {
                continue;
            }

            instrument ??= own;
            if (own != instrument)
            {
                context.Report(pointer);
            }
        }
    }

    internal static Profile? InstrumentOf(RefusalGroundCode code) => code switch
    {
        RefusalGroundCode.Other => null,
        RefusalGroundCode.BilateralTreatyGround => Profile.MlaBilateral,
        >= RefusalGroundCode.EioArt11Para1A and <= RefusalGroundCode.EioArt24Para2A => Profile.Eio,
        >= RefusalGroundCode.UntocArt18Para21A and <= RefusalGroundCode.UntocArt18Para9 => Profile.MlaUntoc,
        >= RefusalGroundCode.UncacArt46Para21A and <= RefusalGroundCode.UncacArt46Para9B => Profile.MlaUncac,
        >= RefusalGroundCode.Ets030Art2A and <= RefusalGroundCode.Ets030Art5Para1 => Profile.MlaEts030,
        _ => null,
    };
}
