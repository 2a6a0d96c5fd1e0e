using LiteDB;
using XinfangBot.Core.Storage;

namespace XinfangBot.Telegram.Polling;

/// <summary>
/// The ids of updates fully handled (reply delivered), in the same LiteDB file as the conversations, so an update
/// Telegram delivers again after a crash is not answered twice. Holds ids and times only, no text; ids below the offset
/// Telegram has confirmed can never come back and are pruned.
/// </summary>
internal sealed class UpdateLedger
{
    private readonly ILiteCollection<BsonDocument> _handled;
    private readonly TimeProvider _time;

    public UpdateLedger(LiteDbProvider db, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(db);
        _handled = db.Database.GetCollection("telegram_updates");
        _time = time;
    }

    public bool IsDone(int updateId) => _handled.FindById(updateId) is not null;

    public void MarkDone(int updateId) =>
        _handled.Upsert(new BsonDocument { ["_id"] = updateId, ["at"] = _time.GetUtcNow().UtcDateTime });

    /// <summary>Forgets ids below <paramref name="offset"/>: Telegram confirmed them and will not send them again.</summary>
    public int PruneBelow(int offset) => _handled.DeleteMany(Query.LT("_id", offset));
}
