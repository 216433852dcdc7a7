using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0028: The refusal grounds of a notice belong to one legal instrument, the one of the request when the profile is known.</summary>
internal sealed class RefusalGroundsInstrumentRule : BusinessRule
{
    public override string Id => "MLAT-R-0028";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.RefusalNotice];

    public override string LegalSource => "Directive 2014/41/EU art. 11; UNTOC art. 18(21); UNCAC art. 46(21); ETS 030 art. 2; bilateral MLA treaties";

    public override string Description => "The refusal grounds of a notice belong to one legal instrument, the one of the request when the profile is known.";

    public override void Check(RuleContext context)
    {
        var notice = (RefusalNotice)context.Body;

        // A reply carries no profile: the request's instrument is the forced profile if the caller gave one, otherwise the
        // instrument of the first instrument-specific ground (OTHER belongs to every instrument).
        var instrument = context.Profile;
        for (var i = 0; i < notice.Grounds.Count; i++)
        {
            if (InstrumentOf(notice.Grounds[i].Code) is not { } ground)
            {
                continue;
            }

            instrument ??= ground;
            if (ground != instrument)
            {
                context.Report(At("/body/grounds", i) + "/code");
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
