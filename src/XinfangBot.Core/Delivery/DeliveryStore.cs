using LiteDB;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Delivery;

/// <summary>
/// What a channel adapter needs to answer every update exactly once, in the same LiteDB file as the conversations: the
/// ledger of handled update ids, the polling offset, the outbox of replies not yet delivered, and updates that could not
/// be read. Channels hold no database code of their own; a question, its answer, its outbox item, its ledger entry and
/// the offset are written in one transaction (<see cref="InTransaction{T}"/>, joined by the conversation store).
/// </summary>
public sealed class DeliveryStore
{
    private readonly LiteDbProvider _db;
    private readonly ConversationStore _conversations;
    private readonly TimeProvider _time;

    public DeliveryStore(LiteDbProvider db, ConversationStore conversations, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _conversations = conversations;
        _time = time;
        Outbox.EnsureIndex(i => i.ChatId);
    }

    private ILiteCollection<OutboxItem> Outbox => _db.Database.GetCollection<OutboxItem>("outbox");

    private ILiteCollection<BsonDocument> State => _db.Database.GetCollection("state");

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Creates the channel's collections (handled ids, inbox, unreadable updates, announcements) before any request
    /// reads them. LiteDB can fail a read of a collection that another transaction is creating at that moment ("page
    /// type must be collection page", LiteDB issue 2792), so no collection may be created on first use while updates
    /// are handled in parallel. Each gets an index on "at" (every document has it; pruning the ledger reads it).
    /// </summary>
    public void PrepareChannel(string channel)
    {
        foreach (var name in new[] { $"{channel}_updates", $"{channel}_inbox", $"{channel}_unreadable", $"{channel}_announced" })
        {
            _db.Database.GetCollection(name).EnsureIndex("at");
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction on this thread (joining one already open).</summary>
    public T InTransaction<T>(Func<T> work) => _conversations.InTransaction(work);

    // ----- ledger and offset

    /// <summary>True when the update was handled (its reply is recorded, or it was given up) before.</summary>
    public bool IsHandled(string channel, long updateId) => Ledger(channel).FindById(updateId) is not null;

    /// <summary>
    /// Records the update as handled and, when given, moves the channel's offset forward to <paramref name="offset"/>
    /// (never backwards), in one transaction with whatever the caller's transaction holds.
    /// </summary>
    public void MarkHandled(string channel, long updateId, long? offset = null) => InTransaction(() =>
    {
        Ledger(channel).Upsert(new BsonDocument { ["_id"] = updateId, ["at"] = Now });
        Inbox(channel).Delete(updateId);
        if (offset is { } next)
        {
            SaveOffset(channel, next);
        }

        return true;
    });

    /// <summary>Moves the channel's persisted offset forward to <paramref name="offset"/> (never backwards).</summary>
    public void SaveOffset(string channel, long offset) => InTransaction(() =>
    {
        var key = OffsetKey(channel);
        var current = State.FindById(key)?["value"].AsInt64 ?? 0;
        if (offset > current)
        {
            State.Upsert(new BsonDocument { ["_id"] = key, ["value"] = offset });
        }

        return true;
    });

    /// <summary>The first update not yet handled, as last persisted (null on a fresh database).</summary>
    public long? Offset(string channel) => State.FindById(OffsetKey(channel))?["value"].AsInt64;

    /// <summary>Forgets ledger ids below <paramref name="offset"/>: the channel confirmed them and will not send them again.</summary>
    public int PruneBelow(string channel, long offset) => Ledger(channel).DeleteMany(Query.LT("_id", offset));

    /// <summary>Records an update that could not be read (id, size and error type only, never its content).</summary>
    public void RecordUnreadable(string channel, long updateId, int length, string error) =>
        _db.Database.GetCollection($"{channel}_unreadable").Upsert(new BsonDocument { ["_id"] = updateId, ["at"] = Now, ["length"] = length, ["error"] = error });

    public int UnreadableCount(string channel) => _db.Database.GetCollection($"{channel}_unreadable").Count();

    public static string OffsetKey(string channel) => $"{channel}:offset";

    /// <summary>Forgets ledger ids recorded before <paramref name="before"/> (webhook mode: Telegram stops re-delivering long before).</summary>
    public int PruneHandledBefore(string channel, DateTime before) => Ledger(channel).DeleteMany(Query.LT("at", before));

    // ----- inbox (webhook mode: an update is kept from its arrival until it is handled)

    /// <summary>
    /// Records an update that arrived by webhook, unless it was handled or recorded before (Telegram delivers again when
    /// it did not see our answer). True when it is new. It leaves the inbox in the transaction that marks it handled.
    /// </summary>
    public bool Receive(string channel, long updateId, string payload)
    {
        try
        {
            return InTransaction(() =>
            {
                if (Ledger(channel).FindById(updateId) is not null || Inbox(channel).FindById(updateId) is not null)
                {
                    return false;
                }

                Inbox(channel).Insert(new BsonDocument { ["_id"] = updateId, ["at"] = Now, ["payload"] = payload });
                return true;
            });
        }
        catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            // The same update delivered twice at once: the other request recorded it first (this one rolled back).
            return false;
        }
    }

    /// <summary>Updates received but not yet handled (after a crash or shutdown), oldest first.</summary>
    public IReadOnlyList<(long Id, string Payload)> Received(string channel) =>
        Inbox(channel).FindAll().Select(d => (d["_id"].AsInt64, d["payload"].AsString)).OrderBy(d => d.Item1).ToList();

    public int ReceivedCount(string channel) => Inbox(channel).Count();

    // ----- announcements of cases to staff

    /// <summary>How many alerts of case <paramref name="caseId"/> the channel already told its staff chat about (0: none).</summary>
    public int AnnouncedAlerts(string channel, long caseId)
    {
        var announced = _db.Database.GetCollection($"{channel}_announced").FindById(caseId);
        return announced is null ? 0 : announced["n"].IsNull ? 1 : announced["n"].AsInt32;
    }

    /// <summary>Records that the staff chat was told about alerts 1..<paramref name="alerts"/> of the case.</summary>
    public void MarkAnnounced(string channel, long caseId, int alerts) =>
        _db.Database.GetCollection($"{channel}_announced").Upsert(new BsonDocument { ["_id"] = caseId, ["n"] = alerts, ["at"] = Now });

    // ----- outbox

    /// <summary>Adds a reply to the outbox (due at once) and returns its id.</summary>
    public long Enqueue(OutboxItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.CreatedUtc = Now;
        item.NextAttemptUtc = item.CreatedUtc;
        return Outbox.Insert(item).AsInt64;
    }

    /// <summary>The chat's undelivered replies, oldest first.</summary>
    /// <remarks>
    /// A parameterized expression (parsed once per process): a LINQ predicate capturing <paramref name="chatId"/> was
    /// translated again on every call (expression visitor, closure evaluation), once per update.
    /// </remarks>
    public IReadOnlyList<OutboxItem> Pending(string channel, long chatId) =>
        Outbox.Find(BsonExpression.Create("ChatId = @0", chatId)).Where(i => i.Channel == channel).OrderBy(i => i.Id).ToList();

    /// <summary>Chats with a reply due for another attempt at <paramref name="now"/>.</summary>
    public IReadOnlyList<long> DueChats(string channel, DateTime now) =>
        Outbox.Find(i => i.Channel == channel && i.NextAttemptUtc <= now).Select(i => i.ChatId).Distinct().ToList();

    /// <summary>When the next reply of the channel is due (null when the outbox is empty).</summary>
    public DateTime? NextDue(string channel) =>
        Outbox.Find(i => i.Channel == channel).Select(i => (DateTime?)i.NextAttemptUtc).Min();

    public int PendingCount(string channel) => Outbox.Count(i => i.Channel == channel);

    /// <summary>
    /// Marks one part delivered. With the last part the item is removed and its conversation message marked delivered,
    /// in one transaction. Returns true when the item is complete.
    /// </summary>
    public bool MarkPartDelivered(OutboxItem item, int index, long sentId)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.Parts[index].Delivered = true;
        item.Parts[index].SentId = sentId;
        if (item.Parts.Any(p => !p.Delivered))
        {
            Outbox.Update(item);
            return false;
        }

        // Collections in the order the answer's transaction writes them (messages before outbox), so two transactions
        // never wait for each other's locks.
        return InTransaction(() =>
        {
            if (item.ConversationMessageId is { } messageId)
            {
                _conversations.MarkDelivered(messageId);
            }

            Outbox.Delete(item.Id);
            return true;
        });
    }

    /// <summary>Schedules another attempt after a failure.</summary>
    public void Defer(OutboxItem item, DateTime next)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.Attempts++;
        item.NextAttemptUtc = next;
        Outbox.Update(item);
    }

    /// <summary>Removes a reply the channel refused for good (e.g. the citizen blocked the bot).</summary>
    public void Drop(OutboxItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Outbox.Delete(item.Id);
    }

    private ILiteCollection<BsonDocument> Ledger(string channel) => _db.Database.GetCollection($"{channel}_updates");

    private ILiteCollection<BsonDocument> Inbox(string channel) => _db.Database.GetCollection($"{channel}_inbox");
}
