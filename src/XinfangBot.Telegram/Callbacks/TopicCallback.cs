using XinfangBot.Core.Answering;
using XinfangBot.Core.Retrieval;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Roadmap;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Callbacks;

/// <summary>A roadmap topic: sends the channel guide (导引图) or FAQ with its follow-up questions as buttons.</summary>
internal sealed class TopicCallback(RoadmapTopics roadmap, KnowledgeService knowledge, RuleBook rules, BotSender sender, TelegramTexts texts) : ICallbackAction
{
    public IReadOnlyCollection<CallbackKind> Kinds { get; } = [CallbackKind.Topic];

    public async Task ExecuteAsync(Inbound inbound, CallbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(request);
        if (roadmap.Topic(request.Topic!) is not { } entry)
        {
            await sender.AnswerCallbackAsync(inbound.CallbackId!, texts.StaleButton, cancellationToken);
            return;
        }

        await sender.AnswerCallbackAsync(inbound.CallbackId!, cancellationToken: cancellationToken);
        var html = GuideHtml.Render(entry, knowledge.Current, rules.Templates.Heading("basis"), texts.CitationsLabel, texts.GuideAsk);
        await sender.SendAsync(inbound.ChatId, html, Keyboards.ForGuide(entry, texts.Buttons), cancellationToken: cancellationToken);
    }
}
