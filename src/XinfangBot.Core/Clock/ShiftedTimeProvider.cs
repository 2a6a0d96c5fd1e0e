namespace XinfangBot.Core.Clock;

/// <summary>
/// A clock set to a given instant at start-up that then runs at the normal pace; timers and timestamps stay the
/// system's, so polling, timeouts and retries behave as usual while "today" is the configured day.
/// </summary>
internal sealed class ShiftedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + System.GetElapsedTime(_started);

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}
