using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0012: The request summarises the relevant facts, unless it only asks for service of documents.</summary>
internal sealed class FactsSummaryRule : BusinessRule
{
    public override string Id => "MLAT-R-0012";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.MlaUntoc, Profile.MlaUncac, Profile.MlaBilateral, Profile.MlaRegional, Profile.MlaReciprocity];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "UNTOC art. 18(15)(c); UNCAC art. 46(15)(c); bilateral MLA treaties (content of requests); UN Model Treaty on Mutual Assistance art. 5(1)(c); SADC Protocol art. 5; ASEAN Treaty art. 6 (since 1.2: regional and reciprocity requests)";

    public override string Description => "The request summarises the relevant facts, unless it only asks for service of documents.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        if (request.Measures.All(m => m.Type == MeasureType.ServiceOfDocuments))
        {
            return; // art. 18(15)(c): "except in relation to requests for the purpose of service of judicial documents"
        }

        if (IsMissing(request.FactsSummary))
        {
            context.Report("/body/factsSummary");
        }
    }
}
