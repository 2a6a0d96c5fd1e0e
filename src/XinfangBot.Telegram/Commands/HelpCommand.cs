using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Commands;

/// <summary><c>/help</c> (and any command the bot does not know): how to use the bot.</summary>
internal sealed class HelpCommand(BotSender sender, TelegramTexts texts) : IChatCommand
{
    public string Name => "help";

    public Task ExecuteAsync(Inbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return sender.SendAsync(inbound.ChatId, Html.Escape(texts.Help), cancellationToken: cancellationToken);
    }
}
