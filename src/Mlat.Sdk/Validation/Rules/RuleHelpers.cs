using System.Globalization;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>Small checks shared by the rules. Pointers are built from the model's JSON member names (camelCase).</summary>
internal static class RuleHelpers
{
    /// <summary>Absent, or present with no entry that has non-blank text: the member says nothing.</summary>
    public static bool IsMissing(MultilingualText? text)
        => text is null || !text.Entries.Any(e => !string.IsNullOrWhiteSpace(e.Text));

    /// <summary>Appends an array index to a pointer.</summary>
    public static string At(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The data requests of an order (<c>/body/dataRequests</c>); none for any other body.</summary>
    public static IReadOnlyList<DataRequest> DataRequestsOf(MessageBody body) => body switch
    {
        ProductionOrder o => o.DataRequests,
        PreservationOrder o => o.DataRequests,
        _ => [],
    };

    /// <summary>The measures a request asks for (<c>/body/measures</c>) or a supplementary request adds (<c>/body/newMeasures</c>), with that pointer; none for any other body.</summary>
    public static (IReadOnlyList<Measure> Measures, string Pointer) MeasuresOf(MessageBody body) => body switch
    {
        AssistanceRequest r => (r.Measures, "/body/measures"),
        SupplementaryRequest s => (s.NewMeasures ?? [], "/body/newMeasures"),
        _ => ([], string.Empty),
    };

    /// <summary>The measure outcomes of an execution report or a status update (<c>/body/outcomes</c>); none for any other body.</summary>
    public static IReadOnlyList<MeasureOutcome> OutcomesOf(MessageBody body) => body switch
    {
        ExecutionReport r => r.Outcomes,
        StatusUpdate u => u.Outcomes,
        _ => [],
    };

    /// <summary>The ids of the persons a request names as suspected or accused (<c>parties[].role</c>).</summary>
    public static HashSet<string> Defendants(AssistanceRequest request)
        => (request.Parties ?? [])
            .Where(p => p.Role is ProceduralRole.Suspect or ProceduralRole.Accused)
            .Select(p => p.PersonRef)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The UTC calendar day of an instant.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);

    /// <summary>
    /// States bound by Directive 2014/41/EU: the Member States of the Union except Denmark (Protocol No 22) and Ireland
    /// (Protocol No 21, no opt-in), as the Directive's recitals on their position say.
    /// </summary>
    public static readonly IReadOnlySet<CountryCode> EioStates = new HashSet<CountryCode>
    {
        CountryCode.AT, CountryCode.BE, CountryCode.BG, CountryCode.HR, CountryCode.CY, CountryCode.CZ, CountryCode.EE,
        CountryCode.FI, CountryCode.FR, CountryCode.DE, CountryCode.GR, CountryCode.HU, CountryCode.IT, CountryCode.LV,
        CountryCode.LT, CountryCode.LU, CountryCode.MT, CountryCode.NL, CountryCode.PL, CountryCode.PT, CountryCode.RO,
        CountryCode.SK, CountryCode.SI, CountryCode.ES, CountryCode.SE,
    };

    /// <summary>
    /// States bound by Regulation (EU) 2023/1543: the Member States except Denmark (Protocol No 22); Ireland opted in
    /// (Protocol No 21), as the Regulation's recitals on their position say.
    /// </summary>
    public static readonly IReadOnlySet<CountryCode> EEvidenceStates = new HashSet<CountryCode>(EioStates) { CountryCode.IE };

    /// <summary>True for the authority types that may issue or validate alone under EIO art. 2(c)(i) and Reg. 2023/1543 art. 4(1)(a).</summary>
    public static bool IsJudicial(AuthorityType type)
        => type is AuthorityType.Judge or AuthorityType.Court or AuthorityType.InvestigatingJudge or AuthorityType.PublicProsecutor;

    /// <summary>
    /// Every coded refusal ground of a reply with the pointer of its <c>code</c> and the measures it concerns (null: the
    /// whole request).
    /// </summary>
    public static IEnumerable<(RefusalGround Ground, string Pointer, IReadOnlyList<string>? Measures)> RefusalGrounds(MessageBody body)
    {
        switch (body)
        {
            case RefusalNotice n:
                for (var i = 0; i < n.Grounds.Count; i++)
                {
                    yield return (n.Grounds[i], At("/body/grounds", i) + "/code", n.Scope == RefusalScope.Whole ? null : n.Grounds[i].AppliesTo);
                }

                break;
            case RecognitionDecision d:
                for (var i = 0; i < d.Decisions.Count; i++)
                {
                    foreach (var g in Grounds(d.Decisions[i].RefusalGrounds, At("/body/decisions", i), d.Decisions[i].MeasureRef))
                    {
                        yield return g;
                    }
                }

                break;
            case StatusUpdate u:
                foreach (var g in OutcomeGrounds(u.Outcomes))
                {
                    yield return g;
                }

                break;
            case ExecutionReport r:
                foreach (var g in OutcomeGrounds(r.Outcomes))
                {
                    yield return g;
                }

                break;
            case PreservationResponse p:
                for (var i = 0; i < (p.RefusalGrounds?.Count ?? 0); i++)
                {
                    yield return (p.RefusalGrounds![i], At("/body/refusalGrounds", i) + "/code", p.DataRequestRefs);
                }

                break;
        }
    }

    private static IEnumerable<(RefusalGround, string, IReadOnlyList<string>?)> OutcomeGrounds(IReadOnlyList<MeasureOutcome> outcomes)
        => outcomes.SelectMany((o, i) => Grounds(o.RefusalGrounds, At("/body/outcomes", i), o.MeasureRef));

    private static IEnumerable<(RefusalGround, string, IReadOnlyList<string>?)> Grounds(IReadOnlyList<RefusalGround>? grounds, string owner, string measure)
        => (grounds ?? []).Select((g, j) => (g, At(owner + "/refusalGrounds", j) + "/code", (IReadOnlyList<string>?)[measure]));
}
