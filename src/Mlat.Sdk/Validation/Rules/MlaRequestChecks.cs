using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>
/// The checks of the remote-hearing, language and deadline rules: the EIO's (MLAT-R-0005, 0033) and those added in 1.2
/// for the mutual legal assistance profiles (MLAT-R-0120 to MLAT-R-0126). Each check is shared by the EIO rule and by an
/// error rule (where the instrument requires the item) and a warning rule (where it is good practice), so they all
/// report at the same pointers.
/// </summary>
internal static class MlaRequestChecks
{
    /// <summary>Reports a hearing by videoconference or telephone without remote-hearing details or without the conducting authority.</summary>
    public static void RemoteHearingConductingAuthority(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        for (var i = 0; i < request.Measures.Count; i++)
        {
            var measure = request.Measures[i];
            if (measure.Type is not (MeasureType.HearingByVideoconference or MeasureType.HearingByTelephone))
            {
                continue;
            }

            var pointer = At("/body/measures", i) + "/details/remoteHearing";
            if (measure.Details?.RemoteHearing is not { } hearing)
            {
                context.Report(pointer);
            }
            else if (hearing.ConductingAuthority is null)
            {
                context.Report(pointer + "/conductingAuthority");
            }
        }
    }

    /// <summary>Reports every person to be heard (subject of a hearing measure, or its hearing or remote-hearing person) without languagesUnderstood.</summary>
    public static void HeardPersonsLanguages(RuleContext context)
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

    /// <summary>
    /// Reports every deadline the requesting State suggests (execution, recognition, provisional measure or custom, not
    /// statutory and not already agreed) that gives no reason.
    /// </summary>
    public static void SuggestedDeadlineReasons(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        var deadlines = request.Deadlines ?? [];
        for (var i = 0; i < deadlines.Count; i++)
        {
            var deadline = deadlines[i];

            // A statutory time limit is set by law and an agreed one by both authorities: neither is a deadline the
            // requesting State suggests (UNTOC art. 18(24)), so neither has to be explained in the request.
            if (deadline.Kind is DeadlineKind.RecognitionDecision or DeadlineKind.Execution or DeadlineKind.Custom or DeadlineKind.ProvisionalMeasure
                && deadline.Origin is null or DeadlineOrigin.Requested
                && IsMissing(deadline.Reason))
            {
                context.Report(At("/body/deadlines", i) + "/reason");
            }
        }
    }

    /// <summary>The measure types that hear a person (the same list as MLAT-R-0033).</summary>
    public static bool IsHearing(MeasureType type) => type is MeasureType.HearingWitness or MeasureType.HearingExpert
        or MeasureType.HearingSuspectOrAccused or MeasureType.HearingVictim or MeasureType.HearingThirdParty
        or MeasureType.HearingByVideoconference or MeasureType.HearingByTelephone;
}
