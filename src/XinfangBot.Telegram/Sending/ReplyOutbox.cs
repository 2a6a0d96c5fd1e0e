using System.Text.Json;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;
using XinfangBot.Core.Delivery;
using XinfangBot.Telegram.Rendering;

namespace XinfangBot.Telegram.Sending;

/// <summary>
/// Replies go out through a durable outbox (<see cref="DeliveryStore"/>): an answer is recorded there in the same
/// transaction as the question, then delivered part by part, each part marked as Telegram accepts it, so a retried
/// reply resumes at the first undelivered part. A chat's replies leave strictly in order. When Telegram cannot be
/// reached the reply stays in the outbox and <see cref="OutboxWorker"/> tries again with backoff for as long as it
/// takes; a permanent refusal (bot blocked, chat gone) drops it.
/// </summary>
internal sealed partial class ReplyOutbox(DeliveryStore store, BotSender sender, TimeProvider time, ILogger<ReplyOutbox> logger) : IDisposable
{
    public const string Channel = "telegram";
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetry = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim[] _gates = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];
    private readonly Lock _wakeGate = new();
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A reply as outbox parts: split at paragraphs when long, buttons on the last part, the first quoting.</summary>
    public static OutboxItem Build(long chatId, string html, Keyboard? keyboard, int? replyTo, long? conversationMessageId)
    {
        var parts = MessageSplitter.Split(html);
        var item = new OutboxItem { Channel = Channel, ChatId = chatId, ConversationMessageId = conversationMessageId };
        for (var i = 0; i < parts.Count; i++)
        {
            item.Parts.Add(new OutboxPart
            {
                Text = parts[i],
                Buttons = i == parts.Count - 1 && keyboard is not null ? SerializeButtons(keyboard) : null,
                ReplyTo = i == 0 ? replyTo : null,
            });
        }

        return item;
    }

    /// <summary>Records a reply (inside the caller's transaction when one is open).</summary>
    public long Add(OutboxItem item) => store.Enqueue(item);

    public int PendingCount => store.PendingCount(Channel);

    /// <summary>
    /// Delivers the chat's due replies in order. Stops at a reply that is not due yet or fails (it is retried later by
    /// the worker); returns true when the chat has nothing left to send.
    /// </summary>
    public async Task<bool> DeliverAsync(long chatId, CancellationToken cancellationToken)
    {
        var gate = _gates[(int)((ulong)chatId % (ulong)_gates.Length)];
        await gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var item in store.Pending(Channel, chatId))
            {
                if (item.NextAttemptUtc > time.GetUtcNow().UtcDateTime || !await DeliverItemAsync(item, cancellationToken))
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Completes when a reply was deferred (the worker then looks at the schedule again).</summary>
    public Task Deferred
    {
        get
        {
            lock (_wakeGate)
            {
                return _wake.Task;
            }
        }
    }

    private async Task<bool> DeliverItemAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        for (var i = 0; i < item.Parts.Count; i++)
        {
            var part = item.Parts[i];
            if (part.Delivered)
            {
                continue;
            }

            try
            {
                var keyboard = part.Buttons is null ? null : DeserializeButtons(part.Buttons);
                var replyTo = part.ReplyTo is { } quoted ? (int)quoted : (int?)null;
                var sentId = await sender.SendOneAsync(item.ChatId, part.Text, keyboard, replyTo, cancellationToken);
                store.MarkPartDelivered(item, i, sentId);
            }
            catch (Exception ex) when (TransientErrors.IsTransient(ex, cancellationToken))
            {
                var backoff = TimeSpan.FromTicks(Math.Min(MaxRetry.Ticks, FirstRetry.Ticks << Math.Min(item.Attempts, 16)));
                var delay = TransientErrors.RetryAfter(ex) is { } after && after > backoff ? after : backoff;
                store.Defer(item, time.GetUtcNow().UtcDateTime + delay);
                LogDeferred(logger, item.Id, item.ChatId, i + 1, item.Parts.Count, item.Attempts, (ex as ApiRequestException)?.ErrorCode ?? 0, ex.GetType().Name, delay.TotalSeconds);
                Wake();
                return false;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 400 or 403)
            {
                store.Drop(item);
                LogDropped(logger, item.Id, item.ChatId, i + 1, item.Parts.Count, ex.ErrorCode, ex.Message);
                return true;
            }
        }

        return true;
    }

    private void Wake()
    {
        TaskCompletionSource wake;
        lock (_wakeGate)
        {
            wake = _wake;
            _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        wake.TrySetResult();
    }

    private static string SerializeButtons(Keyboard keyboard) =>
        JsonSerializer.Serialize(keyboard.Rows.Select(row => row.Select(b => new[] { b.Text, b.Data }).ToArray()).ToArray());

    private static Keyboard? DeserializeButtons(string json) =>
        Keyboard.Of((JsonSerializer.Deserialize<string[][][]>(json) ?? []).Select(row => (IReadOnlyList<Button>)[.. row.Select(b => new Button(b[0], b[1]))]));

    public void Dispose()
    {
        foreach (var gate in _gates)
        {
            gate.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply {Item} to chat {Chat}: part {Part}/{Parts} not delivered (attempt {Attempt}, code {Code}, {Error}); kept in the outbox, next try in {DelaySeconds:F0} s")]
    private static partial void LogDeferred(ILogger logger, long item, long chat, int part, int parts, int attempt, int code, string error, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply {Item} to chat {Chat}: Telegram refused part {Part}/{Parts} for good ({Code}: {Description}); dropped")]
    private static partial void LogDropped(ILogger logger, long item, long chat, int part, int parts, int code, string description);
}
