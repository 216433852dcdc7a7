using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>
/// Finds every instance of a model type (a <see cref="MultilingualText"/>, a <see cref="Period"/>, a
/// <see cref="NaturalPerson"/>) in a bound body with its RFC 6901 pointer, so a rule about free text, periods or persons
/// applies to every member of every message type that holds one, including members added later, without a hand-kept list.
/// Property lists are reflected once per type and cached (thread-safe).
/// </summary>
internal static class ModelWalker
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name)[]> Members = new();

    public static void Walk<T>(MessageBody body, Action<string, T> visit)
        where T : class => Visit(body, "/body", visit);

    private static void Visit<T>(object node, string pointer, Action<string, T> visit)
        where T : class
    {
        foreach (var (property, name) in Members.GetOrAdd(node.GetType(), Reflect))
        {
            var value = property.GetValue(node);
            if (value is null)
            {
                continue;
            }

            var path = pointer + "/" + name;
            switch (value)
            {
                case T found:
                    visit(path, found);
                    break;
                case IList list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        if (list[i] is T found)
                        {
                            visit(RuleHelpers.At(path, i), found);
                        }
                        else if (list[i] is { } item && IsModel(item.GetType()))
                        {
                            Visit(item, RuleHelpers.At(path, i), visit);
                        }
                    }

                    break;
                default:
                    if (IsModel(value.GetType()))
                    {
                        Visit(value, path, visit);
                    }

                    break;
            }
        }
    }

    private static bool IsModel(Type type) => type.IsClass && type != typeof(string) && type.Namespace == typeof(MlatMessage).Namespace;

    private static (PropertyInfo, string)[] Reflect(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is null)
        .Where(p => !p.PropertyType.IsEnum && Nullable.GetUnderlyingType(p.PropertyType)?.IsEnum != true && p.PropertyType != typeof(JsonElement))
        .Select(p => (p, JsonNamingPolicy.CamelCase.ConvertName(p.Name)))
        .ToArray();
}
