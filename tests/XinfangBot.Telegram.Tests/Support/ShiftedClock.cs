namespace XinfangBot.Telegram.Tests.Support;

/// <summary>The system clock moved by a fixed amount (e.g. half a year later, for retention).</summary>
public sealed class ShiftedClock(TimeSpan shift) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
}
