using System.Reflection;

namespace XinfangBot.Core.Tests.Architecture;

/// <summary>
/// Namespaces of XinfangBot.Core must not depend on each other in a cycle (issue 9: each step of the pipeline uses only
/// the steps below it). Dependencies are read from the Core assembly's types: base types, interfaces, fields,
/// properties, constructor and method signatures (with generic arguments and nested types).
/// </summary>
public sealed class NamespaceCycleTests
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void CoreNamespaces_HaveNoCycle()
    {
        var cycles = Cycles();
        Assert.True(cycles.Count == 0, "namespace cycles in XinfangBot.Core: " + string.Join("; ", cycles));
    }

    internal static SortedSet<string> Cycles()
    {
        var assembly = typeof(CoreServiceCollectionExtensions).Assembly;
        var types = assembly.GetTypes();
        var own = types.Select(t => t.Namespace).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var edges = own.ToDictionary(n => n, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var type in types.Where(t => t.Namespace is not null))
        {
            var referenced = new List<Type>();
            if (type.BaseType is { } baseType)
            {
                referenced.Add(baseType);
            }

            referenced.AddRange(type.GetInterfaces());
            referenced.AddRange(type.GetFields(All).Select(f => f.FieldType));
            referenced.AddRange(type.GetProperties(All).Select(p => p.PropertyType));
            foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
            {
                referenced.AddRange(method.GetParameters().Select(p => p.ParameterType));
                if (method is MethodInfo info)
                {
                    referenced.Add(info.ReturnType);
                }
            }

            foreach (var ns in referenced.SelectMany(Expand).Select(t => t.Namespace).OfType<string>())
            {
                if (ns != type.Namespace && own.Contains(ns))
                {
                    edges[type.Namespace!].Add(ns);
                }
            }
        }

        var cycles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (from, targets) in edges)
        {
            foreach (var to in targets.Where(t => Reaches(edges, t, from)))
            {
                cycles.Add(string.CompareOrdinal(from, to) < 0 ? $"{from} <-> {to}" : $"{to} <-> {from}");
            }
        }

        return cycles;
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        var t = type.HasElementType ? type.GetElementType()! : type;
        yield return t;
        if (t.IsGenericType)
        {
            foreach (var argument in t.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> edges, string start, string goal)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([start]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node == goal)
            {
                return true;
            }

            if (seen.Add(node) && edges.TryGetValue(node, out var next))
            {
                foreach (var n in next)
                {
                    stack.Push(n);
                }
            }
        }

        return false;
    }
}
