using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0056: The profile fits the message type (a request: EIO or MLA_*; a production order: EPOC or CETS224_ART7, and from 1.2 CETS224_ART8 or CETS224_ART9; a preservation order: EPOC_PR or BUDAPEST_ART29) and the legal basis the request names.</summary>
internal sealed class ProfileFitsMessageRule : BusinessRule
{
    public override string Id => "MLAT-R-0056";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest, MessageType.ProductionOrder, MessageType.PreservationOrder];

    public override string LegalSource => "Directive 2014/41/EU art. 1(1); Regulation (EU) 2023/1543 art. 1(1), 5 and 6; ETS 185 art. 29; CETS 224 art. 7, 8 and 9; EU MLA Convention 2000 art. 1; UNTOC art. 18; UNCAC art. 46; ETS 030 art. 1; since 1.2 the regional instruments, ETS 185 arts 25-27 and 31, and reciprocity under national law";

    public override string Description => "The profile fits the message type (a request: EIO or MLA_*; a production order: EPOC or CETS224_ART7, and from 1.2 CETS224_ART8 or CETS224_ART9; a preservation order: EPOC_PR or BUDAPEST_ART29) and the legal basis the request names.";

    public override void Check(RuleContext context)
    {
        // Runs under every profile on purpose: it checks the profile member itself, so a wrong profile is a finding
        // instead of silently switching the instrument's own rules off.
        var (profile, allowed) = context.Body switch
        {
            AssistanceRequest r => (r.Profile, (Profile[])[Profile.Eio, Profile.MlaUntoc, Profile.MlaUncac, Profile.MlaEts030, Profile.MlaBilateral, Profile.MlaEu2000, Profile.MlaRegional, Profile.MlaCybercrime, Profile.MlaReciprocity]),
            ProductionOrder o => (o.Profile, [Profile.Epoc, Profile.Cets224Art7, Profile.Cets224Art8, Profile.Cets224Art9]),
            PreservationOrder o => (o.Profile, [Profile.EpocPr, Profile.BudapestArt29]),
            _ => (default(Profile), []),
        };
        if (allowed.Length > 0 && !allowed.Contains(profile))
        {
            context.Report("/body/profile");
            return;
        }

        if (context.Body is AssistanceRequest { LegalBasis: { Count: > 0 } basis } && InstrumentsOf(profile) is { Length: > 0 } instruments
            && !basis.Any(b => instruments.Contains(b.Instrument)))
        {
            context.Report("/body/legalBasis");
        }
    }

    /// <summary>
    /// The instruments a request profile rests on (ETS 030 as amended by its protocols, ETS 182 among them). MLA_EU_2000
    /// has none here: MLAT-R-0106 checks its legal basis (since 1.2), so one defect gives one finding.
    /// </summary>
    internal static InstrumentCode[] InstrumentsOf(Profile profile) => profile switch
    {
        Profile.Eio => [InstrumentCode.EioDirective],
        Profile.MlaUntoc => [InstrumentCode.Untoc],
        Profile.MlaUncac => [InstrumentCode.Uncac],
        Profile.MlaEts030 => [InstrumentCode.Ets030, InstrumentCode.Ets182],
        Profile.MlaBilateral => [InstrumentCode.Bilateral],
        Profile.MlaRegional => [InstrumentCode.InterAmericanMla1992, InstrumentCode.InterAmericanMlaProtocol1993, InstrumentCode.HarareScheme,
            InstrumentCode.EcowasMla1992, InstrumentCode.SadcMla2002, InstrumentCode.AseanMlat2004],
        Profile.MlaCybercrime => [InstrumentCode.Ets185],
        Profile.MlaReciprocity => [InstrumentCode.Reciprocity],
        _ => [],
    };
}
