using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0018: Ids of persons, offences, measures and evidence items are unique within the message, so every reference has one target.</summary>
internal sealed class IdsUniqueRule : BusinessRule
{
    public override string Id => "MLAT-R-0018";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest, MessageType.SupplementaryRequest, MessageType.EvidenceTransmission];

    public override string LegalSource => "Mlat 1.0 standard, LocalId (schemas/1.0/common/types.schema.json)";

    public override string Description => "Ids of persons, offences, measures and evidence items are unique within the message, so every reference has one target.";

    public override void Check(RuleContext context)
    {
        switch (context.Body)
        {
            case AssistanceRequest r:
                var people = new HashSet<string>(StringComparer.Ordinal);
                Unique(context, people, r.Persons, p => p.Id, "/body/persons");
                Unique(context, people, r.LegalPersons, p => p.Id, "/body/legalPersons");
                Unique(context, [], r.Offences, o => o.Id, "/body/offences");
                Unique(context, [], r.Measures, m => m.Id, "/body/measures");
                break;
            case SupplementaryRequest s:
                var persons = new HashSet<string>(StringComparer.Ordinal);
                Unique(context, persons, s.NewPersons, p => p.Id, "/body/newPersons");
                Unique(context, persons, s.NewLegalPersons, p => p.Id, "/body/newLegalPersons");
                Unique(context, [], s.NewOffences, o => o.Id, "/body/newOffences");
                Unique(context, [], s.NewMeasures, m => m.Id, "/body/newMeasures");
                break;
            case EvidenceTransmission e:
                Unique(context, [], e.Items, i => i.Id, "/body/items");
                break;
        }
    }

    private static void Unique<T>(RuleContext context, HashSet<string> seen, IReadOnlyList<T>? items, Func<T, string> id, string pointer)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (!seen.Add(id(items![i])))
            {
                context.Report(At(pointer, i) + "/id");
            }
        }
    }
}
