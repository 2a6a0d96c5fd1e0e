using System.Collections.Concurrent;
using Telegram.Bot.Types;

namespace XinfangBot.Telegram.Polling;

/// <summary>
/// One sequential lane per chat, lanes running in parallel up to a limit: a chat's updates are handled strictly in the
/// order received while different chats proceed side by side. A lane ends when its queue is empty; the caller bounds
/// how many updates are queued in total.
/// </summary>
internal sealed class ChatLanes : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Queue<Update>> _queues = [];
    private readonly ConcurrentDictionary<int, Task> _running = new();
    private readonly SemaphoreSlim _slots;
    private readonly Func<Update, CancellationToken, Task> _process;
    private readonly CancellationToken _cancellationToken;
    private int _laneIds;

    public ChatLanes(int maxConcurrentChats, Func<Update, CancellationToken, Task> process, CancellationToken cancellationToken)
    {
        _slots = new SemaphoreSlim(maxConcurrentChats, maxConcurrentChats);
        _process = process;
        _cancellationToken = cancellationToken;
    }

    public void Enqueue(long chat, Update update)
    {
        lock (_gate)
        {
            if (_queues.TryGetValue(chat, out var queue))
            {
                queue.Enqueue(update);
                return;
            }

            _queues[chat] = new Queue<Update>([update]);
        }

        var id = Interlocked.Increment(ref _laneIds);
        _running[id] = RunLaneAsync(id, chat);
    }

    /// <summary>Waits for every lane to finish (the caller cancels the processing token when its patience ends).</summary>
    public async Task WhenIdleAsync()
    {
        while (true)
        {
            var lanes = _running.ToArray();
            foreach (var (id, task) in lanes.Where(l => l.Value.IsCompleted))
            {
                _running.TryRemove(id, out _);
            }

            var open = lanes.Select(l => l.Value).Where(t => !t.IsCompleted).ToArray();
            if (open.Length == 0)
            {
                return;
            }

            await Task.WhenAll(open);
        }
    }

    private async Task RunLaneAsync(int id, long chat)
    {
        await Task.Yield();
        try
        {
            while (true)
            {
                Update next;
                lock (_gate)
                {
                    var queue = _queues[chat];
                    if (queue.Count == 0 || _cancellationToken.IsCancellationRequested)
                    {
                        // Updates left behind on cancellation stay unfinished and so unconfirmed: Telegram redelivers them.
                        _queues.Remove(chat);
                        return;
                    }

                    next = queue.Peek();
                }

                try
                {
                    await _slots.WaitAsync(_cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    continue;
                }

                try
                {
                    await _process(next, _cancellationToken);
                }
                catch (OperationCanceledException) when (_cancellationToken.IsCancellationRequested)
                {
                    continue;
                }
                finally
                {
                    _slots.Release();
                }

                lock (_gate)
                {
                    _queues[chat].Dequeue();
                }
            }
        }
        finally
        {
            _running.TryRemove(id, out _);
        }
    }

    public void Dispose() => _slots.Dispose();
}
