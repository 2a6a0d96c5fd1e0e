using System.Collections.Concurrent;
using Telegram.Bot.Types;
using XinfangBot.Telegram.Polling;

namespace XinfangBot.Telegram.Tests.Polling;

public sealed class ChatLanesTests
{
    [Fact]
    public async Task Enqueue_TwoChats_EachInOrderBothAtOnce()
    {
        var order = new ConcurrentQueue<(long Chat, int Update)>();
        var running = 0;
        var maxRunning = 0;
        using var cts = new CancellationTokenSource();
        using var lanes = new ChatLanes(4, async (update, ct) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref maxRunning, now);
            await Task.Delay(update.Id % 2 == 0 ? 30 : 5, ct);
            order.Enqueue((update.Message!.Chat.Id, update.Id));
            Interlocked.Decrement(ref running);
        }, cts.Token);

        for (var i = 0; i < 20; i++)
        {
            lanes.Enqueue(i % 2, new Update { Id = i, Message = new Message { Chat = new Chat { Id = i % 2 } } });
        }

        await lanes.WhenIdleAsync();

        Assert.Equal(20, order.Count);
        Assert.Equal(2, maxRunning);
        foreach (var chat in new[] { 0L, 1L })
        {
            var ids = order.Where(o => o.Chat == chat).Select(o => o.Update).ToList();
            Assert.Equal(ids.Order(), ids);
        }
    }

    [Fact]
    public async Task Enqueue_MoreChatsThanSlots_NeverExceedsTheLimit()
    {
        var running = 0;
        var maxRunning = 0;
        using var cts = new CancellationTokenSource();
        using var lanes = new ChatLanes(3, async (update, ct) =>
        {
            InterlockedMax(ref maxRunning, Interlocked.Increment(ref running));
            await Task.Delay(10, ct);
            Interlocked.Decrement(ref running);
        }, cts.Token);

        for (var i = 0; i < 30; i++)
        {
            lanes.Enqueue(i, new Update { Id = i });
        }

        await lanes.WhenIdleAsync();

        Assert.Equal(3, maxRunning);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
