using System.Collections.Concurrent;

namespace XinfangBot.Core.Health;

/// <summary>When each channel last heard from its service (e.g. the last finished Telegram getUpdates), for /healthz.</summary>
public sealed class ChannelHeartbeat(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTime> _last = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTime> _started = new(StringComparer.Ordinal);

    public void Beat(string channel) => _last[channel] = time.GetUtcNow().UtcDateTime;

    /// <summary>
    /// The channel's worker has started: from now on a channel that never reaches its service ages like one that stopped
    /// hearing from it (a wrong proxy or a blocked network at start shows as degraded, not as healthy for ever).
    /// </summary>
    public void Started(string channel) => _started.TryAdd(channel, time.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Seconds since the channel's last beat; since its worker started when it never beat; null when it is not running.
    /// </summary>
    public double? AgeSeconds(string channel) =>
        _last.TryGetValue(channel, out var at) || _started.TryGetValue(channel, out at)
            ? Math.Max(0, (time.GetUtcNow().UtcDateTime - at).TotalSeconds)
            : null;

    /// <summary>Whether the channel has heard from its service at least once since the program started.</summary>
    public bool EverBeat(string channel) => _last.ContainsKey(channel);
}
