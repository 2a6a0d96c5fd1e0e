using System.Runtime.Serialization;
using XinfangBot.Core.Storage;

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

/// <summary>The stored names of <see cref="ConversationState"/> (<c>conversations.State</c>).</summary>
public static class ConversationStates
{
    public static string Name(this ConversationState value) => StoredNames.Name(value);

    /// <summary>The member named <paramref name="name"/>; an unknown name is a <see cref="FormatException"/>.</summary>
    public static ConversationState Parse(string name) => StoredNames.Parse<ConversationState>(name);

    public static bool TryParse(string? name, out ConversationState value) => StoredNames.TryParse(name, out value);
}
