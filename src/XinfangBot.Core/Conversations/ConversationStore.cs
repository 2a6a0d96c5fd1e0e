using LiteDB;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Conversations;

/// <summary>
/// Conversations, messages, feedback and escalations in LiteDB. Text is masked (ID-card, phone, bank card) before it
/// is written. Indexed by chat and by time; a retention purge removes old conversations with everything they hold.
/// </summary>
public sealed class ConversationStore
{
    // A conversation's messages in order (its id, then the message id padded to 19 digits): the last few messages are read
    // from the end of this index, loading only those, instead of loading and sorting every message of the conversation.
    private const string SequenceIndex = "sequence";
    private const string SequenceExpression = "$.ConversationId + '/' + FORMAT($._id, 'D19')";

    /// <summary>Open or claimed cases, by their stored names (a LINQ comparison of an enum would compare its number).</summary>
    private static readonly BsonExpression ActiveQuery = Query.In(nameof(Escalation.Status), EscalationStatuses.All.Where(s => s.IsActive()).Select(s => new BsonValue(s.Name())));
    private readonly LiteDbProvider _db;
    private readonly TimeProvider _time;

    public ConversationStore(LiteDbProvider db, TimeProvider time)
    {
        _db = db;
        _time = time;
        Conversations.EnsureIndex(c => c.ChatId);
        Conversations.EnsureIndex(c => c.LastActivityUtc);
        Messages.EnsureIndex(m => m.ConversationId);
        Messages.EnsureIndex(m => m.AtUtc);
        Messages.EnsureIndex(m => m.UpdateId);
        Messages.EnsureIndex(SequenceIndex, SequenceExpression);
        Feedbacks.EnsureIndex(f => f.ConversationId);
        Escalations.EnsureIndex(e => e.ConversationId);
        Escalations.EnsureIndex(e => e.Status);
    }

    private ILiteCollection<Conversation> Conversations => _db.Database.GetCollection<Conversation>("conversations");
    private ILiteCollection<ConversationMessage> Messages => _db.Database.GetCollection<ConversationMessage>("messages");
    private ILiteCollection<Feedback> Feedbacks => _db.Database.GetCollection<Feedback>("feedback");
    private ILiteCollection<Escalation> Escalations => _db.Database.GetCollection<Escalation>("escalations");

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    /// <summary>The open conversation of a chat on a channel, created on first contact.</summary>
    public Conversation GetOrStart(string channel, string chatId, string? userRef = null)
    {
        var id = $"{channel}:{chatId}";
        var conversation = Conversations.FindById(id);
        if (conversation is null)
        {
            conversation = new Conversation { Id = id, Channel = channel, ChatId = chatId, UserRef = userRef, StartedUtc = Now, LastActivityUtc = Now };
            Conversations.Insert(conversation);
        }

        return conversation;
    }

    public Conversation? Find(string conversationId) => Conversations.FindById(conversationId);

    public void SetState(string conversationId, ConversationState state)
    {
        var conversation = Conversations.FindById(conversationId);
        if (conversation is not null)
        {
            conversation.State = state;
            conversation.LastActivityUtc = Now;
            Conversations.Update(conversation);
        }
    }

    /// <summary>Records a message (masking its text first) and returns its id.</summary>
    /// <param name="message">The message.</param>
    /// <param name="touch">
    /// False when another message of the conversation is recorded next in the same transaction (which moves the
    /// conversation's last activity), so the conversation is not read and rewritten twice.
    /// </param>
    public long Record(ConversationMessage message, bool touch = true)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Text = PiiMasker.Mask(message.Text);
        message.AtUtc = Now;
        var id = Messages.Insert(message).AsInt64;
        if (!touch)
        {
            return id;
        }

        var conversation = Conversations.FindById(message.ConversationId);
        if (conversation is not null)
        {
            conversation.LastActivityUtc = message.AtUtc;
            Conversations.Update(conversation);
        }

        return id;
    }

    public ConversationMessage? GetMessage(long id) => Messages.FindById(id);

    /// <summary>The last <paramref name="count"/> messages of a conversation, oldest first.</summary>
    public IReadOnlyList<ConversationMessage> Recent(string conversationId, int count)
    {
        // The key range holds exactly this conversation's messages (ids hold no '/'); each is still checked, and should a
        // key of another conversation ever fall inside, the plain query below answers instead.
        var last = Messages.Query()
            .Where(BsonExpression.Create($"{SequenceExpression} BETWEEN @0 AND @1", conversationId + "/" + new string('0', 19), conversationId + "/" + new string('9', 19)))
            .OrderByDescending(BsonExpression.Create(SequenceExpression))
            .Limit(count)
            .ToList();
        if (last.Any(m => m.ConversationId != conversationId))
        {
            last = Messages.Query().Where(m => m.ConversationId == conversationId).OrderByDescending(m => m.Id).Limit(count).ToList();
        }

        last.Reverse();
        return last;
    }

    public bool HasUpdate(string conversationId, long updateId) =>
        Messages.Exists(BsonExpression.Create("UpdateId = @0 AND ConversationId = @1", updateId, conversationId));

    /// <summary>The reply recorded for an update, if any.</summary>
    public ConversationMessage? ReplyTo(string conversationId, long updateId) =>
        Messages.FindOne(BsonExpression.Create("UpdateId = @0 AND ConversationId = @1 AND Direction = 'out'", updateId, conversationId));

    public void MarkDelivered(long messageId) =>
        // One update in the engine (which extends the stored message with the field), without mapping the whole message
        // (its answer, citations, follow-ups) in and out.
        Messages.UpdateMany(BsonExpression.Create("{ Delivered: true }"), BsonExpression.Create("_id = @0 AND Delivered != true", messageId));

    /// <summary>True when the citizen already rated this answer (a double tap on 有用/没用 is recorded once).</summary>
    public bool HasFeedback(string conversationId, long messageId) =>
        Feedbacks.Exists(f => f.ConversationId == conversationId && f.MessageId == messageId);

    public void AddFeedback(string conversationId, long messageId, bool useful) =>
        Feedbacks.Insert(new Feedback { ConversationId = conversationId, MessageId = messageId, Useful = useful, AtUtc = Now });

    /// <summary>
    /// Opens a case for the conversation, or, when one is still open or claimed there, raises it: a more urgent kind
    /// replaces the kind, and staff are alerted again (<see cref="Escalation.Alerts"/>).
    /// </summary>
    public Escalation Escalate(string conversationId, EscalationKind kind, string? note = null)
    {
        var active = Escalations.Find(e => e.ConversationId == conversationId).Where(e => e.IsActive)
            .OrderBy(e => e.Id).FirstOrDefault();
        if (active is not null)
        {
            if (Escalation.PriorityOf(kind) < active.Priority)
            {
                active.Kind = kind;
                active.Priority = Escalation.PriorityOf(kind);
            }

            active.Alerts++;
            Escalations.Update(active);
            return active;
        }

        var escalation = new Escalation
        {
            ConversationId = conversationId,
            Kind = kind,
            Priority = Escalation.PriorityOf(kind),
            CreatedUtc = Now,
            Notes = note is null ? [] : [PiiMasker.Mask(note)],
        };
        escalation.Id = Escalations.Insert(escalation).AsInt64;
        return escalation;
    }

    /// <summary>Open and claimed cases, most urgent first.</summary>
    public IReadOnlyList<Escalation> OpenEscalations() =>
        Escalations.Find(ActiveQuery)
            .OrderBy(e => e.Priority).ThenBy(e => e.CreatedUtc).ToList();

    public IReadOnlyList<Escalation> EscalationsOf(string conversationId) =>
        Escalations.Find(e => e.ConversationId == conversationId).ToList();

    public IReadOnlyList<Escalation> AllEscalations() => Escalations.FindAll().ToList();

    public Escalation? GetEscalation(long id) => Escalations.FindById(id);

    public void UpdateEscalation(Escalation escalation) => Escalations.Update(escalation);

    /// <summary>
    /// Deletes a conversation with its messages and feedback (/forget, or <paramref name="reason"/> <c>retention</c>).
    /// Its cases stay with kind, times and staff notes only: the link to the chat is removed and they are marked deleted.
    /// </summary>
    public (int Messages, int Feedback) Forget(string conversationId, DeletionReason reason = DeletionReason.Citizen)
    {
        var database = _db.Database;
        var own = database.BeginTrans();
        var messages = Messages.DeleteMany(m => m.ConversationId == conversationId);
        var feedback = Feedbacks.DeleteMany(f => f.ConversationId == conversationId);
        foreach (var escalation in Escalations.Find(e => e.ConversationId == conversationId).ToList())
        {
            escalation.ConversationId = string.Empty;
            escalation.DeletedBy = reason;
            escalation.DeletedUtc = Now;
            Escalations.Update(escalation);
        }

        Conversations.Delete(conversationId);
        if (own)
        {
            database.Commit();
        }

        return (messages, feedback);
    }

    /// <summary>Removes conversations with no activity for <paramref name="days"/> days; returns how many.</summary>
    public int Purge(int days)
    {
        if (days <= 0)
        {
            return 0;
        }

        var cutoff = Now.AddDays(-days);
        var old = Conversations.Find(c => c.LastActivityUtc < cutoff).Select(c => c.Id).ToList();
        foreach (var id in old)
        {
            Forget(id, DeletionReason.Retention);
        }

        return old.Count;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one LiteDB transaction on this thread, so a crash leaves all of its writes or none
    /// (e.g. a question recorded without its answer). Joins a transaction already open on this thread.
    /// </summary>
    public T InTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var database = _db.Database;
        if (!database.BeginTrans())
        {
            return work();
        }

        try
        {
            var result = work();
            database.Commit();
            return result;
        }
        catch
        {
            database.Rollback();
            throw;
        }
    }

    /// <summary>Small key/value state (e.g. the Telegram update offset) kept in the same file.</summary>
    public long? GetCounter(string key) => _db.Database.GetCollection("state").FindById(key)?["value"].AsInt64;

    public void SetCounter(string key, long value) =>
        _db.Database.GetCollection("state").Upsert(new BsonDocument { ["_id"] = key, ["value"] = value });
}
