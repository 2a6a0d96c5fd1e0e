using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Commands;

/// <summary><c>/forget</c>: asks for confirmation with two buttons; deletion happens on <see cref="CallbackKind.ForgetConfirm"/>.</summary>
internal sealed class ForgetCommand(BotSender sender, TelegramTexts texts) : IChatCommand
{
    public string Name => "forget";

    public Task ExecuteAsync(Inbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return inbound.IsPrivate
            ? sender.SendAsync(inbound.ChatId, Html.Escape(texts.ForgetAsk), Keyboards.Forget(texts.Buttons), cancellationToken: cancellationToken)
            : sender.SendAsync(inbound.ChatId, Html.Escape(texts.ForgetPrivateOnly), cancellationToken: cancellationToken);
    }
}
