namespace XinfangBot.Telegram.Updates;

/// <summary>
/// An update as the bot's commands see it, translated from Telegram's types at the edge: who, where, what, and the
/// ids needed to reply, quote, edit or acknowledge.
/// </summary>
internal sealed record Inbound
{
    public required int UpdateId { get; init; }
    public required InboundKind Kind { get; init; }
    public long ChatId { get; init; }
    public bool IsPrivate { get; init; }
    public long? UserId { get; init; }

    /// <summary>The message the update is about: the citizen's message, or for a button the bot's message carrying it.</summary>
    public int? MessageId { get; init; }

    /// <summary>When that message was sent (UTC); null when Telegram did not say.</summary>
    public DateTime? MessageDate { get; init; }

    public string? Text { get; init; }

    /// <summary>The command name without slash or <c>@botname</c>, lower case.</summary>
    public string? Command { get; init; }

    public bool Edited { get; init; }
    public string? CallbackId { get; init; }
    public string? CallbackData { get; init; }

    /// <summary>The conversation key of this chat in the store (channel <c>telegram</c>).</summary>
    public string ChatKey => ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
