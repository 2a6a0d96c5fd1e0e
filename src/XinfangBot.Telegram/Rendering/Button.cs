namespace XinfangBot.Telegram.Rendering;

/// <summary>An inline button: its label and the callback data it sends (at most 64 bytes).</summary>
internal sealed record Button(string Text, string Data);
