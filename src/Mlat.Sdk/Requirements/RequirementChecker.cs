using System.Globalization;
using System.Text.Json;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.CountryProfiles;

/// <summary>
/// Checks a schema-valid request against the recipient's country profile (specification §10.7). Works on the wire form,
/// so every finding points at the member of the draft that fails and the profile's codes compare with the draft's as
/// written. A finding's message names the profile's item ids and their sources — never a value of the draft.
/// Only the items in force on the request's day (<c>header.createdAt</c>, UTC) apply.
/// </summary>
internal static class RequirementChecker
{
    private static readonly string[] Judicial = ["JUDGE", "COURT", "INVESTIGATING_JUDGE"];

    /// <summary>The instrument a request profile is made under (specification §13; InstrumentCode wire names).</summary>
    internal static string? InstrumentOf(string? profile) => profile switch
    {
        "EIO" => "EIO_DIRECTIVE_2014_41",
        "MLA_UNTOC" => "UNTOC",
        "MLA_UNCAC" => "UNCAC",
        "MLA_ETS030" => "ETS_030",
        "MLA_BILATERAL" => "BILATERAL",
        "MLA_EU_2000" => "EU_MLA_CONVENTION_2000",
        "EPOC" or "EPOC_PR" => "REGULATION_2023_1543",
        "BUDAPEST_ART29" => "ETS_185",
        "CETS224_ART7" or "CETS224_ART8" or "CETS224_ART9" => "CETS_224",
        "MLA_CYBERCRIME" => "ETS_185",
        "MLA_RECIPROCITY" => "RECIPROCITY",
        _ => null, // MLA_REGIONAL: the regional instrument its legal basis names (RegionalInstrument)
    };

    // The regional instruments are those MLAT-R-0056 accepts for MLA_REGIONAL: one list, kept in the rule.
    private static readonly HashSet<string> Regional =
        Validation.Rules.ProfileFitsMessageRule.InstrumentsOf(Profile.MlaRegional).Select(i => MlatJson.WireName(i)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The regional instrument an MLA_REGIONAL request names first in its legal basis (rule MLAT-R-0056 makes sure there is one).</summary>
    private static string? RegionalInstrument(JsonElement body)
        => body.TryGetProperty("legalBasis"u8, out var basis) && basis.ValueKind == JsonValueKind.Array
            ? basis.EnumerateArray().Select(b => Text(b, "instrument")).FirstOrDefault(i => i is not null && Regional.Contains(i))
            : null;

    public static void Check(JsonElement root, CountryProfile profile, List<Finding> findings)
    {
        var header = root.GetProperty("header"u8);
        var body = root.GetProperty("body"u8);
        if (Text(header, "messageType") != "AssistanceRequest")
        {
            return; // specification §10.7: a profile states what requests need; replies are not checked against it
        }

        var day = UtcInstantConverter.TryParse(Text(header, "createdAt") ?? string.Empty, out var created) ? DateOnly.FromDateTime(created.UtcDateTime) : DateOnly.MinValue;
        if (profile.Country is { } country && Text(body, "executingState") != country)
        {
            findings.Add(Error(FindingCodes.ReqRecipient, "/body/executingState", "The profile checked against is not the executing State's: the request names another executing State than the profile's party; no requirement was checked."));
            return;
        }

        var requestProfile = Text(body, "profile");
        var instrument = requestProfile == "MLA_REGIONAL" ? RegionalInstrument(body) : InstrumentOf(requestProfile);
        var entry = profile.Instruments.FirstOrDefault(i => i.Instrument == instrument && i.AppliesOn(day));
        if (entry is null)
        {
            var accepted = profile.Instruments.Where(i => i.AppliesOn(day)).ToList();
            findings.Add(Error(FindingCodes.ReqInstrument, "/body/profile",
                $"The recipient executes requests only under the instruments of its profile ({Names(accepted)}); none in force is the instrument of this request's profile."));
            return;
        }

        var urgency = body.TryGetProperty("urgency"u8, out var u) ? Text(u, "level") ?? "NORMAL" : "NORMAL";
        CheckLanguage(header, entry, day, urgency, findings);
        var measures = Array(body, "measures");
        var offences = Array(body, "offences");
        var reported = new HashSet<(string, string)>();
        for (var i = 0; i < measures.Length; i++)
        {
            var type = Text(measures[i], "type");
            var related = Related(measures[i], offences);
            foreach (var r in entry.Measures.Where(r => r.Measure == type && r.AppliesOn(day)))
            {
                CheckRestriction(body, r, i, findings, reported);
            }

            foreach (var d in entry.DualCriminality.Where(d => d.AppliesOn(day) && d.Measures.Contains(type)))
            {
                CheckDualCriminality(d, offences, related, findings, reported);
            }

            foreach (var t in entry.PenaltyThresholds.Where(t => t.AppliesOn(day) && t.Measures.Contains(type)))
            {
                CheckThreshold(t, offences, related, findings, reported);
            }
        }

        foreach (var declaration in entry.Declarations.Where(d => d.AppliesOn(day) && d.ExcludedOffences.Count > 0))
        {
            for (var j = 0; j < offences.Length; j++)
            {
                if (Text(offences[j], "iccs") is { } iccs && declaration.ExcludedOffences.Any(x => iccs.StartsWith(x, StringComparison.Ordinal)))
                {
                    findings.Add(Error(FindingCodes.ReqOffenceExcluded, $"/body/offences/{I(j)}/iccs",
                        $"Requirement {Name(declaration)} is not met: the offence falls in a category for which the recipient gives no assistance under this {(declaration.Kind == "RESERVATION" ? "reservation" : "declaration")} (article {declaration.Article})."));
                }
            }
        }

        CheckChannel(header, entry, day, urgency, measures.Select(m => Text(m, "type")).ToHashSet(StringComparer.Ordinal), findings);
    }

    private static void CheckLanguage(JsonElement header, InstrumentRequirements entry, DateOnly day, string urgency, List<Finding> findings)
    {
        var items = entry.Languages.Where(l => l.AppliesOn(day) && (l.Urgency.Count == 0 || l.Urgency.Contains(urgency))).ToList();
        if (items.Count > 0 && !items.Any(l => l.Languages.Contains(Text(header, "language"))))
        {
            findings.Add(Error(FindingCodes.ReqLanguage, "/header/language",
                $"Requirement {Names(items)} is not met: the request is not in a language the recipient accepts at its urgency level (accepted: {string.Join(", ", items.SelectMany(l => l.Languages).Distinct().Order(StringComparer.Ordinal))})."));
        }
    }

    private static void CheckRestriction(JsonElement body, MeasureRestriction r, int i, List<Finding> findings, HashSet<(string, string)> reported)
    {
        if (r.Execution == "NOT_EXECUTED")
        {
            findings.Add(Error(FindingCodes.ReqMeasureNotExecuted, $"/body/measures/{I(i)}/type", $"Requirement {Name(r)} is not met: the recipient does not execute this measure under the instrument."));
            return;
        }

        if (!r.Conditions.Contains("JUDICIAL_AUTHORISATION")
            || Judicial.Contains(Type(body, "issuingAuthority")) || Judicial.Contains(Type(body, "validatingAuthority")))
        {
            return;
        }

        var pointer = body.TryGetProperty("validatingAuthority"u8, out _) ? "/body/validatingAuthority/type" : "/body/validatingAuthority";
        if (reported.Add((r.Id, pointer)))
        {
            findings.Add(Error(FindingCodes.ReqMeasureCondition, pointer,
                $"Requirement {Name(r)} is not met: the recipient executes this measure only when the request is issued or validated by a judge, court or investigating judge (condition JUDICIAL_AUTHORISATION)."));
        }
    }

    private static void CheckDualCriminality(DualCriminalityRequirement d, JsonElement[] offences, int[] related, List<Finding> findings, HashSet<(string, string)> reported)
    {
        string[] accepted = d.Accepted.Count > 0 ? [.. d.Accepted] : ["PUNISHABLE_IN_BOTH_STATES"];
        if (offences.Length == 0 && reported.Add((d.Id, "/body/offences")))
        {
            findings.Add(Error(FindingCodes.ReqDualCriminality, "/body/offences", $"Requirement {Name(d)} is not met: the measure needs a dual-criminality statement on each offence, and the request states no offence."));
        }

        foreach (var j in related)
        {
            string? pointer = null;
            if (!offences[j].TryGetProperty("dualCriminality"u8, out var statement))
            {
                pointer = $"/body/offences/{I(j)}/dualCriminality";
            }
            else if (!accepted.Contains(Text(statement, "assessment")))
            {
                pointer = $"/body/offences/{I(j)}/dualCriminality/assessment";
            }

            if (pointer is not null && reported.Add((d.Id, pointer)))
            {
                findings.Add(Error(FindingCodes.ReqDualCriminality, pointer,
                    $"Requirement {Name(d)} is not met: the recipient executes the measure only for conduct punishable under its law too, and the offence does not state an accepted assessment ({string.Join(", ", accepted)})."));
            }
        }
    }

    private static void CheckThreshold(PenaltyThreshold t, JsonElement[] offences, int[] related, List<Finding> findings, HashSet<(string, string)> reported)
    {
        if (!IsoDuration.TryParse(t.Minimum, out var minimum))
        {
            return;
        }

        foreach (var j in related)
        {
            var pointer = $"/body/offences/{I(j)}/maximumPenalty";
            var meets = offences[j].TryGetProperty("maximumPenalty"u8, out var penalty)
                && (penalty.TryGetProperty("lifeImprisonment"u8, out var life) && life.ValueKind == JsonValueKind.True
                    || Text(penalty, "type") == "DEATH_PENALTY"
                    || Text(penalty, "maximum") is { } max && IsoDuration.TryParse(max, out var maximum) && Days(maximum) + 1e-6 >= Days(minimum));
            if (!meets && reported.Add((t.Id, pointer)))
            {
                findings.Add(Error(FindingCodes.ReqPenaltyThreshold, pointer,
                    $"Requirement {Name(t)} is not met: the recipient executes the measure only for offences punishable by a maximum of at least {t.Minimum}, and the offence states no such maximum."));
            }
        }
    }

    private static void CheckChannel(JsonElement header, InstrumentRequirements entry, DateOnly day, string urgency, HashSet<string?> types, List<Finding> findings)
    {
        var items = entry.Channels.Where(c => c.AppliesOn(day) && (c.Urgency.Count == 0 || c.Urgency.Contains(urgency)) && (c.Measures.Count == 0 || c.Measures.Any(types.Contains))).ToList();
        if (items.Count == 0)
        {
            return;
        }

        // Applicable items are alternatives (an urgent route besides the ordinary one): the request meets one of them.
        var route = Text(header, "route");
        var byRoute = items.Where(c => route is not null && c.Routes.Contains(route)).ToList();
        if (byRoute.Count == 0)
        {
            findings.Add(Error(FindingCodes.ReqChannel, "/header/route",
                $"Requirement {Names(items)} is not met: the request does not state a route the recipient accepts for its measures and urgency (accepted: {string.Join(", ", items.SelectMany(c => c.Routes).Distinct().Order(StringComparer.Ordinal))})."));
            return;
        }

        var recipient = header.TryGetProperty("recipient"u8, out var r) ? Text(r, "authorityId") : null;
        if (!byRoute.Any(c => c.AuthorityId is null || c.AuthorityId == recipient))
        {
            findings.Add(Error(FindingCodes.ReqAuthority, "/header/recipient/authorityId",
                $"Requirement {Names(byRoute)} is not met: by this route such requests go to {string.Join(" or ", byRoute.Select(c => c.AuthorityId).Distinct().Order(StringComparer.Ordinal))}, and the request is addressed to another authority."));
        }
    }

    /// <summary>The offences a measure relates to: those its offenceRefs name, or all when it names none.</summary>
    private static int[] Related(JsonElement measure, JsonElement[] offences)
    {
        var refs = Array(measure, "offenceRefs").Select(e => e.GetString()).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, offences.Length).Where(j => refs.Count == 0 || refs.Contains(Text(offences[j], "id"))).ToArray();
    }

    // Average month and year lengths make P12M equal P1Y; only a threshold comparison, never a date computation.
    private static double Days(IsoDuration d) => (d.Years * 365.2425) + (d.Months * 30.436875) + (d.Weeks * 7) + d.Days + (d.Hours / 24.0) + (d.Minutes / 1440.0) + (d.Seconds / 86400.0);

    private static string Name(RequirementItem item) => $"'{item.Id}' ({item.Source.Citation}{(item.Source.Status == RequirementSourceStatus.Illustrative ? ", illustrative" : string.Empty)})";

    private static string Names(IEnumerable<RequirementItem> items) => string.Join("; ", items.Select(Name));

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string? Type(JsonElement body, string authority)
        => body.TryGetProperty(authority, out var a) ? Text(a, "type") : null;

    private static string? Text(JsonElement e, string name)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static JsonElement[] Array(JsonElement e, string name)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray()] : [];

    private static Finding Error(string code, string pointer, string message) => Finding.Error(code, pointer, message);
}
