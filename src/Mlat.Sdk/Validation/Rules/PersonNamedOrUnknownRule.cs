using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0102: A person without a family name is marked identityUnknown or has a given name.</summary>
internal sealed class PersonNamedOrUnknownRule : BusinessRule
{
    public override string Id => "MLAT-R-0102";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = Enum.GetValues<MessageType>();

    public override string LegalSource => "Directive 2014/41/EU annex A section E(i); UNTOC art. 18(15)(e); ETS 030 art. 14(1)(c)";

    public override string Description => "A person without a family name is marked identityUnknown (an unknown suspect) or has a given name (a single-name person).";

    public override void Check(RuleContext context)
    {
        foreach (var (path, person) in context.Model.Persons)
        {
            if (person.FamilyNames.Count == 0 && person.IdentityUnknown != true && (person.GivenNames?.Count ?? 0) == 0)
            {
                context.Report(path + "/familyNames");
            }
        }
    }
}
