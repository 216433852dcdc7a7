using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0054: An EIO states the type of proceedings (section F), the summary of facts and the offences (section G), and its date of issue and signatory (section K).</summary>
internal sealed class EioAnnexACompletenessRule : BusinessRule
{
    public override string Id => "MLAT-R-0054";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 5(1); annex A sections F, G and K";

    public override string Description => "An EIO states the type of proceedings (section F), the summary of facts and the offences (section G), and its date of issue and signatory (section K).";

    public override void Check(RuleContext context)
    {
        // Art. 5(1)(b)-(d) and annex A: each missing section is its own finding, at the member that would hold it.
        var request = (AssistanceRequest)context.Body;
        if (request.Proceedings is null)
        {
            context.Report("/body/proceedings");
        }

        if (IsMissing(request.FactsSummary))
        {
            context.Report("/body/factsSummary");
        }

        if ((request.Offences?.Count ?? 0) == 0)
        {
            context.Report("/body/offences");
        }

        if (request.IssuedOn is null)
        {
            context.Report("/body/issuedOn");
        }

        if (request.Certification is null)
        {
            context.Report("/body/certification");
        }
        else if (request.Certification.Signatory is null)
        {
            context.Report("/body/certification/signatory");
        }
    }
}
