using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Tests.Messages.Generators;

/// <summary>
/// Generates instances of the C# model guided by the schema of each type: the C# type says which members exist and
/// their CLR types, the schema node beside it says the constraints (pattern, enum, length, bounds, required). A C#
/// member without a schema property, or a schema construct the generator does not know, fails loudly — so the model
/// and the schemas cannot drift apart unnoticed.
/// </summary>
internal sealed class InstanceGen
{
    private const int MaxDepth = 8;
    private static readonly JsonNamingPolicy Naming = JsonNamingPolicy.CamelCase;
    private readonly SchemaFiles schemas;
    private readonly ConcurrentDictionary<(Type, string, int), Gen<object?>> cache = new();

    private readonly bool olderMinor;

    /// <summary>Creates a generator for the release the C# model mirrors (its latest minor, specification §3.5).</summary>
    public InstanceGen(SchemaFiles schemas)
        : this(schemas, olderMinor: false)
    {
    }

    /// <summary>
    /// Creates a generator; for an older minor of the major (<paramref name="olderMinor"/>), C# members the release does
    /// not define are left absent and enum members outside the release's enum are never chosen, because the C# model
    /// mirrors the latest minor and a later minor only adds optional members and enum values (specification §3.3, §3.5).
    /// </summary>
    public InstanceGen(SchemaFiles schemas, bool olderMinor)
    {
        this.schemas = schemas;
        this.olderMinor = olderMinor;
    }

    public Gen<T> ForDefinition<T>(string file, string definition)
        => ForDefinition(typeof(T), file, definition).Select(o => (T)o!);

    public Gen<object?> ForDefinition(Type type, string file, string definition)
        => ForSchema(type, schemas.Definition(file, definition), 0);

    private Gen<object?> ForSchema(Type type, SchemaNode node, int depth)
    {
        node = schemas.Resolve(node);
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return Strings(node).Select(s => (object?)s);
        }

        if (underlying == typeof(bool))
        {
            return Gen.Elements(true, false).Select(b => (object?)b);
        }

        if (underlying == typeof(int) || underlying == typeof(long))
        {
            var min = (int?)node.Json["minimum"]?.GetValue<long>() ?? 0;
            var max = (int?)node.Json["maximum"]?.GetValue<long>() ?? 10_000;
            return Gen.Choose(min, max).Select(i => underlying == typeof(int) ? (object?)i : (long)i);
        }

        if (underlying == typeof(Guid))
        {
            return Gen.ArrayOf(Gen.Choose(0, 255), 16).Select(b => (object?)new Guid(b.Select(x => (byte)x).ToArray()));
        }

        if (underlying == typeof(PartialDate))
        {
            var first = new DateOnly(1900, 1, 1).DayNumber;
            return from d in Gen.Choose(first, new DateOnly(2020, 12, 31).DayNumber).Select(DateOnly.FromDayNumber)
                   from precision in Gen.Choose(0, 2)
                   select (object?)(precision switch
                   {
                       0 => PartialDate.FromYear(d.Year),
                       1 => PartialDate.FromYearMonth(d.Year, d.Month),
                       _ => PartialDate.FromDate(d),
                   });
        }

        if (underlying == typeof(IsoDuration))
        {
            // Text from the schema's pattern, so read forms such as P12M or P0D keep their exact spelling.
            return Strings(node).WhereOrFail(t => IsoDuration.TryParse(t, out _), node.Path).Select(t => (object?)IsoDuration.Parse(t));
        }

        if (underlying == typeof(MlatVersion))
        {
            return Strings(node).Select(t => (object?)MlatVersion.Parse(t));
        }

        if (underlying == typeof(decimal))
        {
            return Strings(node).Select(t => (object?)decimal.Parse(t, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (underlying == typeof(DateOnly))
        {
            var first = new DateOnly(1950, 1, 1).DayNumber;
            return Gen.Choose(first, new DateOnly(2040, 12, 31).DayNumber).Select(d => (object?)DateOnly.FromDayNumber(d));
        }

        if (underlying == typeof(DateTimeOffset))
        {
            return from seconds in Gen.Choose(0, int.MaxValue)
                   from millis in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 999)))
                   select (object?)new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(seconds).AddMilliseconds(millis);
        }

        if (underlying.IsEnum)
        {
            var members = Enum.GetValues(underlying).Cast<object>().ToArray();
            if (node.Json["enum"] is JsonArray allowed)
            {
                // The schema's enum decides which members exist in this release; the JSON name is the member's attribute.
                var names = allowed.Select(v => v!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
                members = members.Where(m => names.Contains(
                    underlying.GetField(m.ToString()!)!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? m.ToString()!)).ToArray();
            }

            return Gen.Elements(members).Select(e => (object?)e);
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return Lists(underlying.GetGenericArguments()[0], node, depth);
        }

        if (underlying.IsClass && underlying.Namespace == "Mlat.Sdk.Messages")
        {
            return cache.GetOrAdd((underlying, node.Path, depth), _ => Records(underlying, node, depth));
        }

        throw new NotSupportedException($"No generator for CLR type {underlying} at {node.Path}.");
    }

    private Gen<object?> Lists(Type element, SchemaNode node, int depth)
    {
        var items = node.Child("items");
        var min = (int?)node.Json["minItems"]?.GetValue<int>() ?? 0;
        var max = Math.Min((int?)node.Json["maxItems"]?.GetValue<int>() ?? 3, Math.Max(min, 3));
        var itemGen = ForSchema(element, items, depth + 1);
        var unique = node.Json["uniqueItems"]?.GetValue<bool>() == true;
        var listType = typeof(List<>).MakeGenericType(element);
        // uniqueItems drops duplicates, which could leave fewer than minItems (a treaty's two stateParties): such draws are
        // discarded rather than sent to the schema as an invalid instance.
        return from n in Gen.Choose(Math.Max(min, 1), Math.Max(max, 1))
               from values in Gen.ArrayOf(itemGen, n)
               let kept = unique ? values.Distinct().ToArray() : values
               where kept.Length >= min
               select (object?)ToList(listType, kept);

        static object ToList(Type listType, object?[] values)
        {
            var list = (System.Collections.IList)Activator.CreateInstance(listType)!;
            foreach (var v in values)
            {
                list.Add(v);
            }

            return list;
        }
    }

    private Gen<object?> Records(Type type, SchemaNode node, int depth)
    {
        if (node.Json["type"]?.GetValue<string>() != "object")
        {
            throw new InvalidOperationException($"{type.Name} maps to a non-object schema at {node.Path}.");
        }

        var properties = node.Json["properties"]?.AsObject() ?? throw new InvalidOperationException($"No properties at {node.Path}.");
        var required = node.Json["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        var members = new List<(PropertyInfo Property, Gen<object?> Gen)>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<JsonIgnoreAttribute>() is not null || property.SetMethod is null)
            {
                continue;
            }

            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? Naming.ConvertName(property.Name);
            if (!properties.ContainsKey(name))
            {
                if (olderMinor && !required.Contains(name) && (Nullable.GetUnderlyingType(property.PropertyType) is not null || !property.PropertyType.IsValueType))
                {
                    continue; // added in a later minor: absent in this release
                }

                throw new InvalidOperationException($"{type.Name}.{property.Name} has no schema property '{name}' at {node.Path}.");
            }

            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            {
                continue; // open extension data: nothing to generate
            }

            var valueGen = required.Contains(name) || depth < MaxDepth
                ? ForSchema(property.PropertyType, node.Child("properties", name), depth + 1)
                : null;
            var gen = required.Contains(name)
                ? valueGen!
                : valueGen is null ? Gen.Constant<object?>(null) : Gen.Frequency((1, Gen.Constant<object?>(null)), (depth < 3 ? 2 : 1, valueGen));
            members.Add((property, gen));
        }

        return Gen.CollectToArray(members.Select(m => m.Gen)).Select(values =>
        {
            var instance = Activator.CreateInstance(type)!;
            for (var i = 0; i < members.Count; i++)
            {
                members[i].Property.SetValue(instance, values[i]);
            }

            return (object?)instance;
        });
    }

    private static Gen<string> Strings(SchemaNode node)
    {
        if (node.Json["enum"] is JsonArray values)
        {
            return Gen.Elements(values.Select(v => v!.GetValue<string>()).ToArray());
        }

        // A pattern pins only the lexical shape of a URI or e-mail; the format check wants a real one.
        switch (node.Json["format"]?.GetValue<string>())
        {
            case "uri":
                return from segment in PatternGen.For("^[a-z0-9]{1,8}$")
                       from host in Gen.Elements("eur-lex.europa.eu", "www.coe.int", "www.unodc.org", "justice.example")
                       select $"https://{host}/{segment}";
            case "email":
                return from local in PatternGen.For("^[a-z][a-z0-9_-]{0,10}(\\.[a-z0-9]{1,5})?$")
                       from host in Gen.Elements("justice.example", "parquet.example.fr", "mp.example.br")
                       select $"{local}@{host}";
        }

        var minLength = (int?)node.Json["minLength"]?.GetValue<int>() ?? 0;
        var maxLength = (int?)node.Json["maxLength"]?.GetValue<int>() ?? 40;
        if (node.Json["pattern"] is JsonValue pattern)
        {
            // The pattern bounds the length itself (for example a 43-character digest); only a declared maxLength
            // filters, never the free-text default, or a pattern longer than it could never be satisfied.
            var patternMax = node.Json["maxLength"] is null ? int.MaxValue : maxLength;
            return PatternGen.For(pattern.GetValue<string>()).WhereOrFail(s => s.Length >= minLength && s.Length <= patternMax, node.Path);
        }

        // Free text: letters from several scripts (all NFC), digits and punctuation.
        var alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-'éüßçøåłšđπжא中日".ToCharArray();
        return from n in Gen.Choose(Math.Max(minLength, 1), Math.Max(Math.Min(maxLength, 40), Math.Max(minLength, 1)))
               from chars in Gen.ArrayOf(Gen.Elements(alphabet), n)
               select new string(chars).Trim() is { Length: > 0 } t && t.Length >= minLength ? new string(chars) : "x" + new string(chars)[1..];
    }
}

/// <summary>A schema node with the file it lives in and a readable path, for error messages.</summary>
internal sealed record SchemaNode(JsonObject Json, string File, string Path)
{
    public SchemaNode Child(params string[] keys)
    {
        JsonNode node = Json;
        foreach (var key in keys)
        {
            node = node[key] ?? throw new InvalidOperationException($"No '{key}' at {Path}.");
        }

        return new SchemaNode(node.AsObject(), File, Path + "/" + string.Join("/", keys));
    }
}

/// <summary>All schema files of one release, loaded from the repository, with offline $ref resolution.</summary>
internal sealed class SchemaFiles
{
    private readonly Dictionary<string, JsonObject> files = new(StringComparer.Ordinal);

    public SchemaFiles(string releaseFolder)
    {
        foreach (var path in Directory.EnumerateFiles(releaseFolder, "*.schema.json", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(releaseFolder, path).Replace('\\', '/');
            files[relative] = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        }
    }

    public SchemaNode Definition(string file, string definition)
        => new SchemaNode(files[file], file, file + "#").Child("definitions", definition);

    public SchemaNode Root(string file) => new(files[file], file, file + "#");

    public SchemaNode Resolve(SchemaNode node)
    {
        for (var hops = 0; node.Json["$ref"] is JsonValue reference; hops++)
        {
            if (hops > 32)
            {
                throw new InvalidOperationException($"$ref loop at {node.Path}.");
            }

            var text = reference.GetValue<string>();
            var hash = text.IndexOf('#', StringComparison.Ordinal);
            var filePart = hash < 0 ? text : text[..hash];
            var pointer = hash < 0 ? string.Empty : text[(hash + 1)..];
            var file = filePart.Length == 0 ? node.File : Normalize(node.File, filePart);
            JsonNode target = files.TryGetValue(file, out var doc) ? doc : throw new InvalidOperationException($"$ref to unknown file {file} at {node.Path}.");
            foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                target = target[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]
                         ?? throw new InvalidOperationException($"$ref target {text} missing at {node.Path}.");
            }

            node = new SchemaNode(target.AsObject(), file, file + "#" + pointer);
        }

        return node;
    }

    private static string Normalize(string fromFile, string relative)
    {
        var parts = new List<string>(fromFile.Split('/')[..^1]);
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join("/", parts);
    }
}
