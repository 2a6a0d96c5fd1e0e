using System.Globalization;
using Microsoft.Extensions.Logging;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Knowledge;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Escalations;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Conversations;

/// <summary>
/// One question through the conversation: typing action, <see cref="ConversationHandler"/> (de-duplication, answer,
/// record, escalation), the answer as Telegram HTML with its buttons, delivery confirmed to the store, and the admin
/// chat told at once of any new escalation. Used for text messages, edits, follow-up buttons and 转人工.
/// </summary>
internal sealed partial class QuestionFlow(
    ConversationHandler handler,
    ConversationStore store,
    KnowledgeService knowledge,
    BotSender sender,
    TelegramTexts texts,
    EscalationAnnouncer announcer,
    CaseService cases,
    ILogger<QuestionFlow> logger)
{
    public const string Channel = "telegram";

    /// <param name="inbound">The update asking.</param>
    /// <param name="text">The question (the message text, or a follow-up chosen by button).</param>
    /// <param name="leadHtml">A line shown above the answer (the chosen follow-up, an edit notice), already HTML.</param>
    /// <param name="humanCommand">The citizen explicitly asked for a person: acknowledge even when already waiting.</param>
    public async Task AnswerAsync(Inbound inbound, string text, string? leadHtml, bool humanCommand, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        await sender.TypingAsync(inbound.ChatId, cancellationToken);
        var userRef = inbound.UserId?.ToString(CultureInfo.InvariantCulture);
        var handled = await handler.HandleAsync(new IncomingMessage(Channel, inbound.ChatKey, text, inbound.UpdateId, userRef), cancellationToken);
        if (handled.Reply is null || handled.ReplyMessageId is not { } replyId)
        {
            if (handled.HeldByHuman && humanCommand)
            {
                await sender.SendAsync(inbound.ChatId, Html.Escape(texts.AlreadyWaiting), replyTo: inbound.MessageId, cancellationToken: cancellationToken);
            }

            LogQuiet(logger, inbound.UpdateId, handled.Duplicate, handled.HeldByHuman);
            return;
        }

        // A fresh answer is rendered from its parts; a redelivered update re-sends the recorded (masked) text.
        var body = handled.Answer is { } answer
            ? AnswerHtml.Render(answer, knowledge.Current, texts.CitationsLabel)
            : Html.Escape(handled.Reply);
        if (leadHtml is not null)
        {
            body = leadHtml + "\n\n" + body;
        }

        var keyboard = Keyboards.ForAnswer(replyId, handled.Followups, handled.Answer?.Mode, texts.Buttons);
        await sender.SendAsync(inbound.ChatId, body, keyboard, inbound.MessageId, cancellationToken);
        store.MarkDelivered(replyId);
        LogDelivered(logger, inbound.UpdateId, handled.ConversationId, replyId, handled.Duplicate);

        if (handled.Escalation is { } escalation)
        {
            await announcer.AnnouncePendingAsync(cancellationToken);
            if (escalation.Alerts == 1 && !handled.Duplicate)
            {
                // A new case: what happens now, roughly when, and that this chat is not a filed 信访事项.
                await cases.TellCitizenAsync(escalation, cases.OpenedNotice(escalation), cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {Update}: nothing to send (duplicate {Duplicate}, held by a person {Held})")]
    private static partial void LogQuiet(ILogger logger, int update, bool duplicate, bool held);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {Update}: answer {Reply} delivered in {Conversation} (re-sent {Resent})")]
    private static partial void LogDelivered(ILogger logger, int update, string conversation, long reply, bool resent);
}
