using System.Reflection;
using System.Reflection.Emit;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Tests.Architecture;

/// <summary>
/// The SDK's namespaces form a layered graph without cycles: a reader can understand <c>Serialization</c> without
/// <c>Validation</c>, and so on. Dependencies are read from the compiled assembly — signatures, attributes and every
/// method body's IL — so a dependency hidden in a method body counts as much as one in a signature.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private static readonly Assembly Sdk = typeof(MlatValidator).Assembly;

    [Fact]
    public void The_namespaces_of_the_SDK_depend_on_each_other_without_a_cycle()
    {
        var graph = NamespaceGraph.Of(Sdk);
        var cycles = NamespaceGraph.StronglyConnectedComponents(graph).Where(c => c.Count > 1).ToList();

        Assert.True(cycles.Count == 0, "Namespace cycles: " + string.Join(" | ", cycles.Select(c => string.Join(", ", c.Order(StringComparer.Ordinal)) + " via " + Describe(graph, c))));
    }

    [Fact]
    public void Findings_live_in_the_root_namespace_which_depends_on_no_other_namespace_of_the_SDK()
    {
        var graph = NamespaceGraph.Of(Sdk);

        Assert.Equal("Mlat.Sdk", typeof(Finding).Namespace);
        Assert.Equal("Mlat.Sdk", typeof(FindingCodes).Namespace);
        Assert.DoesNotContain(graph["Mlat.Sdk"], n => n.StartsWith("Mlat.Sdk.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_scanner_sees_dependencies_made_only_inside_method_bodies()
    {
        // MlatValidator calls the strict reader (Serialization) in a method body only; the rule runner (Validation.Rules)
        // likewise. If the IL scan stopped working these edges would vanish and the cycle test would pass vacuously.
        var graph = NamespaceGraph.Of(Sdk);

        Assert.Contains("Mlat.Sdk.Serialization", graph["Mlat.Sdk.Validation"]);
        Assert.Contains("Mlat.Sdk.Validation.Rules", graph["Mlat.Sdk.Validation"]);
        Assert.Contains("Mlat.Sdk.Messages", graph["Mlat.Sdk.Validation.Rules"]);
    }

    [Fact]
    public void The_cycle_search_finds_a_cycle_when_there_is_one()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["a"] = ["b"],
            ["b"] = ["c"],
            ["c"] = ["a"],
            ["d"] = ["a"],
        };

        var components = NamespaceGraph.StronglyConnectedComponents(graph);

        Assert.Contains(components, c => c.Count == 3 && c.Contains("a") && c.Contains("b") && c.Contains("c"));
        Assert.Contains(components, c => c.Count == 1 && c.Contains("d"));
    }

    private static string Describe(Dictionary<string, HashSet<string>> graph, IReadOnlyCollection<string> cycle)
        => string.Join("; ", cycle.SelectMany(from => graph[from].Where(cycle.Contains).Select(to => from + " -> " + to)));
}

/// <summary>Namespace-level dependency graph of an assembly, read from metadata and IL.</summary>
internal static class NamespaceGraph
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static Dictionary<string, HashSet<string>> Of(Assembly assembly)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = type.Namespace ?? string.Empty;
            if (!graph.TryGetValue(from, out var edges))
            {
                graph[from] = edges = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var used in ReferencedTypes(type).SelectMany(Flatten).Where(t => t.Assembly == assembly))
            {
                var to = used.Namespace ?? string.Empty;
                if (to != from)
                {
                    edges.Add(to);
                }
            }
        }

        foreach (var to in graph.Values.SelectMany(e => e).ToList())
        {
            graph.TryAdd(to, new HashSet<string>(StringComparer.Ordinal));
        }

        return graph;
    }

    /// <summary>Tarjan's algorithm: every strongly connected component; one with more than one node is a cycle.</summary>
    public static List<List<string>> StronglyConnectedComponents(Dictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<List<string>>();
        var next = 0;

        void Visit(string node)
        {
            index[node] = low[node] = next++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var to in graph.TryGetValue(node, out var edges) ? edges : [])
            {
                if (!index.TryGetValue(to, out _))
                {
                    Visit(to);
                    low[node] = Math.Min(low[node], low[to]);
                }
                else if (onStack.Contains(to) && index.TryGetValue(to, out var toIndex))
                {
                    low[node] = Math.Min(low[node], toIndex);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                result.Add(component);
            }
        }

        foreach (var node in graph.Keys)
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return result;
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var a in type.CustomAttributes)
        {
            yield return a.AttributeType;
        }

        foreach (var field in type.GetFields(All))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(All))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var p in method.GetParameters())
            {
                yield return p.ParameterType;
            }

            foreach (var used in BodyReferences(method))
            {
                yield return used;
            }
        }
    }

    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var il = body.GetILAsByteArray() ?? [];
        var module = method.Module;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[at++]));
            }

            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, at);
                    at += 4;
                    var member = Resolve(module, token, typeArgs, methodArgs);
                    if (member is Type t)
                    {
                        yield return t;
                    }
                    else if (member?.DeclaringType is { } declaring)
                    {
                        yield return declaring;
                        if (member is MethodInfo { IsGenericMethod: true } generic)
                        {
                            foreach (var g in generic.GetGenericArguments())
                            {
                                yield return g;
                            }
                        }
                    }

                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    at += 8;
                    break;
                default:
                    at += 4;
                    break;
            }
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArgs, Type[]? methodArgs)
    {
        try
        {
            return module.ResolveMember(token, typeArgs, methodArgs);
        }
        catch (ArgumentException)
        {
            return null; // a token from another module's generic context; its declaring assembly is not the SDK
        }
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Flatten(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return t;
            }
        }
    }
}
