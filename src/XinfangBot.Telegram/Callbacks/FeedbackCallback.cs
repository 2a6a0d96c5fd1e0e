using Microsoft.Extensions.Logging;
using XinfangBot.Core.Conversations;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Conversations;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Callbacks;

/// <summary>有用/没用: recorded once per answer, only for an answer the bot sent in this very chat.</summary>
internal sealed partial class FeedbackCallback(ConversationService conversations, BotSender sender, TelegramTexts texts, ILogger<FeedbackCallback> logger) : ICallbackAction
{
    public IReadOnlyCollection<CallbackKind> Kinds { get; } = [CallbackKind.Feedback];

    public async Task ExecuteAsync(Inbound inbound, CallbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(request);
        var conversationId = $"{QuestionFlow.Channel}:{inbound.ChatKey}";
        switch (conversations.Rate(conversationId, request.Number, request.Useful))
        {
            case FeedbackOutcome.NotFound:
                LogRejected(logger, inbound.UpdateId);
                await sender.AnswerCallbackAsync(inbound.CallbackId!, texts.StaleButton, cancellationToken);
                break;
            case FeedbackOutcome.Already:
                await sender.AnswerCallbackAsync(inbound.CallbackId!, texts.FeedbackAlready, cancellationToken);
                break;
            case FeedbackOutcome.Recorded:
                LogFeedback(logger, conversationId, request.Number, request.Useful);
                await sender.AnswerCallbackAsync(inbound.CallbackId!, texts.FeedbackThanks, cancellationToken);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback on answer {Answer} in {Conversation}: useful {Useful}")]
    private static partial void LogFeedback(ILogger logger, string conversation, long answer, bool useful);

    [LoggerMessage(Level = LogLevel.Information, Message = "Update {Update}: feedback for an answer not in this chat; answered as expired")]
    private static partial void LogRejected(ILogger logger, int update);
}
