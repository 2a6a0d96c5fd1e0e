using System.Runtime.Serialization;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Answering;

/// <summary>The escalation kinds of CONTRACTS §3, most urgent first; the [EnumMember] names are the contract's strings (also stored).</summary>
public enum EscalationKind
{
    [EnumMember(Value = "crisis")]
    Crisis,

    [EnumMember(Value = "threat")]
    Threat,

    [EnumMember(Value = "human-request")]
    HumanRequest,

    [EnumMember(Value = "unresolved")]
    Unresolved,
}

/// <summary>The CONTRACTS §3 names of <see cref="EscalationKind"/>.</summary>
public static class EscalationKinds
{
    public static string Name(this EscalationKind value) => StoredNames.Name(value);

    /// <summary>The member named <paramref name="name"/>; an unknown name is a <see cref="FormatException"/>.</summary>
    public static EscalationKind Parse(string name) => StoredNames.Parse<EscalationKind>(name);

    public static bool TryParse(string? name, out EscalationKind value) => StoredNames.TryParse(name, out value);

    /// <summary>Every kind, most urgent first.</summary>
    public static IReadOnlyList<EscalationKind> All { get; } = Enum.GetValues<EscalationKind>();
}
