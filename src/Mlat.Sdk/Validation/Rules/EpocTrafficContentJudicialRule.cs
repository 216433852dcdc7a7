using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0039: An EPOC for traffic or content data is issued or validated by a judge, court or investigating judge.</summary>
internal sealed class EpocTrafficContentJudicialRule : BusinessRule
{
    public override string Id => "MLAT-R-0039";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Epoc];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder];

    public override string LegalSource => "Regulation (EU) 2023/1543 art. 4(2); annex I sections I and J";

    public override string Description => "An EPOC for traffic or content data is issued or validated by a judge, court or investigating judge.";

    public override void Check(RuleContext context)
    {
        var order = (ProductionOrder)context.Body;
        var sensitive = order.DataRequests.Any(d => d.Categories.Contains(DataCategory.Traffic) || d.Categories.Contains(DataCategory.Content));
        if (sensitive && !IsJudge(order.IssuingAuthority) && !(order.ValidatingAuthority is { } v && IsJudge(v)))
        {
            context.Report(order.ValidatingAuthority is null ? "/body/validatingAuthority" : "/body/validatingAuthority/type");
        }
    }

    private static bool IsJudge(Authority authority)
        => authority.Type is AuthorityType.Judge or AuthorityType.Court or AuthorityType.InvestigatingJudge;
}
