using System.Reflection;
using System.Reflection.Emit;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Tests.Architecture;

/// <summary>
/// Namespaces of XinfangBot.Core must not depend on each other in a cycle (issue 9: each step of the pipeline uses only
/// the steps below it). Dependencies are read from the Core assembly's types: base types, interfaces, fields,
/// properties, constructor and method signatures (with generic arguments and nested types), and what method bodies use
/// (the types, methods and fields their IL names), so a call from a lower layer up into a higher one counts too.
/// </summary>
public sealed class NamespaceCycleTests
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Fact]
    public void CoreNamespaces_HaveNoCycle()
    {
        var cycles = Cycles();
        Assert.True(cycles.Count == 0, "namespace cycles in XinfangBot.Core: " + string.Join("; ", cycles));
    }

    [Fact]
    public void BodyTypes_MethodCallingIntoCore_SeesTheCalledType()
    {
        var method = typeof(NamespaceCycleTests).GetMethod(nameof(CallsChineseNumber), All)!;

        Assert.Contains(typeof(ChineseNumber), BodyTypes(method));
    }

    private static void CallsChineseNumber() => _ = ChineseNumber.Parse("十");

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

                referenced.AddRange(BodyTypes(method));
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

    /// <summary>The types a method body uses: those it names, the owners of the methods it calls and of the fields it uses.</summary>
    internal static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var twoBytes = il[at] == 0xFE;
            var operand = OpCodesByValue[twoBytes ? (short)(0xFE00 | il[at + 1]) : il[at]].OperandType;
            at += twoBytes ? 2 : 1;
            if (operand is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                switch (method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments))
                {
                    case Type type:
                        yield return type;
                        break;
                    case FieldInfo field:
                        yield return field.DeclaringType!;
                        yield return field.FieldType;
                        break;
                    case MethodBase called:
                        yield return called.DeclaringType!;
                        foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : [])
                        {
                            yield return argument;
                        }

                        break;
                }
            }

            at += operand switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
                _ => 4,
            };
        }
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
