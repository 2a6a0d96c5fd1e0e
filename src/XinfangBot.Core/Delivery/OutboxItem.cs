namespace XinfangBot.Core.Delivery;

/// <summary>
/// A reply waiting to be delivered on a channel: its parts in order (a long reply is split), each marked as the channel
/// accepts it, so a retried reply resumes at the first undelivered part. Deleted once every part is delivered.
/// </summary>
public sealed class OutboxItem
{
    public long Id { get; set; }
    public string Channel { get; set; } = string.Empty;
    public long ChatId { get; set; }

    /// <summary>The recorded outgoing conversation message to mark delivered with the last part, if any.</summary>
    public long? ConversationMessageId { get; set; }

    public List<OutboxPart> Parts { get; set; } = [];
    public DateTime CreatedUtc { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public int Attempts { get; set; }
}
