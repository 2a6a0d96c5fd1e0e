using XinfangBot.Telegram.Polling;

namespace XinfangBot.Telegram.Tests.Polling;

public sealed class OffsetTrackerTests
{
    [Fact]
    public void Complete_LaterUpdatesFinishFirst_OffsetStaysAtTheLowestUnfinished()
    {
        var tracker = new OffsetTracker(100);
        Assert.True(tracker.TryBegin(100));
        Assert.True(tracker.TryBegin(101));
        Assert.True(tracker.TryBegin(102));

        Assert.Equal(100, tracker.Complete(102));
        Assert.Equal(100, tracker.Complete(101));
        Assert.Equal(103, tracker.Complete(100));
        Assert.Equal(103, tracker.Offset);
    }

    [Fact]
    public void TryBegin_UpdateSeenBefore_IsRefused()
    {
        var tracker = new OffsetTracker(0);
        Assert.True(tracker.TryBegin(7));

        Assert.False(tracker.TryBegin(7));
        Assert.False(tracker.TryBegin(5));
        Assert.Equal(7, tracker.Offset);
    }

    [Fact]
    public async Task WaitForProgress_CompletionArrives_ReturnsBeforeTheTimeout()
    {
        var tracker = new OffsetTracker(0);
        tracker.TryBegin(1);
        var started = DateTime.UtcNow;

        var wait = tracker.WaitForProgressAsync(TimeSpan.FromSeconds(10), TimeProvider.System, CancellationToken.None);
        tracker.Complete(1);
        await wait;

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }
}
