using System.Globalization;
using System.Text.Json;

namespace Mlat.Sdk.CountryProfiles;

/// <summary>
/// Reads the <c>requirements</c> member of a capabilities document with the capabilities reader's leniency
/// (specification §10.2, §10.7): an item that lacks its id, source, effective date or the members its kind needs is
/// skipped and its pointer listed as ignored, as are unknown members. The schema
/// (<c>mlat capabilities validate</c>) is where a writer learns that an item was malformed; a reader never guesses.
/// </summary>
internal static class CountryProfileReader
{
    public static CountryProfile? Read(JsonElement root, string? country, string authorityId, List<string> ignored)
    {
        if (!root.TryGetProperty("requirements"u8, out var requirements))
        {
            return null;
        }

        if (requirements.ValueKind != JsonValueKind.Object || !requirements.TryGetProperty("instruments"u8, out var instruments) || instruments.ValueKind != JsonValueKind.Array)
        {
            ignored.Add("/requirements");
            return null;
        }

        Unknown(requirements, "/requirements", ignored, "instruments");
        var list = Items(instruments, "/requirements/instruments", ignored, ReadInstrument);
        return new CountryProfile { Country = country, AuthorityId = authorityId, Instruments = list };
    }

    private static InstrumentRequirements? ReadInstrument(JsonElement e, string p, List<string> ignored, Common c)
    {
        if (Text(e, "instrument") is not { } instrument)
        {
            return null;
        }

        Unknown(e, p, ignored, "id", "source", "effectiveFrom", "effectiveUntil", "note", "instrument", "languages", "declarations", "dualCriminality",
            "penaltyThresholds", "measures", "channels", "signatures", "encryption", "costs");
        return c.Apply(new InstrumentRequirements
        {
            Id = c.Id, Source = c.Source, EffectiveFrom = c.From, Instrument = instrument,
            Languages = List(e, "languages", p, ignored, (x, xp, ig, xc) => Strings(x, "languages") is { Length: > 0 } langs
                ? xc.Apply(new LanguageRequirement { Id = xc.Id, Source = xc.Source, EffectiveFrom = xc.From, Languages = langs, Urgency = Strings(x, "urgency") ?? [] }, x, xp, ig, "urgency", "languages") : null),
            Declarations = List(e, "declarations", p, ignored, (x, xp, ig, xc) => Text(x, "kind") is { } kind && Text(x, "article") is { } article && Text(x, "summary") is { } summary
                ? xc.Apply(new Declaration { Id = xc.Id, Source = xc.Source, EffectiveFrom = xc.From, Kind = kind, Article = article, Summary = summary, ExcludedOffences = Strings(x, "excludedOffences") ?? [] }, x, xp, ig, "kind", "article", "summary", "excludedOffences") : null),
            DualCriminality = List(e, "dualCriminality", p, ignored, (x, xp, ig, xc) => Strings(x, "measures") is { Length: > 0 } m
                ? xc.Apply(new DualCriminalityRequirement { Id = xc.Id, Source = xc.Source, EffectiveFrom = xc.From, Measures = m, Accepted = Strings(x, "accepted") ?? [] }, x, xp, ig, "measures", "accepted") : null),
            PenaltyThresholds = List(e, "penaltyThresholds", p, ignored, (x, xp, ig, xc) => Strings(x, "measures") is { Length: > 0 } m && Text(x, "minimum") is { } min && Messages.IsoDuration.TryParse(min, out _)
                ? xc.Apply(new PenaltyThreshold { Id = xc.Id, Source = xc.Source, EffectiveFrom = xc.From, Measures = m, Minimum = min }, x, xp, ig, "measures", "minimum") : null),
            Measures = List(e, "measures", p, ignored, (x, xp, ig, xc) => Text(x, "measure") is { } m && Text(x, "execution") is "NOT_EXECUTED" or "CONDITIONAL"
                ? xc.Apply(new MeasureRestriction { Id = xc.Id, Source = xc.Source, EffectiveFrom = xc.From, Measure = m, Execution = Text(x, "execution")!, Conditions = Strings(x, "conditions") ?? [] }, x, xp, ig, "measure", "execution", "conditions") : null),
            Channels = List(e, "channels", p, ignored, (x, xp, ig, xc) => Strings(x, "routes") is { Length: > 0 } routes
                ? xc.Apply(new ChannelRequirement
                {
                    Id = xc.Id, Source = xc.Source, EffectiveFrom = xc.From, Routes = routes, Measures = Strings(x, "measures") ?? [], Urgency = Strings(x, "urgency") ?? [],
                    AuthorityId = x.TryGetProperty("authority"u8, out var a) && a.ValueKind == JsonValueKind.Object ? Text(a, "authorityId") : null,
                    AuthorityName = x.TryGetProperty("authority"u8, out var n) && n.ValueKind == JsonValueKind.Object ? Text(n, "name") : null,
                }, x, xp, ig, "measures", "urgency", "routes", "authority") : null),
            Signatures = One(e, "signatures", p, ignored, (x, xp, ig, xc) => Strings(x, "roles") is { Length: > 0 } roles
                ? xc.Apply(new SignatureRequirement { Id = xc.Id, Source = xc.Source, EffectiveFrom = xc.From, Roles = roles, Algorithms = Strings(x, "algorithms") ?? [] }, x, xp, ig, "roles", "algorithms") : null),
            Encryption = One(e, "encryption", p, ignored, (x, xp, ig, xc) => Der(x) is { } der
                ? xc.Apply(new EncryptionRequirement { Id = xc.Id, Source = xc.Source, EffectiveFrom = xc.From, Certificate = der, Algorithms = Strings(x, "algorithms") ?? [] }, x, xp, ig, "certificate", "algorithms") : null),
            Costs = List(e, "costs", p, ignored, (x, xp, ig, xc) => Text(x, "rule") is { } rule
                ? xc.Apply(new CostsRule { Id = xc.Id, Source = xc.Source, EffectiveFrom = xc.From, Rule = rule }, x, xp, ig, "rule") : null),
        });
    }

    private static byte[]? Der(JsonElement e)
    {
        if (Text(e, "certificate") is not { } text)
        {
            return null;
        }

        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var n) && n > 0 ? buffer[..n] : null;
    }

    /// <summary>The members every item has, read before the kind-specific ones.</summary>
    private sealed record Common(string Id, RequirementSource Source, DateOnly From, DateOnly? Until, string? Note)
    {
        /// <summary>Completes an item with its end date and note, and lists unknown members (the common ones and <paramref name="known"/> are known).</summary>
        public T Apply<T>(T item, JsonElement e, string p, List<string> ignored, params string[] known) where T : RequirementItem
        {
            Unknown(e, p, ignored, [.. known, "id", "source", "effectiveFrom", "effectiveUntil", "note"]);
            return Apply(item);
        }

        public T Apply<T>(T item) where T : RequirementItem => item with { EffectiveUntil = Until, Note = Note };
    }

    private delegate T? ItemReader<T>(JsonElement element, string pointer, List<string> ignored, Common common) where T : RequirementItem;

    private static List<T> List<T>(JsonElement parent, string name, string pointer, List<string> ignored, ItemReader<T> read) where T : RequirementItem
    {
        if (!parent.TryGetProperty(name, out var array))
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            ignored.Add(pointer + "/" + name);
            return [];
        }

        return Items(array, pointer + "/" + name, ignored, read);
    }

    private static List<T> Items<T>(JsonElement array, string pointer, List<string> ignored, ItemReader<T> read) where T : RequirementItem
    {
        var list = new List<T>();
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var p = pointer + "/" + i.ToString(CultureInfo.InvariantCulture);
            i++;
            if (ReadCommon(element) is { } common && read(element, p, ignored, common) is { } item)
            {
                list.Add(item);
            }
            else
            {
                ignored.Add(p);
            }
        }

        return list;
    }

    private static T? One<T>(JsonElement parent, string name, string pointer, List<string> ignored, ItemReader<T> read) where T : RequirementItem
    {
        if (!parent.TryGetProperty(name, out var element))
        {
            return null;
        }

        var p = pointer + "/" + name;
        if (ReadCommon(element) is { } common && read(element, p, ignored, common) is { } item)
        {
            return item;
        }

        ignored.Add(p);
        return null;
    }

    private static Common? ReadCommon(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object || Text(e, "id") is not { Length: > 0 } id || Day(e, "effectiveFrom") is not { } from
            || !e.TryGetProperty("source"u8, out var source) || source.ValueKind != JsonValueKind.Object || Text(source, "citation") is not { Length: > 0 } citation)
        {
            return null;
        }

        RequirementSourceStatus? status = Text(source, "status") switch
        {
            "PUBLISHED" => RequirementSourceStatus.Published,
            "ILLUSTRATIVE" => RequirementSourceStatus.Illustrative,
            _ => null,
        };
        if (status is null)
        {
            return null;
        }

        // An end date that does not read would silently make the item apply for ever: the item is skipped instead.
        DateOnly? until = null;
        if (e.TryGetProperty("effectiveUntil"u8, out _))
        {
            until = Day(e, "effectiveUntil");
            if (until is null)
            {
                return null;
            }
        }

        return new Common(id, new RequirementSource { Status = status.Value, Citation = citation, Url = Text(source, "url") }, from, until, Text(e, "note"));
    }

    private static DateOnly? Day(JsonElement e, string name)
        => Text(e, name) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string? Text(JsonElement e, string name)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string[]? Strings(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static void Unknown(JsonElement e, string pointer, List<string> ignored, params string[] known)
    {
        foreach (var member in e.EnumerateObject())
        {
            if (Array.IndexOf(known, member.Name) < 0)
            {
                ignored.Add(JsonPointer.Member(pointer, member.Name));
            }
        }
    }
}
