using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0107: An enforcing authority raising grounds lists them; one raising none lists none.</summary>
internal sealed class EnforcingDecisionGroundsRule : BusinessRule
{
    public override string Id => "MLAT-R-0107";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.EnforcingAuthorityDecision];

    public override string LegalSource => "Regulation (EU) 2023/1543 art. 10(2) and art. 12(1) and (3)";

    public override string Description => "An enforcing authority that raises grounds for refusal lists them; one that raises none lists none.";

    public override void Check(RuleContext context)
    {
        var decision = (EnforcingAuthorityDecision)context.Body;
        var listed = decision.Grounds?.Count ?? 0;
        if (decision.Decision == EnforcingDecisionKind.GroundsRaised ? listed == 0 : listed > 0)
        {
            context.Report("/body/grounds");
        }
    }
}
