namespace XinfangBot.Core.Conversations;

/// <summary>What happened to a citizen's 有用/没用 on an answer.</summary>
public enum FeedbackOutcome
{
    /// <summary>Recorded.</summary>
    Recorded,

    /// <summary>This answer was already rated; nothing recorded.</summary>
    Already,

    /// <summary>No answer the bot sent in this conversation has that id (a stale or forged button).</summary>
    NotFound,
}

/// <summary>
/// The one port a channel calls for a message's life: answer it (triage, answer, escalation and recording, with the
/// channel's own bookkeeping in the same transaction), look up what the bot offered, take feedback, forget a
/// conversation, and the small per-chat markers a channel keeps. The store and the engine stay behind it; the
/// channel's ledger and offset join the answer's transaction through <see cref="AnswerAsync"/>'s callback.
/// </summary>
public sealed class ConversationService(ConversationHandler handler, ConversationStore store)
{
    /// <summary>The conversation of a chat, created on first contact (e.g. on /start).</summary>
    public Conversation Start(string channel, string chatId, string? userRef = null) => store.GetOrStart(channel, chatId, userRef);

    /// <summary>
    /// Answers one message (a typed question, a chosen follow-up, a request for a person): de-duplicated by update id,
    /// recorded masked, escalated when needed. <paramref name="alsoRecord"/> runs inside the transaction that records a
    /// fresh question and answer (a channel's outbox item, ledger entry and offset), so all is kept or nothing is.
    /// </summary>
    public Task<HandledMessage> AnswerAsync(IncomingMessage message, Action<HandledMessage>? alsoRecord, CancellationToken cancellationToken) =>
        handler.HandleAsync(message, alsoRecord, cancellationToken);

    /// <summary>The channel showed the reply recorded under <paramref name="replyMessageId"/> (a channel without an outbox
    /// confirms here; a re-delivered update would otherwise resend an undelivered reply).</summary>
    public void Delivered(long replyMessageId) => store.MarkDelivered(replyMessageId);

    /// <summary>The answer the bot sent in this conversation under <paramref name="messageId"/>, or null.</summary>
    public ConversationMessage? SentAnswer(string conversationId, long messageId) =>
        store.GetMessage(messageId) is { Direction: MessageDirection.Out } message && message.ConversationId == conversationId ? message : null;

    /// <summary>The <paramref name="index"/>-th follow-up question offered with an answer of this conversation, or null.</summary>
    public string? OfferedFollowup(string conversationId, long messageId, int index) =>
        SentAnswer(conversationId, messageId)?.Followups.ElementAtOrDefault(index);

    /// <summary>有用/没用 on an answer the bot sent in this conversation, recorded once.</summary>
    public FeedbackOutcome Rate(string conversationId, long messageId, bool useful)
    {
        if (SentAnswer(conversationId, messageId) is null)
        {
            return FeedbackOutcome.NotFound;
        }

        if (store.HasFeedback(conversationId, messageId))
        {
            return FeedbackOutcome.Already;
        }

        store.AddFeedback(conversationId, messageId, useful);
        return FeedbackOutcome.Recorded;
    }

    /// <summary>Deletes the conversation at the citizen's request: what was deleted, or null when there was none.</summary>
    public (int Messages, int Feedback)? Forget(string conversationId) =>
        store.Find(conversationId) is null ? null : store.Forget(conversationId);

    /// <summary>Cases staff still have to see (open or claimed), most urgent first: what a channel announces.</summary>
    public IReadOnlyList<Escalation> ActiveCases() => store.OpenEscalations();

    /// <summary>A per-chat marker a channel keeps (a pending /forget question, a group told once); null when unset.</summary>
    public long? Marker(string key) => store.GetCounter(key);

    public void SetMarker(string key, long value) => store.SetCounter(key, value);
}
