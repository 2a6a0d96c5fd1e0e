using System.Runtime.Serialization;

namespace XinfangBot.Core.Conversations;

/// <summary>Why a case's conversation is gone (<see cref="Escalation.DeletedBy"/>); the [EnumMember] names are stored and printed by <c>cases --json</c>.</summary>
public enum DeletionReason
{
    /// <summary>The citizen asked the bot to forget the chat (/forget).</summary>
    [EnumMember(Value = "citizen")]
    Citizen,

    /// <summary>The retention purge removed it.</summary>
    [EnumMember(Value = "retention")]
    Retention,
}
