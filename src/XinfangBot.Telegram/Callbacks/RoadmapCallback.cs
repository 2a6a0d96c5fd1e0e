using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Roadmap;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Callbacks;

/// <summary>Roadmap navigation: a domain button shows its topics in place; "back" shows the domains again.</summary>
internal sealed class RoadmapCallback(RoadmapTopics roadmap, BotSender sender, TelegramTexts texts) : ICallbackAction
{
    public IReadOnlyCollection<CallbackKind> Kinds { get; } = [CallbackKind.Roadmap, CallbackKind.Domain];

    public async Task ExecuteAsync(Inbound inbound, CallbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(request);
        var view = request.Kind == CallbackKind.Roadmap
            ? (Html.Bold(texts.RoadmapTitle), roadmap.DomainKeyboard())
            : roadmap.Domain(request.Index);
        if (view is not { } shown || inbound.MessageId is not { } messageId)
        {
            await sender.AnswerCallbackAsync(inbound.CallbackId!, texts.StaleButton, cancellationToken);
            return;
        }

        await sender.AnswerCallbackAsync(inbound.CallbackId!, cancellationToken: cancellationToken);
        await sender.EditAsync(inbound.ChatId, messageId, shown.Html, shown.Keyboard, cancellationToken);
    }
}
