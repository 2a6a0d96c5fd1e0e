using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Conversations;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Roadmap;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Commands;

/// <summary><c>/start</c>: welcome, the one-line disclaimer, and the roadmap's domain buttons.</summary>
internal sealed class StartCommand(ConversationService conversations, RuleBook rules, RoadmapTopics roadmap, BotSender sender, TelegramTexts texts) : IChatCommand
{
    public string Name => "start";

    public async Task ExecuteAsync(Inbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        conversations.Start(QuestionFlow.Channel, inbound.ChatKey, inbound.UserId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var html = string.Join("\n\n", Html.Escape(texts.Welcome), Html.Italic(rules.Templates.Disclaimer), Html.Bold(texts.RoadmapTitle));
        await sender.SendAsync(inbound.ChatId, html, roadmap.DomainKeyboard(), cancellationToken: cancellationToken);
    }
}
