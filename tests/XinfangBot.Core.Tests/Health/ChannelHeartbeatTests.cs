using XinfangBot.Core.Health;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Health;

public sealed class ChannelHeartbeatTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void AgeSeconds_ChannelNotRunning_IsNull()
    {
        var heartbeat = new ChannelHeartbeat(new FixedClock(Start));

        Assert.Null(heartbeat.AgeSeconds("telegram"));
        Assert.False(heartbeat.EverBeat("telegram"));
    }

    [Fact]
    public void AgeSeconds_StartedButNeverReachedItsService_AgesFromTheStart()
    {
        var clock = new FixedClock(Start);
        var heartbeat = new ChannelHeartbeat(clock);
        heartbeat.Started("telegram");

        clock.Set(Start.AddMinutes(6));

        Assert.Equal(360, heartbeat.AgeSeconds("telegram"));
        Assert.False(heartbeat.EverBeat("telegram"));
    }

    [Fact]
    public void AgeSeconds_AfterABeat_AgesFromTheLastBeat()
    {
        var clock = new FixedClock(Start);
        var heartbeat = new ChannelHeartbeat(clock);
        heartbeat.Started("telegram");
        clock.Set(Start.AddMinutes(10));
        heartbeat.Beat("telegram");

        clock.Set(Start.AddMinutes(10).AddSeconds(42));

        Assert.Equal(42, heartbeat.AgeSeconds("telegram"));
        Assert.True(heartbeat.EverBeat("telegram"));
    }
}
