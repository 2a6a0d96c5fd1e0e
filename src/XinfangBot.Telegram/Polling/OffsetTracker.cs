namespace XinfangBot.Telegram.Polling;

/// <summary>
/// Which updates are in flight, and so the offset that may be confirmed to Telegram and persisted: the lowest update
/// not yet finished (updates of other chats may finish earlier), or one past the highest seen when none is pending.
/// </summary>
internal sealed class OffsetTracker(int start)
{
    private readonly Lock _gate = new();
    private readonly SortedSet<int> _pending = [];
    private int _next = start;
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The offset for getUpdates: every update below it is finished.</summary>
    public int Offset
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count > 0 ? _pending.Min : _next;
            }
        }
    }

    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Starts tracking an update; false when it was seen already (Telegram re-sends unconfirmed updates).</summary>
    public bool TryBegin(int updateId)
    {
        lock (_gate)
        {
            if (updateId < _next)
            {
                return false;
            }

            _pending.Add(updateId);
            _next = updateId + 1;
            return true;
        }
    }

    /// <summary>The offset that will be safe to confirm once <paramref name="updateId"/> finishes (the others unchanged).</summary>
    public int OffsetWithout(int updateId)
    {
        lock (_gate)
        {
            foreach (var pending in _pending)
            {
                if (pending != updateId)
                {
                    return pending;
                }
            }

            return _next;
        }
    }

    /// <summary>Marks an update finished and returns the offset now safe to confirm.</summary>
    public int Complete(int updateId)
    {
        TaskCompletionSource progress;
        int offset;
        lock (_gate)
        {
            _pending.Remove(updateId);
            offset = _pending.Count > 0 ? _pending.Min : _next;
            progress = _progress;
            _progress = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        progress.TrySetResult();
        return offset;
    }

    /// <summary>Waits until some update finishes, at most <paramref name="timeout"/>.</summary>
    public async Task WaitForProgressAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        Task progress;
        lock (_gate)
        {
            progress = _progress.Task;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, timer.Token);
        await Task.WhenAny(progress, delay);
        await timer.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
