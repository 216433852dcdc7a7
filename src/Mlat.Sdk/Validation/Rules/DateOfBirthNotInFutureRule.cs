using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0027: A date of birth does not lie after the message was created.</summary>
internal sealed class DateOfBirthNotInFutureRule : BusinessRule
{
    public override string Id => "MLAT-R-0027";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = Enum.GetValues<MessageType>();

    public override string LegalSource => "Directive 2014/41/EU annex A section E(i); ETS 030 art. 14(1)(c)";

    public override string Description => "A date of birth does not lie after the message was created.";

    public override void Check(RuleContext context)
    {
        var created = Day(context.Message.Header.CreatedAt);
        foreach (var (path, person) in context.Model.Persons)
        {
            // A partial date (year or month only) is in the future only if its first possible day is.
            if (person.DateOfBirth is { } birth && birth.EarliestDay > created)
            {
                context.Report(path + "/dateOfBirth");
            }
        }
    }
}
