using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0016: Service of documents names the person to be served, with an address.</summary>
internal sealed class ServiceAddresseeRule : BusinessRule
{
    public override string Id => "MLAT-R-0016";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.MlaEts030, Profile.MlaUntoc, Profile.MlaUncac, Profile.MlaBilateral, Profile.MlaRegional, Profile.MlaReciprocity];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "ETS 030 art. 7 and 14(1)(d); UNTOC art. 18(3)(b); UNCAC art. 46(3)(b); UN Model Treaty on Mutual Assistance art. 5(1)(d) (since 1.2: regional and reciprocity requests)";

    public override string Description => "Service of documents names the person to be served, with an address.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        for (var i = 0; i < request.Measures.Count; i++)
        {
            var measure = request.Measures[i];
            if (measure.Type != MeasureType.ServiceOfDocuments)
            {
                continue;
            }

            var pointer = At("/body/measures", i) + "/details/serviceOfDocuments";
            if (measure.Details?.ServiceOfDocuments is not { } service)
            {
                context.Report(pointer);
                continue;
            }

            var person = request.Persons?.FirstOrDefault(p => p.Id == service.AddresseeRef);
            var legal = request.LegalPersons?.FirstOrDefault(p => p.Id == service.AddresseeRef);
            if (person is null && legal is null)
            {
                continue; // an unresolved reference is MLAT-R-0017's finding
            }

            var hasAddress = (person?.Addresses?.Count ?? 0) > 0 || legal?.RegisteredSeat is not null || (legal?.Addresses?.Count ?? 0) > 0;
            if (!hasAddress && measure.Location is null)
            {
                context.Report(pointer + "/addresseeRef");
            }
        }
    }
}
