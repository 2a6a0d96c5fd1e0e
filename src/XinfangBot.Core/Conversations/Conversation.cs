namespace XinfangBot.Core.Conversations;

/// <summary>A conversation on one channel with one chat (e.g. a Telegram private chat or a terminal session).</summary>
public sealed class Conversation
{
    public string Id { get; set; } = string.Empty;
    public string Channel { get; set; } = string.Empty;
    public string ChatId { get; set; } = string.Empty;
    public string? UserRef { get; set; }
    public DateTime StartedUtc { get; set; }
    public DateTime LastActivityUtc { get; set; }
    public ConversationState State { get; set; } = ConversationState.Bot;
}
