namespace XinfangBot.Core.Conversations;

/// <summary>Who holds a conversation: the bot, nobody yet (waiting for a person), a person, or nobody (closed).</summary>
public static class ConversationState
{
    public const string Bot = "bot";
    public const string WaitingHuman = "waiting-human";
    public const string Human = "human";
    public const string Closed = "closed";
}
