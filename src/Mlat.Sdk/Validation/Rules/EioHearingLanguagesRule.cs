using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0033: A person to be heard states the languages the person understands.</summary>
internal sealed class EioHearingLanguagesRule : BusinessRule
{
    public override string Id => "MLAT-R-0033";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU annex A section E(i) (languages the person understands); art. 24(5)(e) and Directive 2010/64/EU (interpretation)";

    public override string Description => "A person to be heard states the languages the person understands.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        var heard = new HashSet<string>(StringComparer.Ordinal);
        foreach (var measure in request.Measures)
        {
            if (!IsHearing(measure.Type))
            {
                continue;
            }

            heard.UnionWith(measure.SubjectRefs ?? []);
            if (measure.Details?.Hearing?.PersonRef is { } hearing)
            {
                heard.Add(hearing);
            }

            if (measure.Details?.RemoteHearing?.PersonRef is { } remote)
            {
                heard.Add(remote);
            }
        }

        var persons = request.Persons ?? [];
        for (var i = 0; i < persons.Count; i++)
        {
            if (heard.Contains(persons[i].Id) && (persons[i].LanguagesUnderstood?.Count ?? 0) == 0)
            {
                context.Report(At("/body/persons", i) + "/languagesUnderstood");
            }
        }
    }

    private static bool IsHearing(MeasureType type) => type is MeasureType.HearingWitness or MeasureType.HearingExpert
        or MeasureType.HearingSuspectOrAccused or MeasureType.HearingVictim or MeasureType.HearingThirdParty
        or MeasureType.HearingByVideoconference or MeasureType.HearingByTelephone;
}
