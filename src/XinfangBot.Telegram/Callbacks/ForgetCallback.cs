using System.Globalization;
using Microsoft.Extensions.Logging;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Conversations;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Callbacks;

/// <summary>
/// The /forget confirmation: deletes this chat's conversation, messages and feedback and says what was deleted, or
/// cancels. A confirmation button older than <see cref="MaxAge"/> or from a group is treated as expired.
/// </summary>
internal sealed partial class ForgetCallback(ConversationService conversations, BotSender sender, TelegramTexts texts, TimeProvider time, ILogger<ForgetCallback> logger) : ICallbackAction
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    public IReadOnlyCollection<CallbackKind> Kinds { get; } = [CallbackKind.ForgetConfirm, CallbackKind.ForgetCancel];

    public async Task ExecuteAsync(Inbound inbound, CallbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(request);
        var age = time.GetUtcNow().UtcDateTime - (inbound.MessageDate ?? DateTime.MinValue);
        // Bound to the message and chat it was sent with: only the pending /forget question of this very chat counts.
        var pendingKey = Commands.ForgetCommand.PendingKey(inbound.ChatKey);
        if (!inbound.IsPrivate || inbound.MessageId is not { } messageId || age > MaxAge || conversations.Marker(pendingKey) != messageId)
        {
            LogUnbound(logger, inbound.UpdateId);
            await sender.AnswerCallbackAsync(inbound.CallbackId!, texts.StaleButton, cancellationToken);
            return;
        }

        conversations.SetMarker(pendingKey, 0);
        string reply;
        if (request.Kind == CallbackKind.ForgetCancel)
        {
            reply = texts.ForgetCancelled;
        }
        else
        {
            var conversationId = $"{QuestionFlow.Channel}:{inbound.ChatKey}";
            if (conversations.Forget(conversationId) is not { } forgotten)
            {
                reply = texts.ForgetNothing;
            }
            else
            {
                LogForgotten(logger, conversationId, forgotten.Messages, forgotten.Feedback);
                reply = OfflineComposer.Fill(
                    texts.ForgetDone,
                    ("conversations", "1"),
                    ("messages", forgotten.Messages.ToString(CultureInfo.InvariantCulture)),
                    ("feedback", forgotten.Feedback.ToString(CultureInfo.InvariantCulture)));
            }
        }

        await sender.AnswerCallbackAsync(inbound.CallbackId!, cancellationToken: cancellationToken);
        await sender.EditAsync(inbound.ChatId, messageId, Html.Escape(reply), cancellationToken: cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Update {Update}: a /forget button not on this chat's pending question; answered as expired")]
    private static partial void LogUnbound(ILogger logger, int update);

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot {Conversation} at the citizen's request: {Messages} messages, {Feedback} feedback")]
    private static partial void LogForgotten(ILogger logger, string conversation, int messages, int feedback);
}
