using System.Runtime.Serialization;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Conversations;

/// <summary>A case's life (CONTRACTS §7): open → claimed → resolved | released; the [EnumMember] names are the contract's strings (also stored).</summary>
public enum EscalationStatus
{
    [EnumMember(Value = "open")]
    Open,

    [EnumMember(Value = "claimed")]
    Claimed,

    [EnumMember(Value = "resolved")]
    Resolved,

    [EnumMember(Value = "released")]
    Released,
}

/// <summary>The states of <see cref="EscalationStatus"/> in their life's order (their CONTRACTS §7 names: <see cref="StoredNames.Name{TEnum}"/>).</summary>
public static class EscalationStatuses
{
    /// <summary>Every state, in the order of a case's life.</summary>
    public static IReadOnlyList<EscalationStatus> All { get; } = Enum.GetValues<EscalationStatus>();

    /// <summary>Open or claimed: the case still needs a person.</summary>
    public static bool IsActive(this EscalationStatus status) => status switch
    {
        EscalationStatus.Open or EscalationStatus.Claimed => true,
        EscalationStatus.Resolved or EscalationStatus.Released => false,
    };
}
