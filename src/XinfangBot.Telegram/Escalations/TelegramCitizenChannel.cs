using System.Globalization;
using XinfangBot.Core.Escalations;
using XinfangBot.Telegram.Conversations;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Sending;

namespace XinfangBot.Telegram.Escalations;

/// <summary>Lets the case service write to a citizen's Telegram chat (staff replies, case changes) as the bot.</summary>
internal sealed class TelegramCitizenChannel(BotSender sender) : ICitizenChannel
{
    public string Channel => QuestionFlow.Channel;

    public async Task SendAsync(string chatId, string text, CancellationToken cancellationToken)
    {
        var chat = long.Parse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        await sender.SendAsync(chat, Html.Escape(text), cancellationToken: cancellationToken);
    }
}
