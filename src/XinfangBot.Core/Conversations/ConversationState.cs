using System.Runtime.Serialization;

namespace XinfangBot.Core.Conversations;

/// <summary>Who holds a conversation: the bot, nobody yet (waiting for a person), a person, or nobody (closed).</summary>
public enum ConversationState
{
    [EnumMember(Value = "bot")]
    Bot,

    [EnumMember(Value = "waiting-human")]
    WaitingHuman,

    [EnumMember(Value = "human")]
    Human,

    [EnumMember(Value = "closed")]
    Closed,
}
