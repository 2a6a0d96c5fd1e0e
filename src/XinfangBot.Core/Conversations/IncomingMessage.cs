namespace XinfangBot.Core.Conversations;

/// <summary>A citizen's text message as a channel adapter hands it over (Telegram types stay in the adapter).</summary>
public sealed record IncomingMessage(string Channel, string ChatId, string Text, long? UpdateId = null, string? UserRef = null);
