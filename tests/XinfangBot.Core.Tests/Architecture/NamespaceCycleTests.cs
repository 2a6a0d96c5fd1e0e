using System.Reflection;

namespace XinfangBot.Core.Tests.Architecture;

/// <summary>
/// Namespaces of XinfangBot.Core must not depend on each other in a cycle. Dependencies are read from the Core
/// assembly's types: base types, interfaces, fields, properties, constructor and method signatures (with generic
/// arguments and nested types). The cycles that exist today are listed as known and may only disappear (the planned
/// Text/Understanding/Answering restructuring removes them); a new cycle fails.
/// </summary>
public sealed class NamespaceCycleTests
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Namespace pairs on a cycle today, written "A <-> B" in ordinal order.</summary>
    private static readonly HashSet<string> KnownCycles = new(StringComparer.Ordinal)
    {
        "XinfangBot.Core.Conversations <-> XinfangBot.Core.Escalations", // cases (issue 10) merged alongside this check
    };

    [Fact]
    public void CoreNamespaces_HaveNoCycleBeyondTheKnownOnes()
    {
        var cycles = Cycles();
        var unexpected = cycles.Where(c => !KnownCycles.Contains(c)).ToList();
        Assert.True(unexpected.Count == 0, "new namespace cycles in XinfangBot.Core: " + string.Join("; ", unexpected));
    }

    [Fact]
    public void KnownCycles_AreStillCycles_SoTheListOnlyShrinks()
    {
        var cycles = Cycles();
        var gone = KnownCycles.Where(c => !cycles.Contains(c)).ToList();
        Assert.True(gone.Count == 0, "remove from KnownCycles (no longer a cycle): " + string.Join("; ", gone));
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
