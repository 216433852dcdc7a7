using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>
/// Finds every <see cref="MultilingualText"/>, <see cref="Period"/> and <see cref="NaturalPerson"/> of a bound body
/// with its RFC 6901 pointer, in one pass, so the rules about free text, periods and persons apply to every member of
/// every message type that holds one, including members added later, without a hand-kept list. Property lists are
/// reflected once per type and cached (thread-safe); pointers are built only for what a rule reports.
/// </summary>
internal static class ModelWalker
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name)[]> Members = new();

    public static ModelIndex Collect(MessageBody body)
    {
        var index = new ModelIndex();
        Visit(body, new ModelPath(null, "body", -1), index);
        return index;
    }

    private static void Visit(object node, ModelPath path, ModelIndex index)
    {
        foreach (var (property, name) in Members.GetOrAdd(node.GetType(), Reflect))
        {
            var value = property.GetValue(node);
            if (value is null)
            {
                continue;
            }

            var here = new ModelPath(path, name, -1);
            if (value is IList list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is { } item && IsModel(item.GetType()))
                    {
                        Found(item, new ModelPath(here, null, i), index);
                    }
                }
            }
            else if (IsModel(value.GetType()))
            {
                Found(value, here, index);
            }
        }
    }

    private static void Found(object value, ModelPath path, ModelIndex index)
    {
        switch (value)
        {
            case MultilingualText text:
                index.Texts.Add((path, text));
                return; // holds only entries: nothing else to find inside
            case Period period:
                index.Periods.Add((path, period));
                return;
            case NaturalPerson person:
                index.Persons.Add((path, person));
                break;
            case Penalty penalty:
                index.Penalties.Add((path, penalty));
                return; // a maximum, a flag and an amount: nothing else to find inside
        }

        Visit(value, path, index);
    }

    private static bool IsModel(Type type) => type.IsClass && type != typeof(string) && type.Namespace == typeof(MlatMessage).Namespace;

    private static (PropertyInfo, string)[] Reflect(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is null)
        .Where(p => !p.PropertyType.IsValueType && p.PropertyType != typeof(string) && p.PropertyType != typeof(JsonElement))
        .Where(p => !IsStringList(p.PropertyType))
        .Select(p => (p, JsonNamingPolicy.CamelCase.ConvertName(p.Name)))
        .ToArray();

    private static bool IsStringList(Type type) => type.IsGenericType && type.GetGenericArguments() is [var item] && (item == typeof(string) || item.IsValueType);
}

/// <summary>What <see cref="ModelWalker"/> found in one body.</summary>
internal sealed class ModelIndex
{
    public List<(ModelPath Path, MultilingualText Text)> Texts { get; } = [];

    public List<(ModelPath Path, Period Period)> Periods { get; } = [];

    public List<(ModelPath Path, NaturalPerson Person)> Persons { get; } = [];

    public List<(ModelPath Path, Penalty Penalty)> Penalties { get; } = [];
}

/// <summary>A JSON Pointer kept as a chain of segments; the string is built only when a finding needs it.</summary>
internal sealed class ModelPath(ModelPath? parent, string? name, int index)
{
    public ModelPath? Parent { get; } = parent;

    /// <summary>The member name, or null for an array item.</summary>
    public string? Name { get; } = name;

    /// <summary>The array index of an item.</summary>
    public int Index { get; } = index;

    public override string ToString()
    {
        var segments = new Stack<ModelPath>();
        for (var p = this; p is not null; p = p.Parent)
        {
            segments.Push(p);
        }

        var builder = new StringBuilder();
        foreach (var s in segments)
        {
            builder.Append('/');
            builder.Append(s.Name ?? s.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
