using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0017: Every person and offence reference inside a request points to a person or offence of the same request.</summary>
internal sealed class ReferencesResolveRule : BusinessRule
{
    public override string Id => "MLAT-R-0017";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU annex A sections C and E; UNTOC art. 18(15)(e); ETS 030 art. 14(1)(c)";

    public override string Description => "Every person and offence reference inside a request points to a person or offence of the same request.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        var natural = (request.Persons ?? []).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var anyPerson = natural.Concat((request.LegalPersons ?? []).Select(p => p.Id)).ToHashSet(StringComparer.Ordinal);
        var offences = (request.Offences ?? []).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);

        void Check(HashSet<string> known, string? reference, string pointer)
        {
            if (reference is not null && !known.Contains(reference))
            {
                context.Report(pointer);
            }
        }

        void CheckAll(HashSet<string> known, IReadOnlyList<string>? references, string pointer)
        {
            for (var i = 0; i < (references?.Count ?? 0); i++)
            {
                Check(known, references![i], At(pointer, i));
            }
        }

        var parties = request.Parties ?? [];
        for (var i = 0; i < parties.Count; i++)
        {
            Check(anyPerson, parties[i].PersonRef, At("/body/parties", i) + "/personRef");
        }

        for (var i = 0; i < request.Measures.Count; i++)
        {
            var measure = request.Measures[i];
            var pointer = At("/body/measures", i);
            CheckAll(anyPerson, measure.SubjectRefs, pointer + "/subjectRefs");
            CheckAll(offences, measure.OffenceRefs, pointer + "/offenceRefs");
            if (measure.Details is not { } details)
            {
                continue;
            }

            pointer += "/details";
            Check(natural, details.DetainedPersonTransfer?.PersonRef, pointer + "/detainedPersonTransfer/personRef");
            Check(natural, details.RemoteHearing?.PersonRef, pointer + "/remoteHearing/personRef");
            Check(natural, details.Hearing?.PersonRef, pointer + "/hearing/personRef");
            Check(anyPerson, details.ServiceOfDocuments?.AddresseeRef, pointer + "/serviceOfDocuments/addresseeRef");
            CheckAll(anyPerson, details.BankAccounts?.AccountHolderRefs, pointer + "/bankAccounts/accountHolderRefs");
            CheckAll(anyPerson, details.Interception?.TargetRefs, pointer + "/interception/targetRefs");
            var accounts = details.BankOperations?.Accounts ?? [];
            for (var a = 0; a < accounts.Count; a++)
            {
                Check(anyPerson, accounts[a].HolderRef, At(pointer + "/bankOperations/accounts", a) + "/holderRef");
            }
        }
    }
}
