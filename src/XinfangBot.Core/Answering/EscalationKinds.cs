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

/// <summary>The kinds of <see cref="EscalationKind"/> in order (their CONTRACTS §3 names: <see cref="StoredNames.Name{TEnum}"/>).</summary>
public static class EscalationKinds
{
    /// <summary>Every kind, most urgent first.</summary>
    public static IReadOnlyList<EscalationKind> All { get; } = Enum.GetValues<EscalationKind>();
}
