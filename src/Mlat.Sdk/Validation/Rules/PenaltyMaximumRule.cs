using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0112: A penalty states its maximum unless it is life imprisonment or the death penalty.</summary>
internal sealed class PenaltyMaximumRule : BusinessRule
{
    public override string Id => "MLAT-R-0112";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = Enum.GetValues<MessageType>();

    public override string LegalSource => "Directive 2014/41/EU annex A section G(3); Regulation (EU) 2023/1543 art. 5(4); UNTOC art. 2(b) (serious crime: at least four years)";

    public override string Description => "A penalty states its maximum unless it is life imprisonment or the death penalty, for which 1.2 asks no invented maximum.";

    public override void Check(RuleContext context)
    {
        // Thresholds (EIO art. 11(1)(g), Regulation 2023/1543 art. 5(4), UNTOC art. 2(b)) are read from the maximum; only a
        // penalty without a fixed maximum may leave it out.
        foreach (var (path, penalty) in context.Model.Penalties)
        {
            if (penalty.Maximum is null && penalty.LifeImprisonment != true && penalty.Type != PenaltyType.DeathPenalty)
            {
                context.Report(path + "/maximum");
            }
        }
    }
}
