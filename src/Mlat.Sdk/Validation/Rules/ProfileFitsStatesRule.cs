using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0057: An EIO is issued and executed only by States bound by Directive 2014/41/EU (a Member State other than Denmark and Ireland); an EPOC or EPOC-PR only by and to States bound by Regulation (EU) 2023/1543 (a Member State other than Denmark).</summary>
internal sealed class ProfileFitsStatesRule : BusinessRule
{
    public override string Id => "MLAT-R-0057";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest, MessageType.ProductionOrder, MessageType.PreservationOrder];

    public override string LegalSource => "Directive 2014/41/EU art. 1(1) and 2(a)-(b), not binding Denmark and Ireland; Regulation (EU) 2023/1543 art. 1(1) and 7, not binding Denmark";

    public override string Description => "An EIO is issued and executed only by States bound by Directive 2014/41/EU (a Member State other than Denmark and Ireland); an EPOC or EPOC-PR only by and to States bound by Regulation (EU) 2023/1543 (a Member State other than Denmark).";

    public override void Check(RuleContext context)
    {
        // Checks the profile member itself under every profile, like MLAT-R-0056: a request to the United States labelled
        // EIO is a wrong instrument, not an EIO whose rules may be skipped.
        switch (context.Body)
        {
            case AssistanceRequest { Profile: Profile.Eio } r:
                if (!EioStates.Contains(r.IssuingAuthority.Country))
                {
                    context.Report("/body/issuingAuthority/country");
                }

                if (!EioStates.Contains(r.ExecutingState))
                {
                    context.Report("/body/executingState");
                }

                break;
            case ProductionOrder { Profile: Profile.Epoc } o:
                States(context, o.IssuingAuthority, o.Addressee);
                break;
            case PreservationOrder { Profile: Profile.EpocPr } o:
                States(context, o.IssuingAuthority, o.Addressee);
                break;
        }
    }

    private static void States(RuleContext context, Authority issuing, ServiceProvider? addressee)
    {
        if (!EEvidenceStates.Contains(issuing.Country))
        {
            context.Report("/body/issuingAuthority/country");
        }

        // Art. 7: the order goes to the designated establishment or legal representative in a Member State bound.
        // An EPOC-PR without addressee is reported by MLAT-R-0113 (since 1.2 the schema lets only Budapest art. 29 omit it).
        if (addressee is not null && !EEvidenceStates.Contains(addressee.Country))
        {
            context.Report("/body/addressee/country");
        }
    }
}
