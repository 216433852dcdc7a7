using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0013: The request states the purpose (object and reason) of the assistance, for the whole request or for every measure.</summary>
internal sealed class PurposeRule : BusinessRule
{
    public override string Id => "MLAT-R-0013";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.MlaUntoc, Profile.MlaUncac, Profile.MlaEts030, Profile.MlaBilateral, Profile.MlaEu2000, Profile.MlaRegional, Profile.MlaReciprocity];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "UNTOC art. 18(15)(f); UNCAC art. 46(15)(f); ETS 030 art. 14(1)(b); bilateral MLA treaties (content of requests); UN Model Treaty on Mutual Assistance art. 5(1)(b); SADC Protocol art. 5; ASEAN Treaty art. 6 (since 1.2: regional and reciprocity requests)";

    public override string Description => "The request states the purpose (object and reason) of the assistance, for the whole request or for every measure.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        if (IsMissing(request.Purpose) && request.Measures.Any(m => IsMissing(m.Purpose)))
        {
            context.Report("/body/purpose");
        }
    }
}
