using System.Diagnostics;
using Microsoft.Extensions.Logging;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Conversations;

/// <summary>
/// Runs one incoming message through a conversation: de-duplicates by update id, answers with the engine using the
/// recent turns, records both sides (masked), opens escalations, and keeps quiet while a person holds the chat
/// (crisis help excepted). Message text is never logged.
/// </summary>
public sealed partial class ConversationHandler(AnswerEngine engine, ConversationStore store, ILogger<ConversationHandler> logger)
{
    private const int HistoryTurns = 6;

    public HandledMessage Handle(IncomingMessage message) =>
        HandleAsync(message, CancellationToken.None).GetAwaiter().GetResult();

    public Task<HandledMessage> HandleAsync(IncomingMessage message, CancellationToken cancellationToken) =>
        HandleAsync(message, null, cancellationToken);

    /// <param name="message">The message.</param>
    /// <param name="alsoRecord">
    /// Runs inside the transaction that records a fresh question and its answer, so a channel can add its own records
    /// (e.g. the reply's outbox item, the update ledger and offset) to the same commit.
    /// </param>
    /// <param name="cancellationToken">Cancels the answer.</param>
    public async Task<HandledMessage> HandleAsync(IncomingMessage message, Action<HandledMessage>? alsoRecord, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var conversation = store.GetOrStart(message.Channel, message.ChatId, message.UserRef);
        if (message.UpdateId is { } updateId && store.HasUpdate(conversation.Id, updateId))
        {
            var previous = store.ReplyTo(conversation.Id, updateId);
            var resend = previous is { Delivered: false };
            return new HandledMessage(conversation.Id, null, resend ? previous!.Text : null, resend ? previous!.Id : null, null, true, false, resend ? previous!.Followups : []);
        }

        // The engine reads the citizen's and its own turns; case notices and staff replies are not its answers.
        var history = store.Recent(conversation.Id, HistoryTurns)
            .Where(m => m.Author.Role is AuthorRole.User or AuthorRole.Bot)
            .Select(m => new Turn(m.Direction == MessageDirection.In ? Turn.UserRole : Turn.BotRole, m.Text))
            .ToList();
        var started = Stopwatch.GetTimestamp();
        var answer = await engine.AnswerAsync(new Question(message.Text, history), cancellationToken).ConfigureAwait(false);
        var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        // The question, the answer and any escalation are written together: a crash never leaves a question recorded
        // without its answer (which would make a redelivered update look handled) or an answer without its case.
        return store.InTransaction(() =>
        {
            var handled = Record(message, conversation, answer, latency);
            alsoRecord?.Invoke(handled);
            return handled;
        });
    }

    private HandledMessage Record(IncomingMessage message, Conversation conversation, Answer answer, double latency)
    {
        var heldByHuman = conversation.State is ConversationState.Human or ConversationState.WaitingHuman;
        var replies = !heldByHuman || answer.Escalation == EscalationKind.Crisis;
        store.Record(new ConversationMessage { ConversationId = conversation.Id, Direction = MessageDirection.In, Author = MessageAuthor.User, Text = message.Text, UpdateId = message.UpdateId }, touch: !replies);
        if (heldByHuman && answer.Escalation == EscalationKind.Threat)
        {
            // A threat in a chat a person holds: the bot stays quiet there, but the reviewers are alerted again.
            var realert = store.Escalate(conversation.Id, EscalationKind.Threat);
            LogEscalated(logger, conversation.Id, EscalationKind.Threat.Name(), realert.Id);
            return new HandledMessage(conversation.Id, answer, null, null, realert, false, true, []);
        }

        if (heldByHuman && answer.Escalation != EscalationKind.Crisis)
        {
            LogHeld(logger, conversation.Id, message.Text.Length);
            return new HandledMessage(conversation.Id, answer, null, null, null, false, true, []);
        }

        var replyId = store.Record(new ConversationMessage
        {
            ConversationId = conversation.Id,
            Direction = MessageDirection.Out,
            Author = MessageAuthor.Bot,
            Text = answer.Text,
            UpdateId = message.UpdateId,
            Citations = answer.Citations.ToList(),
            Channels = answer.Channels.ToList(),
            Escalation = answer.Escalation,
            TopicId = answer.TopicId,
            LatencyMs = latency,
            Followups = answer.Followups.ToList(),
            Mode = answer.Mode,
            Confidence = answer.Confidence,
            OutOfScope = answer.OutOfScope,
        });

        Escalation? escalation = null;
        if (answer.Escalation is { } kind)
        {
            escalation = store.Escalate(conversation.Id, kind);
            if (kind is EscalationKind.HumanRequest or EscalationKind.Unresolved)
            {
                store.SetState(conversation.Id, ConversationState.WaitingHuman);
            }

            LogEscalated(logger, conversation.Id, kind.Name(), escalation.Id);
        }

        LogAnswered(logger, conversation.Id, message.Text.Length, answer.TopicId, string.Join(',', answer.Channels), latency);
        return new HandledMessage(conversation.Id, answer, answer.Text, replyId, escalation, false, false, answer.Followups);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered {Conversation}: {Length} chars in, topic {Topic}, channels {Channels}, {LatencyMs:F1} ms")]
    private static partial void LogAnswered(ILogger logger, string conversation, int length, string? topic, string channels, double latencyMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Escalated {Conversation}: {Kind} (case {Case})")]
    private static partial void LogEscalated(ILogger logger, string conversation, string kind, long @case);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {Conversation} is held by a person; recorded {Length} chars without answering")]
    private static partial void LogHeld(ILogger logger, string conversation, int length);
}
