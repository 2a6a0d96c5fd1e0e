using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Knowledge;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Conversations;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Roadmap;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Callbacks;

/// <summary>
/// A follow-up question button: looks the question up where it was offered (the recorded answer of this chat, or the
/// guide) and asks it as if typed, showing it above the answer.
/// </summary>
internal sealed class FollowupCallback(ConversationService conversations, RoadmapTopics roadmap, QuestionFlow questions, BotSender sender, TelegramTexts texts) : ICallbackAction
{
    public IReadOnlyCollection<CallbackKind> Kinds { get; } = [CallbackKind.Followup, CallbackKind.GuideFollowup];

    public async Task ExecuteAsync(Inbound inbound, CallbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(request);
        var question = request.Kind == CallbackKind.Followup ? FromAnswer(inbound, request) : FromGuide(request);
        if (question is null)
        {
            await sender.AnswerCallbackAsync(inbound.CallbackId!, texts.StaleButton, cancellationToken);
            return;
        }

        await sender.AnswerCallbackAsync(inbound.CallbackId!, cancellationToken: cancellationToken);
        var lead = Html.Bold(OfflineComposer.Fill(texts.FollowupQuestion, ("text", question)));
        await questions.AnswerAsync(inbound, question, lead, humanCommand: false, cancellationToken);
    }

    private string? FromAnswer(Inbound inbound, CallbackRequest request) =>
        conversations.OfferedFollowup($"{QuestionFlow.Channel}:{inbound.ChatKey}", request.Number, request.Index);

    private string? FromGuide(CallbackRequest request) =>
        roadmap.Topic(request.Topic!) is KnowledgeEntry entry ? entry.Followups.ElementAtOrDefault(request.Index) : null;
}
