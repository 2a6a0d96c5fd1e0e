using System.Text.Json.Nodes;

namespace XinfangBot.Telegram.Tests.Support;

/// <summary>A failure or delay the fake Bot API applies to the next matching call(s).</summary>
public sealed class Fault
{
    public required string Method { get; init; }
    public Func<JsonObject, bool>? When { get; init; }
    public int Status { get; init; }
    public string Description { get; init; } = string.Empty;
    public int? RetryAfter { get; init; }
    public TimeSpan Delay { get; init; }
    public int Times { get; set; } = 1;
}
