using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0059: A request under a convention or treaty names its legal basis, and a bilateral request names the treaty by its title, its URI or (since 1.2) its identification (treaty).</summary>
internal sealed class LegalBasisNamedRule : BusinessRule
{
    public override string Id => "MLAT-R-0059";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.MlaUntoc, Profile.MlaUncac, Profile.MlaEts030, Profile.MlaBilateral, Profile.MlaRegional, Profile.MlaCybercrime];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "UNTOC art. 18(7) and 18(15)(a); UNCAC art. 46(7) and 46(15)(a); ETS 030 art. 1 and 14(1); bilateral MLA treaties (content of requests); ETS 185 arts 25 and 27 and the regional instrument relied on (since 1.2)";

    public override string Description => "A request under a convention or treaty names its legal basis, and a bilateral request names the treaty by its title, its URI or (since 1.2) its identification (treaty).";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        if ((request.LegalBasis?.Count ?? 0) == 0)
        {
            context.Report("/body/legalBasis");
            return;
        }

        if (request.Profile != Profile.MlaBilateral)
        {
            return;
        }

        for (var i = 0; i < request.LegalBasis!.Count; i++)
        {
            var basis = request.LegalBasis[i];
            if (basis.Instrument == InstrumentCode.Bilateral && basis.Treaty is null && string.IsNullOrWhiteSpace(basis.Title) && string.IsNullOrWhiteSpace(basis.Uri))
            {
                context.Report(At("/body/legalBasis", i) + "/title");
            }
        }
    }
}
