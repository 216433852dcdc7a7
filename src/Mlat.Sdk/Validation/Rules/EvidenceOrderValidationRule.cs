using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0042: An EPOC or EPOC-PR issued by an authority that is not a judge, court, investigating judge or prosecutor names its validating authority, unless issued in an emergency without prior validation.</summary>
internal sealed class EvidenceOrderValidationRule : BusinessRule
{
    public override string Id => "MLAT-R-0042";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Epoc, Profile.EpocPr];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder, MessageType.PreservationOrder];

    public override string LegalSource => "Regulation (EU) 2023/1543 art. 4(1)(b), 4(2)(b), 4(3)(b) and 4(5)";

    public override string Description => "An EPOC or EPOC-PR issued by an authority that is not a judge, court, investigating judge or prosecutor names its validating authority, unless issued in an emergency without prior validation.";

    public override void Check(RuleContext context)
    {
        var (issuing, validating, waived) = context.Body switch
        {
            ProductionOrder p => (p.IssuingAuthority, p.ValidatingAuthority, p.ValidationWaived == true && p.Emergency),
            PreservationOrder p => (p.IssuingAuthority, p.ValidatingAuthority, p.ValidationWaived == true && p.Emergency == true),
            _ => (null!, null, true),
        };
        if (waived || issuing.Type is AuthorityType.Judge or AuthorityType.Court or AuthorityType.InvestigatingJudge or AuthorityType.PublicProsecutor)
        {
            return;
        }

        if (validating is null)
        {
            context.Report("/body/validatingAuthority");
        }
    }
}
