using System.Text.Json.Nodes;

namespace XinfangBot.Telegram.Tests.Support;

/// <summary>One Bot API call the fake received: method, JSON body, when, and the HTTP status it answered.</summary>
public sealed record ApiCall(string Method, JsonObject Body, DateTimeOffset At, int Status)
{
    public bool Ok => Status == 200;

    public long ChatId => Body["chat_id"] is { } id ? long.Parse(id.ToString(), System.Globalization.CultureInfo.InvariantCulture) : 0;

    public string Text => Body["text"]?.GetValue<string>() ?? string.Empty;

    public string? ParseMode => Body["parse_mode"]?.GetValue<string>();

    public int? ReplyTo => Body["reply_parameters"]?["message_id"]?.GetValue<int>();

    /// <summary>The callback data of every inline button, row by row.</summary>
    public IReadOnlyList<(string Text, string Data)> Buttons =>
        Body["reply_markup"]?["inline_keyboard"]?.AsArray()
            .SelectMany(row => row!.AsArray())
            .Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]!.GetValue<string>()))
            .ToList() ?? [];
}
