using XinfangBot.Core.Conversations;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Commands;

/// <summary>
/// <c>/forget</c>: asks for confirmation with two buttons; deletion happens on <see cref="CallbackKind.ForgetConfirm"/>,
/// and only on the message this command sent in this chat (its id is kept), so a forged button does nothing.
/// </summary>
internal sealed class ForgetCommand(BotSender sender, TelegramTexts texts, ConversationService conversations) : IChatCommand
{
    public string Name => "forget";

    /// <summary>The state key holding the id of the chat's pending /forget question.</summary>
    public static string PendingKey(string chatKey) => "telegram:forget-ask:" + chatKey;

    public async Task ExecuteAsync(Inbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (!inbound.IsPrivate)
        {
            await sender.SendAsync(inbound.ChatId, Html.Escape(texts.ForgetPrivateOnly), cancellationToken: cancellationToken);
            return;
        }

        var asked = await sender.SendAsync(inbound.ChatId, Html.Escape(texts.ForgetAsk), Keyboards.Forget(texts.Buttons), cancellationToken: cancellationToken);
        conversations.SetMarker(PendingKey(inbound.ChatKey), asked);
    }
}
