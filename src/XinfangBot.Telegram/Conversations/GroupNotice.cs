using System.Globalization;
using XinfangBot.Core.Conversations;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Sending;

namespace XinfangBot.Telegram.Conversations;

/// <summary>In a group (unless Telegram:AnswerInGroups), tells the group once that the bot answers in private chats only.</summary>
internal sealed class GroupNotice(ConversationService conversations, BotSender sender, TelegramTexts texts)
{
    public async Task NotifyOnceAsync(long chatId, CancellationToken cancellationToken)
    {
        var key = "telegram:group-notice:" + chatId.ToString(CultureInfo.InvariantCulture);
        if (conversations.Marker(key) is not null)
        {
            return;
        }

        await sender.SendAsync(chatId, Html.Escape(texts.GroupNotice), cancellationToken: cancellationToken);
        conversations.SetMarker(key, 1);
    }
}
