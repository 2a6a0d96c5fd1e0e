using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.Serialization;
using LiteDB;

namespace XinfangBot.Core.Storage;

/// <summary>
/// The names an enum's members are stored and exchanged under, read from each member's
/// <see cref="EnumMemberAttribute.Value"/> (the one table per enum: the strings LiteDB held, and contracts print, when
/// these fields were strings). An enum takes part when every member has one, distinct; half-named enums fail at once.
/// </summary>
public static class StoredNames
{
    /// <summary>The name <paramref name="value"/> is stored and printed under.</summary>
    public static string Name<TEnum>(this TEnum value)
        where TEnum : struct, Enum =>
        Table<TEnum>.Names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"no stored name in {typeof(TEnum).Name}");

    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum => Table<TEnum>.Values.TryGetValue(name ?? string.Empty, out value);

    /// <summary>The member stored under <paramref name="name"/>; an unknown name is a <see cref="FormatException"/>.</summary>
    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(name, out var value) ? value : throw new FormatException($"unknown {typeof(TEnum).Name} '{name}'");

    /// <summary>Enums of this assembly whose members carry <see cref="EnumMemberAttribute"/>.</summary>
    public static IReadOnlyList<Type> Enums { get; } = typeof(StoredNames).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.GetFields(BindingFlags.Public | BindingFlags.Static).Any(f => f.IsDefined(typeof(EnumMemberAttribute))))
        .ToList();

    /// <summary>Registers every named enum of XinfangBot.Core with <paramref name="mapper"/>: each member is stored as its name (not LiteDB's default, the C# identifier);
    /// and every <see cref="IStoredString{TSelf}"/> type as its stored string.</summary>
    public static void Register(BsonMapper mapper)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        foreach (var type in Enums)
        {
            var pairs = Read(type);
            var names = pairs.ToDictionary(p => p.Value, p => p.Name);
            var values = pairs.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
            mapper.RegisterType(
                type,
                serialize: value => new BsonValue(names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"no stored name in {type.Name}")),
                deserialize: bson => values.TryGetValue(bson.AsString, out var value) ? value : throw new FormatException($"unknown {type.Name} '{bson.AsString}'"));
        }

        var registerString = typeof(StoredNames).GetMethod(nameof(RegisterString), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var type in StoredStrings)
        {
            registerString.MakeGenericMethod(type).Invoke(null, [mapper]);
        }
    }

    private static void RegisterString<T>(BsonMapper mapper)
        where T : IStoredString<T> =>
        mapper.RegisterType(serialize: value => new BsonValue(value.Stored), deserialize: bson => T.Parse(bson.AsString));

    /// <summary>Types of this assembly stored as one string (<see cref="IStoredString{TSelf}"/>).</summary>
    public static IReadOnlyList<Type> StoredStrings { get; } = typeof(StoredNames).Assembly.GetTypes()
        .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStoredString<>) && i.GenericTypeArguments[0] == t))
        .ToList();

    internal static List<(object Value, string Name)> Read(Type type)
    {
        var pairs = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (Value: f.GetValue(null)!, Name: f.GetCustomAttribute<EnumMemberAttribute>()?.Value))
            .ToList();
        if (pairs.Any(p => string.IsNullOrEmpty(p.Name)) || pairs.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() != pairs.Count)
        {
            throw new InvalidOperationException($"{type.FullName}: every member needs its own [EnumMember(Value = …)] name");
        }

        return pairs.Select(p => (p.Value, p.Name!)).ToList();
    }

    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> Names = Read(typeof(TEnum)).ToFrozenDictionary(p => (TEnum)p.Value, p => p.Name);

        public static readonly FrozenDictionary<string, TEnum> Values = Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
