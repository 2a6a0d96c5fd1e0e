using XinfangBot.Core.Answering;

namespace XinfangBot.Core.Conversations;

/// <summary>
/// The outcome of one incoming message. <see cref="Reply"/> is what to send (null when a person holds the chat or the
/// update was already answered and delivered); <see cref="ReplyMessageId"/> is the recorded outgoing message to mark
/// delivered once the channel confirms it.
/// </summary>
public sealed record HandledMessage(
    string ConversationId,
    Answer? Answer,
    string? Reply,
    long? ReplyMessageId,
    Escalation? Escalation,
    bool Duplicate,
    bool HeldByHuman,
    IReadOnlyList<string> Followups);
