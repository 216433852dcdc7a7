using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0026: A period does not end before it starts.</summary>
internal sealed class PeriodOrderRule : BusinessRule
{
    public override string Id => "MLAT-R-0026";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = Enum.GetValues<MessageType>();

    public override string LegalSource => "Directive 2014/41/EU annex A sections G and H5 (period of the offence and of the operations)";

    public override string Description => "A period does not end before it starts.";

    public override void Check(RuleContext context)
    {
        foreach (var (path, period) in context.Model.Periods)
        {
            if (period.To is { } to && to < period.From)
            {
                context.Report(path + "/to");
            }
        }
    }
}
