using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Versioning;

/// <summary>
/// Converts a message between versions of one major by composing adjacent steps (specification §11). Up a step, the message
/// is unchanged except <c>header.version</c>, and values an earlier down-conversion parked under
/// <c>extensions["mlat.v&lt;target&gt;:&lt;pointer&gt;"]</c> are put back, so up(down(x)) = x. Down a step, members the
/// target does not define are parked under <c>extensions["mlat.v&lt;source&gt;:&lt;pointer&gt;"]</c>, enum values it
/// lacks take their declared fallback (the original parked the same way), and a message type the target lacks fails
/// with <c>MLAT-CONV-LOSSY</c>. The input is validated first and the output against the target version, its business rules
/// included: a rule error the conversion causes fails it with that rule's finding; signatures are
/// removed because they cover the old form (conversion never pretends to keep one). Immutable and thread-safe.
/// </summary>
public sealed class MlatConverter
{
    private const string ParkPrefix = "mlat.v";

    private static readonly JsonWriterOptions OutputOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly MlatValidator validator;

    /// <summary>
    /// Creates a converter that validates input and output with <paramref name="validator"/>, so the limits and
    /// profile configured for it (for example through <c>AddMlatSdk</c>) apply to conversion too.
    /// </summary>
    /// <param name="validator">The validator.</param>
    public MlatConverter(MlatValidator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        this.validator = validator;
    }

    /// <summary>
    /// A converter validating with <see cref="MlatValidator.Default"/> (default limits), for callers without a
    /// container; with <c>AddMlatSdk</c>, resolve <see cref="MlatConverter"/> so the configured limits apply.
    /// </summary>
    public static MlatConverter Default { get; } = new(MlatValidator.Default);

    /// <summary>Converts a message to <paramref name="target"/>.</summary>
    /// <param name="utf8Json">The message's UTF-8 bytes.</param>
    /// <param name="target">A supported version of the message's major.</param>
    /// <returns>The converted message and the report of every change, or the findings that stopped it.</returns>
    /// <exception cref="ArgumentException"><paramref name="target"/> is not supported by this SDK.</exception>
    public ConversionResult Convert(ReadOnlyMemory<byte> utf8Json, MlatVersion target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.IsSupported)
        {
            throw new ArgumentException("The target version is not supported by this SDK.", nameof(target));
        }

        var input = validator.Validate(utf8Json);
        var from = input.Version;
        var structural = input.Findings.Where(IsStructuralError).ToArray();
        if (structural.Length > 0 || from is null)
        {
            return new ConversionResult { From = from, To = target, Findings = structural.Length > 0 ? structural : input.Findings };
        }

        if (from.Major != target.Major)
        {
            return new ConversionResult
            {
                From = from,
                To = target,
                Findings = [Finding.Error(FindingCodes.ConversionLossy, "/header/version", $"No conversion between major versions {from.Major} and {target.Major}: a new major may change anything.")],
            };
        }

        // The tree wraps the parsed document lazily (issue 17 point 5): a down step reads the document, not the tree, and
        // edits only the nodes on the paths it parks or maps, so the rest of the message is never materialised as nodes
        // and is written straight from the document.
        var parsed = JsonDocument.Parse(utf8Json);
        var document = JsonObject.Create(parsed.RootElement)!;
        try
        {
            return ConvertParsed(utf8Json, input, from, target, ref parsed, ref document);
        }
        finally
        {
            parsed.Dispose();
        }
    }

    private ConversionResult ConvertParsed(ReadOnlyMemory<byte> utf8Json, ValidationReport input, MlatVersion from, MlatVersion target, ref JsonDocument parsed, ref JsonObject document)
    {
        var path = MlatVersion.Supported.Where(v => v.Major == from.Major && v >= Min(from, target) && v <= Max(from, target)).ToList();
        if (target < from)
        {
            path.Reverse();
        }

        var changes = new List<ConversionChange>();
        var findings = new List<Finding>();
        if (path.Count > 1 && document["signatures"] is not null)
        {
            document.Remove("signatures");
            changes.Add(new ConversionChange(ConversionChangeKind.SignaturesRemoved, Step(from, target), "/signatures"));
        }

        var edited = false;
        for (var i = 1; i < path.Count && findings.Count == 0; i++)
        {
            if (path[i] > path[i - 1])
            {
                Up(document, path[i - 1], path[i], changes);
            }
            else
            {
                if (edited)
                {
                    // A second down step (1.2 -> 1.0) reads what the first one parked or mapped: the tree is written and
                    // read again once, between the steps; a single step (adjacent releases) never does this.
                    var next = JsonDocument.Parse(Write(document));
                    parsed.Dispose();
                    parsed = next;
                    document = JsonObject.Create(parsed.RootElement)!;
                }

                edited = Down(document, parsed.RootElement, path[i - 1], path[i], changes, findings);
            }
        }

        if (findings.Count > 0)
        {
            return new ConversionResult { From = from, To = target, Path = path, Changes = changes, Findings = findings };
        }

        var output = path.Count > 1 ? Write(document) : utf8Json.ToArray();
        var check = validator.Validate(output);
        if (check.Findings.Any(IsStructuralError))
        {
            return new ConversionResult
            {
                From = from,
                To = target,
                Path = path,
                Changes = changes,
                Findings = check.Findings.Where(IsStructuralError)
                    .Select(f => Finding.Error(FindingCodes.ConversionTargetInvalid, f.Pointer, $"The converted message fails {f.Code} in version {target}."))
                    .ToArray(),
            };
        }

        // Down, a fallback can change what the rules judge (an art. 9 order becomes an art. 7 one): an error of a target
        // rule that the input did not have at the same pointer is the conversion's doing, and fails it with that rule's
        // finding. Up maps nothing: it only puts back what a down-conversion parked, so what it yields is the original's.
        var introduced = target > from
            ? []
            : check.Findings.Where(f => IsRuleError(f) && !input.Findings.Any(i => IsRuleError(i) && i.Code == f.Code && i.Pointer == f.Pointer)).ToArray();
        if (introduced.Length > 0)
        {
            return new ConversionResult { From = from, To = target, Path = path, Changes = changes, Findings = introduced };
        }

        return new ConversionResult { Output = output, From = from, To = target, Path = path, Changes = changes };
    }

    // Conversion needs a message that parses, passes its schema and binds, and must produce one for the target. The
    // input's own business-rule findings (MLAT-R-*, specification §13) are its sender's to fix and block nothing; only the
    // rule errors the conversion itself causes fail it (specification §11.4).
    private static bool IsStructuralError(Finding finding)
        => finding.Severity == FindingSeverity.Error
           && finding.Category != FindingCategory.Rule;

    private static bool IsRuleError(Finding finding)
        => finding.Severity == FindingSeverity.Error
           && finding.Category == FindingCategory.Rule;

    private static byte[] Write(JsonObject document)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, OutputOptions))
        {
            document.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static MlatVersion Min(MlatVersion a, MlatVersion b) => a < b ? a : b;

    private static MlatVersion Max(MlatVersion a, MlatVersion b) => a > b ? a : b;

    private static string Step(MlatVersion from, MlatVersion to) => $"{from}->{to}";

    private static void Up(JsonObject document, MlatVersion from, MlatVersion to, List<ConversionChange> changes)
    {
        var step = Step(from, to);
        document["header"]!["version"] = to.ToString();
        changes.Add(new ConversionChange(ConversionChangeKind.VersionChanged, step, "/header/version"));
        if (document["extensions"] is not JsonObject extensions)
        {
            return;
        }

        var prefix = ParkPrefix + to + ":";
        foreach (var (key, value) in extensions.ToArray())
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var pointer = key[prefix.Length..];
            if (TryRestore(document, pointer, value))
            {
                extensions.Remove(key);
                changes.Add(new ConversionChange(ConversionChangeKind.Restored, step, pointer, key));
            }
        }

        if (extensions.Count == 0)
        {
            document.Remove("extensions");
        }
    }

    // Puts a parked value back: into an object as a member, into an array in place of the element at its index.
    private static bool TryRestore(JsonObject document, string pointer, JsonNode? value)
    {
        var segments = pointer.Split('/');
        if (segments.Length < 2 || segments[0].Length != 0)
        {
            return false;
        }

        JsonNode? parent = document;
        for (var i = 1; i < segments.Length - 1 && parent is not null; i++)
        {
            parent = Child(parent, JsonPointer.Unescape(segments[i]));
        }

        var last = JsonPointer.Unescape(segments[^1]);
        switch (parent)
        {
            case JsonObject obj:
                obj.Remove(last);
                obj[last] = value?.DeepClone();
                return true;
            case JsonArray array when int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count:
                array[index] = value?.DeepClone();
                return true;
            default:
                return false;
        }
    }

    private static JsonNode? Child(JsonNode node, string segment) => node switch
    {
        JsonObject o => o[segment],
        JsonArray a when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
        _ => null,
    };

    /// <summary>One step down; true when it parked or mapped a member of header or body (the document is then stale).</summary>
    private static bool Down(JsonObject document, JsonElement source, MlatVersion from, MlatVersion to, List<ConversionChange> changes, List<Finding> findings)
    {
        var step = Step(from, to);
        var declaration = ConversionDeclaration.Embedded(from.ToString(), to.ToString());
        var messageType = document["header"]!["messageType"]!.GetValue<string>();
        if (declaration is null || !SchemaSet.TryGetEmbedded(to.ToString(), out var target))
        {
            findings.Add(Finding.Error(FindingCodes.ConversionLossy, "/header/version", $"No conversion is declared from {from} to {to}."));
            return false;
        }

        var root = target.MessageRoot(messageType);
        if (declaration.MessageTypesAdded.Contains(messageType) || root is null)
        {
            findings.Add(Finding.Error(FindingCodes.ConversionLossy, "/header/messageType", $"Message type {messageType} does not exist in {to}; converting would drop the message."));
            return false;
        }

        foreach (var pattern in declaration.RejectOnDowngrade)
        {
            foreach (var hit in Matches(document, pattern))
            {
                findings.Add(Finding.Error(FindingCodes.ConversionLossy, hit, $"The member is marked reject-on-downgrade from {from} to {to}."));
            }
        }

        document["header"]!["version"] = to.ToString();
        changes.Add(new ConversionChange(ConversionChangeKind.VersionChanged, step, "/header/version"));
        var walk = new DownWalk(target, declaration, ParkPrefix + from + ":", step, changes, findings);
        var bodySchema = target.Target(root.File, "#/properties/body") ?? throw new InvalidOperationException("The message schema has no body.");
        var headerSchema = target.Target(root.File, "#/properties/header") ?? throw new InvalidOperationException("The message schema has no header.");

        // A MINOR may add optional header members (1.2: route, copies, references, contact, handling): they are parked
        // like body members. version and messageType exist in every 1.x header and are never parked.
        walk.Visit(source.GetProperty("header"), headerSchema, "header");
        walk.Visit(source.GetProperty("body"), bodySchema, "body");
        if (findings.Count > 0)
        {
            return false;
        }

        var parked = walk.Apply(document);
        if (parked.Count == 0)
        {
            return false;
        }

        var extensions = document["extensions"] as JsonObject;
        if (extensions is null)
        {
            extensions = [];
            var signatures = document["signatures"];
            document.Remove("signatures");
            document["extensions"] = extensions;
            if (signatures is not null)
            {
                document["signatures"] = signatures;
            }
        }

        foreach (var (key, value) in parked)
        {
            if (extensions.ContainsKey(key))
            {
                findings.Add(Finding.Error(FindingCodes.ConversionLossy, JsonPointer.Member("/extensions", key), "The extensions key needed to park a value is already taken."));
                continue;
            }

            extensions[key] = value;
        }

        return true;
    }

    private static IEnumerable<string> Matches(JsonNode? node, string pattern)
    {
        var segments = pattern.Split('/').Skip(1).Select(JsonPointer.Unescape).ToArray();
        return Walk(node, 0, string.Empty);

        IEnumerable<string> Walk(JsonNode? current, int i, string pointer)
        {
            if (current is null)
            {
                yield break;
            }

            if (i == segments.Length)
            {
                yield return pointer;
                yield break;
            }

            if (segments[i] == "*" && current is JsonArray array)
            {
                for (var k = 0; k < array.Count; k++)
                {
                    foreach (var hit in Walk(array[k], i + 1, pointer + "/" + k.ToString(CultureInfo.InvariantCulture)))
                    {
                        yield return hit;
                    }
                }
            }
            else if (Child(current, segments[i]) is { } child)
            {
                foreach (var hit in Walk(child, i + 1, JsonPointer.Member(pointer, segments[i])))
                {
                    yield return hit;
                }
            }
        }
    }

    /// <summary>
    /// Walks a message against the lower release's schema, parking and mapping what that release lacks (issue 17 point
    /// 5). It reads the parsed document, never the tree: each schema location is resolved once into a shared
    /// <see cref="Shape"/>, a JSON Pointer is built only for what is parked, mapped or reported, and the edits are applied
    /// to the tree afterwards along their paths alone, so the nodes of the rest of the message are never created.
    /// </summary>
    private sealed class DownWalk(SchemaSet target, ConversionDeclaration declaration, string prefix, string step, List<ConversionChange> changes, List<Finding> findings)
    {
        // Shared by every conversion to the same release (embedded releases are loaded once and never change), so a
        // conversion pays only for the schema locations no earlier conversion reached.
        private static readonly ConditionalWeakTable<SchemaSet, ConcurrentDictionary<JsonObject, Shape>> ShapesOf = [];
        private readonly ConcurrentDictionary<JsonObject, Shape> _shapes = ShapesOf.GetValue(target, _ => new ConcurrentDictionary<JsonObject, Shape>(ReferenceEqualityComparer.Instance));
        private readonly List<(string? Name, int Index)> _path = [];
        private readonly List<Edit> _edits = [];
        private string _root = string.Empty;

        private enum EditKind
        {
            ParkMember,
            MapValue,
            ParkArray,
        }

        /// <summary>Walks <paramref name="value"/>, the member <paramref name="root"/> of the message, against <paramref name="schema"/>.</summary>
        public void Visit(JsonElement value, SchemaRef schema, string root)
        {
            _root = root;
            _path.Clear();
            Visit(value, ShapeOf(schema), topLevel: true);
        }

        /// <summary>Applies the edits to the tree, in document order; returns what is parked, under its extensions key.</summary>
        public List<(string Key, JsonNode? Value)> Apply(JsonObject document)
        {
            var parked = new List<(string Key, JsonNode? Value)>(_edits.Count);
            foreach (var edit in _edits)
            {
                JsonNode? parent = document[edit.Root];
                for (var i = 0; i < edit.Path.Length - 1 && parent is not null; i++)
                {
                    parent = edit.Path[i].Name is { } name ? parent[name] : parent[edit.Path[i].Index];
                }

                var (last, index) = edit.Path[^1];
                var current = last is null ? parent![index] : parent![last];
                switch (edit.Kind)
                {
                    case EditKind.ParkMember:
                        // Detached from the message, the member is parked as it is: it is no longer in the tree.
                        parent.AsObject().Remove(last!);
                        parked.Add((edit.Key, current));
                        break;
                    case EditKind.MapValue:
                        parked.Add((edit.Key, JsonValue.Create(current!.GetValue<string>())));
                        Set(parent, last, index, JsonValue.Create(edit.Values[0]));
                        break;
                    case EditKind.ParkArray:
                        parked.Add((edit.Key, current!.DeepClone()));
                        Set(parent, last, index, new JsonArray([.. edit.Values.Select(v => (JsonNode?)JsonValue.Create(v))]));
                        break;
                }
            }

            return parked;
        }

        private static void Set(JsonNode parent, string? name, int index, JsonNode value)
        {
            if (name is null)
            {
                parent.AsArray()[index] = value;
            }
            else
            {
                parent.AsObject()[name] = value;
            }
        }

        private void Visit(JsonElement value, Shape shape, bool topLevel = false)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object when shape.Properties is not null:
                    foreach (var member in value.EnumerateObject())
                    {
                        // header.version is set by the step itself and exists in every 1.x header.
                        if (topLevel && _root == "header" && member.NameEquals("version"u8))
                        {
                            continue;
                        }

                        var name = member.Name;
                        _path.Add((name, -1));
                        if (MemberShape(shape, name) is { } memberShape)
                        {
                            Visit(member.Value, memberShape);
                        }
                        else
                        {
                            var memberPointer = Pointer();
                            _edits.Add(new Edit(EditKind.ParkMember, _root, [.. _path], prefix + memberPointer, []));
                            changes.Add(new ConversionChange(ConversionChangeKind.MemberParked, step, memberPointer, prefix + memberPointer));
                        }

                        _path.RemoveAt(_path.Count - 1);
                    }

                    break;
                case JsonValueKind.Array when shape.ItemsNode is not null:
                    var items = ItemShape(shape);
                    if (!MapStringArray(value, shape, items))
                    {
                        var i = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            _path.Add((null, i++));
                            Visit(item, items);
                            _path.RemoveAt(_path.Count - 1);
                        }
                    }

                    break;
                case JsonValueKind.String when shape.Enum is not null:
                    var original = value.GetString()!;
                    if (!shape.Enum.Contains(original))
                    {
                        var pointer = Pointer();
                        if (Fallback(shape, original) is { } fallback)
                        {
                            _edits.Add(new Edit(EditKind.MapValue, _root, [.. _path], prefix + pointer, [fallback]));
                            changes.Add(new ConversionChange(ConversionChangeKind.EnumMapped, step, pointer, prefix + pointer, original, fallback));
                        }
                        else
                        {
                            findings.Add(Finding.Error(FindingCodes.ConversionLossy, pointer, "The value is not in the target's code list and has no declared fallback."));
                        }
                    }

                    break;
            }
        }

        // A string array whose values map to fallbacks that collide would break uniqueItems: park the array whole.
        private bool MapStringArray(JsonElement array, Shape arrayShape, Shape items)
        {
            if (items.Enum is not { } allowed || array.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            {
                return false;
            }

            var values = array.EnumerateArray().Select(v => v.GetString()!).ToArray();
            var mapped = values.Select(v => allowed.Contains(v) ? v : Fallback(items, v)).ToArray();
            if (!arrayShape.UniqueItems || mapped.Any(m => m is null) || mapped.Distinct(StringComparer.Ordinal).Count() == mapped.Length)
            {
                return false; // element by element (a missing fallback is reported there)
            }

            var pointer = Pointer();
            _edits.Add(new Edit(EditKind.ParkArray, _root, [.. _path], prefix + pointer, [.. mapped.Distinct(StringComparer.Ordinal)!]));
            changes.Add(new ConversionChange(ConversionChangeKind.ArrayParked, step, pointer, prefix + pointer));
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] != mapped[i])
                {
                    changes.Add(new ConversionChange(ConversionChangeKind.EnumMapped, step, pointer + "/" + i.ToString(CultureInfo.InvariantCulture), prefix + pointer, values[i], mapped[i]));
                }
            }

            return true;
        }

        private string Pointer()
        {
            var builder = new System.Text.StringBuilder("/").Append(_root);
            foreach (var (name, index) in _path)
            {
                builder.Append('/').Append(name is null ? index.ToString(CultureInfo.InvariantCulture) : JsonPointer.Escape(name));
            }

            return builder.ToString();
        }

        private Shape ShapeOf(SchemaRef schema)
        {
            var resolved = target.Resolve(schema);
            return _shapes.GetOrAdd(resolved.Node, static (_, r) => new Shape(r), resolved);
        }

        // Only members the schema has are remembered: a name it lacks is looked up again, so no input grows the cache.
        private Shape? MemberShape(Shape parent, string name)
        {
            if (parent.Members.TryGetValue(name, out var member))
            {
                return member;
            }

            if (parent.Properties![name] is not JsonObject memberSchema)
            {
                return null;
            }

            member = ShapeOf(parent.Ref with { Node = memberSchema, Definition = Inline(parent.Ref.Definition, JsonPointer.Member("/properties", name)) });
            return parent.Members.GetOrAdd(name, member);
        }

        private Shape ItemShape(Shape parent)
            => parent.Items ??= ShapeOf(parent.Ref with { Node = parent.ItemsNode!, Definition = Inline(parent.Ref.Definition, "/items") });

        // An inline schema is named by its location under the definition it sits in (file#/definitions/Party/properties/role),
        // the same location the compatibility checker reports, so an enum declared inline can have fallbacks too (1.2:
        // Party.role, Consultation.topic).
        private static string? Inline(string? definition, string suffix) => definition is null ? null : definition + suffix;

        private string? Fallback(Shape shape, string value)
            => shape.Ref.Definition is { } definition && declaration.EnumFallbacks.TryGetValue(definition, out var map) && map.TryGetValue(value, out var fallback)
                ? fallback
                : null;

        /// <summary>One change to the tree: where (the message member and the path under it), what, and the extensions key.</summary>
        private sealed record Edit(EditKind Kind, string Root, (string? Name, int Index)[] Path, string Key, string[] Values);
    }

    /// <summary>
    /// What the walk needs of one resolved schema location, read once: its members, items, code list and uniqueness.
    /// Shared between threads: the member map is concurrent, and two threads that set <see cref="Items"/> at once set
    /// equal shapes.
    /// </summary>
    private sealed class Shape(SchemaRef resolved)
    {
        public SchemaRef Ref { get; } = resolved;

        public JsonObject? Properties { get; } = resolved.Node["properties"] as JsonObject;

        public JsonObject? ItemsNode { get; } = resolved.Node["items"] as JsonObject;

        public HashSet<string>? Enum { get; } = resolved.Node["enum"] is JsonArray allowed
            ? allowed.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).ToHashSet(StringComparer.Ordinal)
            : null;

        public bool UniqueItems { get; } = resolved.Node["uniqueItems"]?.GetValue<bool>() == true;

        public ConcurrentDictionary<string, Shape> Members { get; } = new(StringComparer.Ordinal);

        public Shape? Items { get; set; }
    }
}
