namespace XinfangBot.Core.Delivery;

/// <summary>One message of an outbox item, in the channel's own format (e.g. Telegram HTML), with its buttons as JSON.</summary>
public sealed class OutboxPart
{
    public string Text { get; set; } = string.Empty;

    /// <summary>The channel's serialized buttons, sent with this part (the last one, usually); null for none.</summary>
    public string? Buttons { get; set; }

    /// <summary>The message this part quotes (the citizen's question), if any.</summary>
    public long? ReplyTo { get; set; }

    public bool Delivered { get; set; }

    /// <summary>The channel's id of the delivered message.</summary>
    public long? SentId { get; set; }
}
