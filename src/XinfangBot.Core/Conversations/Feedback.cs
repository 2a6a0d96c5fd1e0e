namespace XinfangBot.Core.Conversations;

/// <summary>A citizen's 有用/没用 on one answer.</summary>
public sealed class Feedback
{
    public long Id { get; set; }
    public string ConversationId { get; set; } = string.Empty;
    public long MessageId { get; set; }
    public bool Useful { get; set; }
    public DateTime AtUtc { get; set; }
}
