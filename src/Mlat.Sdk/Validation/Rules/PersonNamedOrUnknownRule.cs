using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0102: A person without a family name is marked identityUnknown, has a given name, or is a protected person designated by a pseudonym.</summary>
internal sealed class PersonNamedOrUnknownRule : BusinessRule
{
    public override string Id => "MLAT-R-0102";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = Enum.GetValues<MessageType>();

    public override string LegalSource => "Directive 2014/41/EU annex A section E(i); UNTOC art. 18(15)(e); ETS 030 art. 14(1)(c); Directive 2012/29/EU art. 21 and UNTOC art. 24(2)(a) (protected persons)";

    public override string Description => "A person without a family name is marked identityUnknown (an unknown suspect), has a given name (a single-name person), or is a protected person (protection) designated by a pseudonym whose name is withheld.";

    public override void Check(RuleContext context)
    {
        foreach (var (path, person) in context.Model.Persons)
        {
            if (person.FamilyNames.Count == 0 && person.IdentityUnknown != true && (person.GivenNames?.Count ?? 0) == 0
                && !(person.Pseudonym is not null && (person.Protection?.Count ?? 0) > 0))
            {
                context.Report(path + "/familyNames");
            }
        }
    }
}
