using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0014: Every person concerned states a nationality where possible.</summary>
internal sealed class PersonNationalityRule : BusinessRule
{
    public override string Id => "MLAT-R-0014";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.MlaUntoc, Profile.MlaUncac, Profile.MlaEts030, Profile.MlaRegional, Profile.MlaReciprocity];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "UNTOC art. 18(15)(e); UNCAC art. 46(15)(e); ETS 030 art. 14(1)(c); since 1.2 regional and reciprocity requests, whose instruments follow UNTOC art. 18(15)(e) (SADC Protocol art. 5; ASEAN Treaty art. 6)";

    public override string Description => "Every person concerned states a nationality where possible.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        var persons = request.Persons ?? [];
        for (var i = 0; i < persons.Count; i++)
        {
            if ((persons[i].Nationalities?.Count ?? 0) == 0)
            {
                context.Report(At("/body/persons", i) + "/nationalities");
            }
        }
    }
}
