using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Roadmap;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Commands;

/// <summary><c>/topics</c>: the roadmap (路线图) on its own.</summary>
internal sealed class TopicsCommand(RoadmapTopics roadmap, BotSender sender, TelegramTexts texts) : IChatCommand
{
    public string Name => "topics";

    public Task ExecuteAsync(Inbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return sender.SendAsync(inbound.ChatId, Html.Bold(texts.RoadmapTitle), roadmap.DomainKeyboard(), cancellationToken: cancellationToken);
    }
}
