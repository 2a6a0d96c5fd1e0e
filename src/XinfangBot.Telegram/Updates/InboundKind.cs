namespace XinfangBot.Telegram.Updates;

/// <summary>What an update amounts to for the bot.</summary>
internal enum InboundKind
{
    /// <summary>A text message or an edited text message: a question.</summary>
    Text,

    /// <summary>A slash command (<c>/start</c>, <c>/help</c>, …).</summary>
    Command,

    /// <summary>A sticker, photo, voice note, video, document, location, contact, poll or other non-text content.</summary>
    NonText,

    /// <summary>A press of an inline button.</summary>
    Callback,

    /// <summary>The bot was added to a group.</summary>
    JoinedGroup,

    /// <summary>Nothing to answer: service messages, channel posts, other update types.</summary>
    Ignored,
}
