using System.Collections.Concurrent;

namespace XinfangBot.Core.Health;

/// <summary>When each channel last heard from its service (e.g. the last finished Telegram getUpdates), for /healthz.</summary>
public sealed class ChannelHeartbeat(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTime> _last = new(StringComparer.Ordinal);

    public void Beat(string channel) => _last[channel] = time.GetUtcNow().UtcDateTime;

    /// <summary>Seconds since the channel's last beat, or null when it never beat (not running).</summary>
    public double? AgeSeconds(string channel) =>
        _last.TryGetValue(channel, out var at) ? Math.Max(0, (time.GetUtcNow().UtcDateTime - at).TotalSeconds) : null;
}
