using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Tests.Versioning;

// A tool for the standard's maintainers, not for integrators: it proves a new release only adds (a MINOR step) and
// runs in the tests; it does not ship in the library.

/// <summary>Whether a change between two releases is allowed in a MINOR step (specification §3.3).</summary>
internal enum Compatibility
{
    /// <summary>Allowed in a MINOR release: an addition readers of the older release can be converted around.</summary>
    Compatible,

    /// <summary>Needs a new MAJOR release: something removed, renamed, retyped or tightened.</summary>
    Breaking,
}

/// <summary>Kinds of schema change the checker recognises.</summary>
internal enum SchemaChangeKind
{
    MessageTypeAdded,
    MessageTypeRemoved,
    FileRemoved,
    DefinitionAdded,
    DefinitionRemoved,
    PropertyAdded,
    RequiredPropertyAdded,
    PropertyRemoved,
    PropertyMadeRequired,
    PropertyMadeOptional,
    TypeChanged,
    ReferenceChanged,
    EnumValueAdded,
    EnumValueAddedWithoutFallback,
    EnumValueRemoved,
    EnumAdded,
    EnumRemoved,
    PatternChanged,
    FormatChanged,
    LimitTightened,
    LimitRelaxed,
    ClosedObject,
    OpenedObject,
    UniqueItemsAdded,
    UniqueItemsRemoved,
    ItemsChanged,
    ChoiceChanged,
    ReleaseVersionChanged,
}

/// <summary>One difference between two releases: where, what, and whether a MINOR step may make it.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Compatibility">Compatible or breaking for a MINOR step.</param>
/// <param name="Location">Schema location in the newer release's terms: <c>file#/json-pointer</c>, or the message type name.</param>
/// <param name="Detail">The values involved (member names, enum values, limits), for the report.</param>
internal sealed record SchemaChange(SchemaChangeKind Kind, Compatibility Compatibility, string Location, string Detail);

/// <summary>
/// Compares two schema releases and lists every change as compatible or breaking for a MINOR step (specification §3.3, §11):
/// a MINOR may only add optional members, message types and enum values with a declared fallback. Removed or renamed
/// members, type changes, new required members, tightened patterns, formats, enums or limits, closed objects and removed
/// message types are breaking. Definitions are compared file by file and name by name (a renamed definition is a removal
/// plus an addition); a <c>$ref</c> that points elsewhere is breaking. Annotations (<c>title</c>, <c>description</c>,
/// <c>examples</c>, <c>$comment</c>, <c>$id</c>) are ignored; the envelope's <c>header.version</c> enum is the release
/// label and its change is expected.
/// </summary>
internal static class CompatibilityChecker
{
    private const string HeaderVersion = "envelope.schema.json#/definitions/Header/properties/version";
    private const string HeaderMessageType = "envelope.schema.json#/definitions/Header/properties/messageType";

    /// <summary>Compares <paramref name="older"/> with <paramref name="newer"/>.</summary>
    /// <param name="older">The earlier release.</param>
    /// <param name="newer">The later release.</param>
    /// <param name="declaration">The newer release's down-conversion declaration (enum fallbacks, added message types); null = none declared.</param>
    public static IReadOnlyList<SchemaChange> Compare(SchemaSet older, SchemaSet newer, ConversionDeclaration? declaration)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var changes = new List<SchemaChange>();
        foreach (var type in older.MessageTypes.Keys.Order(StringComparer.Ordinal))
        {
            if (!newer.MessageTypes.ContainsKey(type))
            {
                changes.Add(new SchemaChange(SchemaChangeKind.MessageTypeRemoved, Compatibility.Breaking, type, "message type removed"));
            }
        }

        foreach (var type in newer.MessageTypes.Keys.Order(StringComparer.Ordinal).Where(t => !older.MessageTypes.ContainsKey(t)))
        {
            changes.Add(new SchemaChange(SchemaChangeKind.MessageTypeAdded, Compatibility.Compatible, type, "message type added"));
        }

        var context = new Context(older, newer, declaration, changes);
        foreach (var file in older.Files.Order(StringComparer.Ordinal))
        {
            if (!newer.TryGetFile(file, out var newRoot))
            {
                changes.Add(new SchemaChange(SchemaChangeKind.FileRemoved, Compatibility.Breaking, file, "schema file removed"));
                continue;
            }

            var oldRoot = older.File(file);
            context.CompareSchema(file, string.Empty, oldRoot, newRoot, skipDefinitions: true);
            var oldDefinitions = oldRoot["definitions"] as JsonObject ?? [];
            var newDefinitions = newRoot["definitions"] as JsonObject ?? [];
            foreach (var (name, oldDefinition) in oldDefinitions)
            {
                var location = "/definitions/" + Escape(name);
                if (newDefinitions[name] is JsonObject newDefinition)
                {
                    context.CompareSchema(file, location, oldDefinition!.AsObject(), newDefinition);
                }
                else
                {
                    changes.Add(new SchemaChange(SchemaChangeKind.DefinitionRemoved, Compatibility.Breaking, file + "#" + location, name));
                }
            }

            foreach (var (name, _) in newDefinitions.Where(d => !oldDefinitions.ContainsKey(d.Key)))
            {
                changes.Add(new SchemaChange(SchemaChangeKind.DefinitionAdded, Compatibility.Compatible, file + "#/definitions/" + Escape(name), name));
            }
        }

        return changes;
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private sealed class Context(SchemaSet older, SchemaSet newer, ConversionDeclaration? declaration, List<SchemaChange> changes)
    {
        public void CompareSchema(string file, string pointer, JsonObject a, JsonObject b, bool skipDefinitions = false)
        {
            var location = file + "#" + pointer;
            if (a["$ref"] is JsonValue refA || b["$ref"] is JsonValue)
            {
                var textA = a["$ref"]?.GetValue<string>();
                var textB = b["$ref"]?.GetValue<string>();
                if (textA is null || textB is null || Target(older, file, textA) != Target(newer, file, textB))
                {
                    Add(SchemaChangeKind.ReferenceChanged, Compatibility.Breaking, location, $"{textA ?? "(inline)"} -> {textB ?? "(inline)"}");
                }

                return;
            }

            var typeA = Text(a, "type");
            var typeB = Text(b, "type");
            if (typeA != typeB)
            {
                Add(SchemaChangeKind.TypeChanged, Compatibility.Breaking, location, $"{typeA} -> {typeB}");
                return;
            }

            CompareObject(file, pointer, a, b);
            CompareEnum(file, pointer, a, b);
            CompareString(location, a, b, "pattern", SchemaChangeKind.PatternChanged);
            CompareString(location, a, b, "format", SchemaChangeKind.FormatChanged);
            CompareLimit(location, a, b, "minLength", lower: true);
            CompareLimit(location, a, b, "minItems", lower: true);
            CompareLimit(location, a, b, "minimum", lower: true);
            CompareLimit(location, a, b, "maxLength", lower: false);
            CompareLimit(location, a, b, "maxItems", lower: false);
            CompareLimit(location, a, b, "maximum", lower: false);
            var uniqueA = a["uniqueItems"]?.GetValue<bool>() == true;
            var uniqueB = b["uniqueItems"]?.GetValue<bool>() == true;
            if (uniqueA != uniqueB)
            {
                Add(uniqueB ? SchemaChangeKind.UniqueItemsAdded : SchemaChangeKind.UniqueItemsRemoved, uniqueB ? Compatibility.Breaking : Compatibility.Compatible, location, "uniqueItems");
            }

            if (a["items"] is JsonObject itemsA && b["items"] is JsonObject itemsB)
            {
                CompareSchema(file, pointer + "/items", itemsA, itemsB);
            }
            else if ((a["items"] is null) != (b["items"] is null))
            {
                Add(SchemaChangeKind.ItemsChanged, Compatibility.Breaking, location + "/items", "items added or removed");
            }

            foreach (var keyword in new[] { "oneOf", "anyOf" })
            {
                if (a[keyword] is not null || b[keyword] is not null)
                {
                    var same = a[keyword] is JsonArray x && b[keyword] is JsonArray y && x.Count == y.Count;
                    if (!same)
                    {
                        Add(SchemaChangeKind.ChoiceChanged, Compatibility.Breaking, location + "/" + keyword, "alternatives added or removed");
                    }
                    else
                    {
                        var x2 = (JsonArray)a[keyword]!;
                        var y2 = (JsonArray)b[keyword]!;
                        for (var i = 0; i < x2.Count; i++)
                        {
                            CompareSchema(file, pointer + "/" + keyword + "/" + i.ToString(CultureInfo.InvariantCulture), x2[i]!.AsObject(), y2[i]!.AsObject());
                        }
                    }
                }
            }

            _ = skipDefinitions; // definitions are compared by name at file level
        }

        private void CompareObject(string file, string pointer, JsonObject a, JsonObject b)
        {
            var location = file + "#" + pointer;
            var closedA = a["additionalProperties"] is JsonValue va && va.GetValueKind() == JsonValueKind.False;
            var closedB = b["additionalProperties"] is JsonValue vb && vb.GetValueKind() == JsonValueKind.False;
            if (closedA != closedB)
            {
                Add(closedB ? SchemaChangeKind.ClosedObject : SchemaChangeKind.OpenedObject, closedB ? Compatibility.Breaking : Compatibility.Compatible, location, "additionalProperties");
            }

            var requiredA = Strings(a, "required");
            var requiredB = Strings(b, "required");
            var propsA = a["properties"] as JsonObject;
            var propsB = b["properties"] as JsonObject;
            if (propsA is null && propsB is null)
            {
                return;
            }

            propsA ??= [];
            propsB ??= [];
            foreach (var (name, schemaA) in propsA)
            {
                var at = pointer + "/properties/" + Escape(name);
                if (propsB[name] is not JsonObject schemaB)
                {
                    Add(SchemaChangeKind.PropertyRemoved, Compatibility.Breaking, file + "#" + at, name);
                    continue;
                }

                if (!requiredA.Contains(name) && requiredB.Contains(name))
                {
                    Add(SchemaChangeKind.PropertyMadeRequired, Compatibility.Breaking, file + "#" + at, name);
                }
                else if (requiredA.Contains(name) && !requiredB.Contains(name))
                {
                    // Readers of the older release would reject a message without it: a MINOR relaxes this only when its
                    // declaration says so, and then a message that omits the member fails down-conversion (like an added type).
                    var declared = declaration is not null && declaration.MembersMadeOptional.TryGetValue(file + "#" + pointer, out var members) && members.Contains(name);
                    Add(SchemaChangeKind.PropertyMadeOptional, declared ? Compatibility.Compatible : Compatibility.Breaking, file + "#" + at, name);
                }

                CompareSchema(file, at, schemaA!.AsObject(), schemaB);
            }

            foreach (var (name, _) in propsB.Where(p => !propsA.ContainsKey(p.Key)))
            {
                var at = file + "#" + pointer + "/properties/" + Escape(name);
                Add(requiredB.Contains(name) ? SchemaChangeKind.RequiredPropertyAdded : SchemaChangeKind.PropertyAdded, requiredB.Contains(name) ? Compatibility.Breaking : Compatibility.Compatible, at, name);
            }
        }

        private void CompareEnum(string file, string pointer, JsonObject a, JsonObject b)
        {
            var location = file + "#" + pointer;
            var enumA = a["enum"] is JsonArray x ? x.Select(v => v!.ToJsonString()).ToList() : null;
            var enumB = b["enum"] is JsonArray y ? y.Select(v => v!.ToJsonString()).ToList() : null;
            if (enumA is null && enumB is null)
            {
                return;
            }

            if (location == HeaderVersion)
            {
                Add(SchemaChangeKind.ReleaseVersionChanged, Compatibility.Compatible, location, $"{string.Join(",", enumA ?? [])} -> {string.Join(",", enumB ?? [])}");
                return;
            }

            if (enumA is null || enumB is null)
            {
                Add(enumB is null ? SchemaChangeKind.EnumRemoved : SchemaChangeKind.EnumAdded, enumB is null ? Compatibility.Compatible : Compatibility.Breaking, location, "enum");
                return;
            }

            foreach (var removed in enumA.Except(enumB))
            {
                Add(SchemaChangeKind.EnumValueRemoved, Compatibility.Breaking, location, removed);
            }

            foreach (var added in enumB.Except(enumA))
            {
                var value = JsonNode.Parse(added)!.GetValue<string>();
                var declared = location == HeaderMessageType
                    ? declaration?.MessageTypesAdded.Contains(value) == true
                    : declaration is not null && declaration.EnumFallbacks.TryGetValue(location, out var map) && map.TryGetValue(value, out var fallback)
                      && enumA.Contains(JsonValue.Create(fallback).ToJsonString())
                      // declared as having no equivalent: down-conversion fails with MLAT-CONV-LOSSY, as for an added type
                      || declaration is not null && declaration.EnumRejectOnDowngrade.TryGetValue(location, out var rejected) && rejected.Contains(value);
                Add(declared ? SchemaChangeKind.EnumValueAdded : SchemaChangeKind.EnumValueAddedWithoutFallback, declared ? Compatibility.Compatible : Compatibility.Breaking, location, value);
            }
        }

        private void CompareString(string location, JsonObject a, JsonObject b, string keyword, SchemaChangeKind kind)
        {
            var x = Text(a, keyword);
            var y = Text(b, keyword);
            if (x == y)
            {
                return;
            }

            // Removing a pattern or format only widens; adding or changing one may reject what was valid.
            Add(kind, y is null ? Compatibility.Compatible : Compatibility.Breaking, location + "/" + keyword, $"{x ?? "(none)"} -> {y ?? "(none)"}");
        }

        private void CompareLimit(string location, JsonObject a, JsonObject b, string keyword, bool lower)
        {
            var x = a[keyword]?.GetValue<double>();
            var y = b[keyword]?.GetValue<double>();
            if (x == y)
            {
                return;
            }

            var tightened = y is not null && (x is null || (lower ? y > x : y < x));
            Add(tightened ? SchemaChangeKind.LimitTightened : SchemaChangeKind.LimitRelaxed, tightened ? Compatibility.Breaking : Compatibility.Compatible, location + "/" + keyword, $"{x?.ToString(CultureInfo.InvariantCulture) ?? "(none)"} -> {y?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}");
        }

        private void Add(SchemaChangeKind kind, Compatibility compatibility, string location, string detail)
            => changes.Add(new SchemaChange(kind, compatibility, location, detail));

        private static string? Target(SchemaSet set, string file, string reference) => set.Target(file, reference)?.Definition;

        private static string? Text(JsonObject node, string name) => node[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

        private static HashSet<string> Strings(JsonObject node, string name)
            => node[name] is JsonArray array ? array.Select(v => v!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) : [];
    }
}
