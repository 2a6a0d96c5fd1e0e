using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Retrieval;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Escalations;
using XinfangBot.Telegram.Polling;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Conversations;

/// <summary>
/// One question through the conversation: <see cref="ConversationService"/> (de-duplication, answer, escalation), and in
/// the same transaction as the question and answer, the reply as Telegram HTML with its buttons in the outbox, the
/// update in the ledger and the polling offset. Then the outbox delivers it, and the admin chat is told at once of any
/// new escalation. "Typing…" is shown only when the answer takes longer than Telegram:TypingAfterMilliseconds (an LLM).
/// Used for text messages, edits, follow-up buttons and 转人工.
/// </summary>
internal sealed partial class QuestionFlow(
    ConversationService conversations,
    KnowledgeService knowledge,
    KnowledgeReadiness readiness,
    BotSender sender,
    ReplyOutbox outbox,
    UpdateLedger ledger,
    TelegramTexts texts,
    EscalationAnnouncer announcer,
    CaseService cases,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<QuestionFlow> logger)
{
    public const string Channel = "telegram";

    /// <summary>Chats already told, during this start's loading, that the answer is coming (one notice per chat).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, byte> _toldPreparing = new();

    /// <param name="inbound">The update asking.</param>
    /// <param name="text">The question (the message text, or a follow-up chosen by button).</param>
    /// <param name="leadHtml">A line shown above the answer (the chosen follow-up, an edit notice), already HTML.</param>
    /// <param name="humanCommand">The citizen explicitly asked for a person: acknowledge even when already waiting.</param>
    public async Task AnswerAsync(Inbound inbound, string text, string? leadHtml, bool humanCommand, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (!readiness.IsReady)
        {
            // A fresh start still loading the knowledge: the citizen hears at once that the answer is coming. The
            // question is answered, recorded and its update acknowledged only once the knowledge is ready, so nothing
            // is lost (a restart meanwhile gets the update again) and nothing is answered without the knowledge.
            if (_toldPreparing.TryAdd(inbound.ChatId, 0))
            {
                await TellPreparingAsync(inbound, cancellationToken);
            }

            await readiness.WaitAsync(cancellationToken);
        }

        var userRef = inbound.UserId?.ToString(CultureInfo.InvariantCulture);
        HandledMessage handled;
        using (var answered = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var typing = TypingUnlessAnsweredAsync(inbound.ChatId, answered.Token, cancellationToken);
            try
            {
                handled = await conversations.AnswerAsync(
                    new IncomingMessage(Channel, inbound.ChatKey, text, inbound.UpdateId, userRef),
                    fresh => Record(inbound, fresh, leadHtml),
                    cancellationToken);
            }
            finally
            {
                await answered.CancelAsync();
                await typing;
            }
        }

        if (!handled.Duplicate)
        {
            ledger.Committed(inbound.UpdateId);
        }

        if (handled.HeldByHuman && cases.ClaimedIn(handled.ConversationId) is { } claimed)
        {
            await announcer.CitizenWroteAsync(claimed, cancellationToken);
        }

        if (handled.HeldByHuman && humanCommand)
        {
            await sender.SendAsync(inbound.ChatId, Html.Escape(texts.AlreadyWaiting), replyTo: inbound.MessageId, cancellationToken: cancellationToken);
        }

        // A fresh reply, or one a redelivered update finds still in the outbox, leaves now (after any earlier reply of
        // this chat that is still waiting).
        var delivered = await outbox.DeliverAsync(inbound.ChatId, cancellationToken);
        LogAnswered(logger, inbound.UpdateId, handled.ConversationId, handled.Reply is not null, delivered, handled.Duplicate, handled.HeldByHuman);

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

    /// <summary>Inside the transaction recording a fresh question and answer: the reply's outbox item and the ledger.</summary>
    private void Record(Inbound inbound, HandledMessage handled, string? leadHtml)
    {
        if (handled is { Answer: { } answer, Reply: not null, ReplyMessageId: { } replyId })
        {
            var body = AnswerHtml.Render(answer, knowledge.Current, texts.CitationsLabel);
            if (leadHtml is not null)
            {
                body = leadHtml + "\n\n" + body;
            }

            var keyboard = Keyboards.ForAnswer(replyId, handled.Followups, answer.Mode, texts.Buttons);
            outbox.Add(ReplyOutbox.Build(inbound.ChatId, body, keyboard, inbound.MessageId, replyId));
        }

        ledger.MarkInTransaction(inbound.UpdateId);
    }

    private async Task TellPreparingAsync(Inbound inbound, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(inbound.ChatId, Html.Escape(texts.Preparing), replyTo: inbound.MessageId, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The notice is a courtesy: the answer still follows when the knowledge is ready.
            LogPreparingFailed(logger, inbound.UpdateId, ex.GetType().Name);
        }
    }

    private async Task TypingUnlessAnsweredAsync(long chatId, CancellationToken answered, CancellationToken cancellationToken)
    {
        try
        {
            var after = options.Value.TypingAfterMilliseconds;
            if (after > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(after), time, answered);
            }

            // Once due, the typing action is sent whole: an answer finishing meanwhile does not cancel the request.
            await sender.TypingAsync(chatId, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Answered in time: no "typing…" needed.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {Update}: the knowledge-loading notice could not be sent ({Error}); the answer follows when ready")]
    private static partial void LogPreparingFailed(ILogger logger, int update, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {Update} in {Conversation}: reply {Replied}, outbox empty {Delivered} (duplicate {Duplicate}, held by a person {Held})")]
    private static partial void LogAnswered(ILogger logger, int update, string conversation, bool replied, bool delivered, bool duplicate, bool held);
}
