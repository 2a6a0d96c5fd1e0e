using System.Collections.Concurrent;
using XinfangBot.Core.Delivery;

namespace XinfangBot.Telegram.Polling;

/// <summary>
/// The ids of updates handled (reply recorded in the outbox, or given up), kept by <see cref="DeliveryStore"/> in the
/// same file as the conversations, so an update Telegram delivers again after a crash is not answered twice. A question
/// marks its update inside the transaction that records the question and answer, with the polling offset; every other
/// update is marked when its handling ends. Holds ids and times only, no text.
/// </summary>
internal sealed class UpdateLedger
{
    public const string Channel = "telegram";
    private readonly DeliveryStore _store;

    public UpdateLedger(DeliveryStore store)
    {
        _store = store;

        // The channel's collections exist before the first update is received or handled (see PrepareChannel).
        store.PrepareChannel(Channel);
    }

    private readonly ConcurrentDictionary<int, byte> _committed = new();
    private OffsetTracker? _tracker;
    private long _saved;

    /// <summary>The polling tracker whose offset is persisted with each update (none in webhook mode).</summary>
    public void Track(OffsetTracker tracker) => _tracker = tracker;

    public bool IsDone(int updateId) => _store.IsHandled(Channel, updateId);

    /// <summary>Marks the update inside the caller's transaction (with the offset it allows); call <see cref="Committed"/> after.</summary>
    public void MarkInTransaction(int updateId) => _store.MarkHandled(Channel, updateId, Saving(_tracker?.OffsetWithout(updateId)));

    /// <summary>The transaction that called <see cref="MarkInTransaction"/> committed: <see cref="MarkDone"/> has nothing to write.</summary>
    public void Committed(int updateId) => _committed[updateId] = 0;

    public void MarkDone(int updateId)
    {
        if (!_committed.TryRemove(updateId, out _))
        {
            _store.MarkHandled(Channel, updateId, Saving(_tracker?.OffsetWithout(updateId)));
        }
    }

    /// <summary>
    /// Persists an offset the tracker reached after the updates below it finished, unless one at least as far was written
    /// with an update (the usual case: only when chats finish out of order is a write of its own needed).
    /// </summary>
    public void SaveOffset(int offset)
    {
        if (Saving(offset) is { } next)
        {
            _store.SaveOffset(Channel, next);
        }
    }

    private long? Saving(long? offset)
    {
        if (offset is not { } next)
        {
            return null;
        }

        long saved;
        do
        {
            saved = Interlocked.Read(ref _saved);
            if (next <= saved)
            {
                return null;
            }
        }
        while (Interlocked.CompareExchange(ref _saved, next, saved) != saved);
        return next;
    }

    /// <summary>Records an update that could not be read (id, size, error type) and marks it handled.</summary>
    public void RecordUnreadable(int updateId, int length, string error)
    {
        _store.InTransaction(() =>
        {
            _store.RecordUnreadable(Channel, updateId, length, error);
            MarkDone(updateId);
            return true;
        });
    }

    /// <summary>Forgets ids below <paramref name="offset"/>: Telegram confirmed them and will not send them again.</summary>
    public int PruneBelow(int offset) => _store.PruneBelow(Channel, offset);

    public long? Offset => _store.Offset(Channel);

    /// <summary>Webhook mode (no offset): forgets ids handled before <paramref name="before"/>.</summary>
    public int PruneHandledBefore(DateTime before) => _store.PruneHandledBefore(Channel, before);
}
