using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0073: A temporary transfer concerns a person held in custody; the person it names is not one marked as not in custody.</summary>
internal sealed class TransferCustodyRule : BusinessRule
{
    public override string Id => "MLAT-R-0073";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 22(1) and 23(1) (a person held in custody); annex A sections B and H1; UNTOC art. 18(10) and UNCAC art. 46(10) (a person being detained or serving a sentence); ETS 030 art. 11(1) (a person in custody)";

    public override string Description => "The person a temporary transfer names is held in custody: a request that marks that person as not in custody contradicts the measure.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        var free = request.Persons?.Where(p => p.InCustody == false).Select(p => p.Id).ToHashSet(StringComparer.Ordinal) ?? [];
        for (var i = 0; i < request.Measures.Count; i++)
        {
            if (request.Measures[i].Details?.DetainedPersonTransfer is { PersonRef: { } person } && free.Contains(person))
            {
                context.Report(At("/body/measures", i) + "/details/detainedPersonTransfer/personRef");
            }
        }
    }
}
