namespace XinfangBot.Core.Tests.Support;

/// <summary>A clock that stands still (and can be moved) so dates in answers are reproducible.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("CST", _now.Offset, "China Standard Time", "CST");

    public void Set(DateTimeOffset now) => _now = now;
}
