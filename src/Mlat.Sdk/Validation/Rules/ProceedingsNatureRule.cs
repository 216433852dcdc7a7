using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0011: The request states the subject matter and nature of the proceedings and the authority conducting them.</summary>
internal sealed class ProceedingsNatureRule : BusinessRule
{
    public override string Id => "MLAT-R-0011";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.MlaUntoc, Profile.MlaUncac, Profile.MlaRegional, Profile.MlaReciprocity];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "UNTOC art. 18(15)(b); UNCAC art. 46(15)(b); UN Model Treaty on Mutual Assistance art. 5(1)(a); SADC Protocol art. 5; ASEAN Treaty art. 6 (since 1.2: regional and reciprocity requests)";

    public override string Description => "The request states the subject matter and nature of the proceedings and the authority conducting them.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        if (request.Proceedings is not { } proceedings)
        {
            context.Report("/body/proceedings");
            return;
        }

        if (IsMissing(proceedings.Nature))
        {
            context.Report("/body/proceedings/nature");
        }

        if (proceedings.ConductingAuthority is null)
        {
            context.Report("/body/proceedings/conductingAuthority");
        }
    }
}
