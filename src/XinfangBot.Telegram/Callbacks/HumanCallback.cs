using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Conversations;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Callbacks;

/// <summary>The 转人工 button: the same as <c>/human</c>.</summary>
internal sealed class HumanCallback(QuestionFlow questions, BotSender sender, TelegramTexts texts) : ICallbackAction
{
    public IReadOnlyCollection<CallbackKind> Kinds { get; } = [CallbackKind.Human];

    public async Task ExecuteAsync(Inbound inbound, CallbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        await sender.AnswerCallbackAsync(inbound.CallbackId!, cancellationToken: cancellationToken);
        await questions.AnswerAsync(inbound, texts.HumanRequestText, leadHtml: null, humanCommand: true, cancellationToken);
    }
}
